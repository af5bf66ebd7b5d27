// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queuekit/QueueLook.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace loket::ui {

QColor priorityColor()
{
    return QColor(0x6b, 0x3f, 0xa0);
}

QString priorityIconPath(const QString &reasonCode)
{
    const QString path = QStringLiteral(":/icons/priority-%1.svg").arg(reasonCode);
    return !reasonCode.isEmpty() && QFile::exists(path) ? path : QString();
}

QIcon priorityIcon(const QString &reasonCode)
{
    if (const QString path = priorityIconPath(reasonCode); !path.isEmpty())
        return QIcon(path);
    static const QIcon icon = [] {
        QIcon made;
        for (int size : { 16, 24, 32, 48 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(priorityColor());
            p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
            QPainterPath star;
            const QPointF centre(size / 2.0, size / 2.0 + size * 0.03);
            for (int i = 0; i < 10; ++i) {
                const double radius = (i % 2 == 0 ? 0.36 : 0.15) * size;
                const double angle = -M_PI / 2 + i * M_PI / 5;
                const QPointF point = centre + QPointF(radius * qCos(angle), radius * qSin(angle));
                if (i == 0)
                    star.moveTo(point);
                else
                    star.lineTo(point);
            }
            star.closeSubpath();
            p.setBrush(Qt::white);
            p.drawPath(star);
            p.end();
            made.addPixmap(pixmap);
        }
        return made;
    }();
    return icon;
}

QColor targetColor(qint64 elapsedSecs, int targetMinutes)
{
    if (targetMinutes <= 0)
        return QColor(0x06, 0x76, 0x47);
    const double used = double(elapsedSecs) / (targetMinutes * 60.0);
    if (used > 1.0)
        return QColor(0xb4, 0x23, 0x18);
    if (used >= 0.8)
        return QColor(0xc2, 0x6b, 0x00);
    return QColor(0x06, 0x76, 0x47);
}

QString waitText(qint64 secs)
{
    const qint64 minutes = qMax<qint64>(0, secs) / 60;
    if (minutes < 1)
        return QCoreApplication::translate("loket", "under 1 min");
    if (minutes < 60)
        return QCoreApplication::translate("loket", "%1 min").arg(minutes);
    return QCoreApplication::translate("loket", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString stopwatchText(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    const QString mmss = QStringLiteral("%1:%2").arg((secs / 60) % 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    if (secs < 3600)
        return mmss;
    return QStringLiteral("%1:%2:%3")
        .arg(secs / 3600)
        .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace loket::ui
