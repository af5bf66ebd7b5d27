// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

class QAction;
class QLabel;

namespace loket::ui {

// A button for a QAction that shows the action's keys under its name, so the
// officer learns the shortcuts by using the mouse. It follows the action's
// text and enabled state, and takes no keyboard focus: Space calls the next
// ticket, it must not press whichever button was clicked last.
class ActionButton : public QPushButton
{
    Q_OBJECT
public:
    explicit ActionButton(QAction *action, QWidget *parent = nullptr);

    QAction *action() const { return m_action; }
    // The one main action of a screen: large, in the house's primary colour.
    void setPrimary();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void sync();

    QAction *m_action = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace loket::ui
