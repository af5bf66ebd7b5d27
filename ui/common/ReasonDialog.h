// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QPushButton;

namespace loket::ui {

// Asks why (pausing a counter, calling out of turn, cancelling a ticket). The
// usual reasons are offered; any text may be typed. OK stays disabled while a
// required reason is empty, so the core's refusal is never the first hint.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, const QStringList &suggestions, bool required,
        const QString &okText, QWidget *parent = nullptr);

    QString reason() const;

    // The reason typed, or none when the dialog was cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &prompt,
        const QStringList &suggestions, bool required, const QString &okText);

private:
    QComboBox *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_required = true;
};

} // namespace loket::ui
