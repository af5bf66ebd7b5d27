// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardVersion.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableWidget;
class QTextBrowser;

namespace loket::ui {

// The versions of one standard, oldest first, and what changed between any
// two of them, component by component.
class VersionHistory : public QWidget
{
    Q_OBJECT
public:
    explicit VersionHistory(QWidget *parent = nullptr);

    void setVersions(const QList<StandardVersion> &versions);
    // Compares two versions by number; the later one on the right.
    void compare(int from, int to);
    QString comparisonHtml() const;

    // Component by component; changed rows highlighted, the others muted
    // (or left out with onlyChanged).
    static QString compareHtml(const StandardVersion &a, const StandardVersion &b, bool onlyChanged);

Q_SIGNALS:
    void viewRequested(int versionNumber);

private:
    void updateComparison();
    const StandardVersion *byNumber(int number) const;

    QList<StandardVersion> m_versions;
    QTableWidget *m_table = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QCheckBox *m_onlyChanged = nullptr;
    QTextBrowser *m_diff = nullptr;
};

} // namespace loket::ui
