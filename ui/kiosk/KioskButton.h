// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QIcon>

namespace loket::ui {

// A large touch target: an optional badge letter or icon on the left, a
// title and up to two lines of detail. Drawn by hand so every line can have
// its own size and the whole card reacts to a touch.
class KioskButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit KioskButton(QWidget *parent = nullptr);

    void setBadge(const QString &letter)
    {
        m_badge = letter;
        update();
    }
    void setPicture(const QIcon &icon)
    {
        m_picture = icon;
        update();
    }
    void setTitle(const QString &title);
    void setDetails(const QString &first, const QString &second = {});
    void setAccent(const QColor &color)
    {
        m_accent = color;
        update();
    }
    void setTitlePixelSize(int px)
    {
        m_titlePx = px;
        updateGeometry();
        update();
    }

    QString title() const { return text(); }
    QString details() const { return m_first + QLatin1Char('\n') + m_second; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_badge;
    QIcon m_picture;
    QString m_first;
    QString m_second;
    QColor m_accent = QColor(0x1f, 0x4e, 0x79);
    int m_titlePx = 28;
};

} // namespace loket::ui
