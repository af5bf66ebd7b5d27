// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QTimer;

namespace loket::ui {

// The board's ticker: the office's announcement scrolling right to left.
class RunningText : public QWidget
{
    Q_OBJECT
public:
    explicit RunningText(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Pixels per second; the default is slow enough to read from afar.
    void setSpeed(int pixelsPerSecond) { m_speed = pixelsPerSecond; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString m_text;
    int m_speed = 110;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
};

} // namespace loket::ui
