// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardContent.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace loket::ui {

class RowListEditor;

// The 14 components of a standard as a form: a list of the components on
// the left (the six published ones first, each marked filled or empty) and
// the editor of the chosen one on the right — a table for the lists, a
// number and a unit for the service time, rupiah for the cost, text for
// the internal eight.
class ContentForm : public QWidget
{
    Q_OBJECT
public:
    explicit ContentForm(QWidget *parent = nullptr);

    StandardContent content() const;
    void setContent(const StandardContent &content);
    void setReadOnly(bool readOnly);

    void showComponent(StandardComponent component);
    StandardComponent currentComponent() const;
    // Marks in the list what the last check found wrong or empty.
    void setFlagged(const QList<StandardComponent> &components);

Q_SIGNALS:
    void changed();

private:
    QWidget *page(StandardComponent component, const QString &hint, QWidget *editor);
    void updateMarks();
    void updateCost();

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<int, int> m_pageOf; // component → page index

    RowListEditor *m_requirements = nullptr;
    RowListEditor *m_procedure = nullptr;
    QSpinBox *m_timeAmount = nullptr;
    QComboBox *m_timeUnit = nullptr;
    QComboBox *m_costKind = nullptr;
    QSpinBox *m_costAmount = nullptr;
    QPlainTextEdit *m_costBasis = nullptr;
    RowListEditor *m_products = nullptr;
    RowListEditor *m_channels = nullptr;
    QHash<int, QPlainTextEdit *> m_texts; // the eight text components

    QList<StandardComponent> m_flagged;
    bool m_loading = false;
};

} // namespace loket::ui
