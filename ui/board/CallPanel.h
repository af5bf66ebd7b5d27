// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/QueueSnapshot.h"

#include <QFrame>

#include <optional>

class QLabel;
class QTimer;

namespace loket::ui {

// The ticket being called and its counter, in the largest type on the board.
class CallPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CallPanel(QWidget *parent = nullptr);

    void showCall(const std::optional<RecentCall> &call);
    // Blinks for a few seconds so eyes across the hall find the new call.
    void flash();
    bool isFlashing() const;
    QString numberText() const;
    QString counterText() const;
    // Whether the number and the counter line (or the idle line) fit the
    // panel's width at their present size.
    bool textFits() const;
    // Type sizes follow the board's height (a TV or a projector).
    void scaleTo(int boardHeight);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setHighlighted(bool on);
    // Each line at its size for the board's height, smaller if it is wider than the panel.
    void fitLines();

    QLabel *m_caption = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_service = nullptr;
    QTimer *m_blink = nullptr;
    int m_blinksLeft = 0;
    int m_height = 768;
};

} // namespace loket::ui
