// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace loket::ui {

// A screen's one line for messages (the counter's, the monitor's), in a space of its own: showing
// or clearing a message never moves the rest of the screen. A message is
// calm (information), a warning, a refusal, or an offer to take an action
// back (with its button).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { None, Calm, Warning, Error, Undo };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &buttonText = {});
    void setButtonText(const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QLabel *label() const { return m_label; }
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void buttonClicked();

private:
    Kind m_kind = Kind::None;
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace loket::ui
