// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/ServiceStrip.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace loket::ui {

ServiceStrip::ServiceStrip(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(tr("Waiting now, per service"), this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("boardServices"));
    m_caption->setObjectName(QStringLiteral("boardServicesCaption"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_caption);
    layout->addLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
}

void ServiceStrip::setServices(const QList<ServiceQueue> &services)
{
    bool sameTiles = services.size() == m_services.size();
    for (qsizetype i = 0; sameTiles && i < services.size(); ++i)
        sameTiles = services.at(i).service.id == m_services.at(i).service.id;
    m_services = services;
    if (sameTiles)
        describeTiles();
    else
        rebuild();
}

void ServiceStrip::scaleTo(int boardHeight)
{
    if (boardHeight == m_height)
        return;
    m_height = boardHeight;
    QFont f = m_caption->font();
    f.setPixelSize(qMax(10, m_height * 21 / 1000));
    f.setBold(true);
    m_caption->setFont(f);
    describeTiles();
}

int ServiceStrip::namePixelSize() const
{
    return qMax(12, m_height * 28 / 1000);
}

QStringList ServiceStrip::tileTexts() const
{
    QStringList texts;
    for (const ServiceQueue &s : m_services)
        texts << QStringLiteral("%1 %2").arg(s.service.prefix).arg(s.waiting);
    return texts;
}

void ServiceStrip::rebuild()
{
    // Later, not now: showing a new tile can resize the board, which lands
    // here again while Qt is still inside the old tile.
    for (QLabel *tile : std::as_const(m_tiles)) {
        m_grid->removeWidget(tile);
        tile->hide();
        tile->deleteLater();
    }
    m_tiles.clear();
    // Up to five tiles a row: beyond that the names become too small to read.
    const int n = int(m_services.size());
    const int perRow = n <= 5 ? qMax(1, n) : qMin(5, (n + 1) / 2);
    for (int i = 0; i < n; ++i) {
        auto *tile = new QLabel(this);
        tile->setObjectName(QStringLiteral("boardServiceTile"));
        tile->setTextFormat(Qt::RichText);
        tile->setWordWrap(true);
        m_grid->addWidget(tile, i / perRow, i % perRow);
        m_tiles << tile;
    }
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, c < perRow ? 1 : 0);
    describeTiles();
}

void ServiceStrip::describeTiles()
{
    // The letter and the count are what a citizen looks for; the name must
    // still be read from the back of the hall (5 m): 30 px on a 1080p screen.
    const int bigPx = qMax(14, m_height * 44 / 1000);
    const int namePx = namePixelSize();
    for (qsizetype i = 0; i < m_services.size() && i < m_tiles.size(); ++i) {
        const ServiceQueue &s = m_services.at(i);
        QLabel *tile = m_tiles.at(i);
        const QString &name = s.service.name;
        tile->setText(QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                                     "<td style='font-size:%1px; font-weight:bold'>%2</td>"
                                     "<td align='right' style='font-size:%1px; font-weight:bold; color:#ffd166'>%3</td>"
                                     "</tr><tr><td colspan='2' style='font-size:%4px; color:#c9d6e8'>%5</td></tr>"
                                     "</table>")
                          .arg(bigPx)
                          .arg(s.service.prefix.toHtmlEscaped())
                          .arg(s.waiting)
                          .arg(namePx)
                          .arg(name.toHtmlEscaped()));
        tile->setToolTip(s.service.name);
    }
}

} // namespace loket::ui
