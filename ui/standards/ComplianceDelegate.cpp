// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/ComplianceDelegate.h"

#include "ui/standards/StandardRegisterModel.h"

#include <QApplication>
#include <QPainter>

namespace loket::ui {

namespace {

constexpr int kMarkWidth = 20;

} // namespace

void ComplianceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList marks = index.data(StandardRegisterModel::MarksRole).toList();
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const int width = int(marks.size()) * kMarkWidth;
    QRect mark(option.rect.center().x() - width / 2, option.rect.top(), kMarkWidth, option.rect.height());
    for (const QVariant &met : marks) {
        painter->setPen(met.toBool() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc4, 0x32, 0x0a));
        painter->drawText(mark, Qt::AlignCenter, met.toBool() ? QStringLiteral("✔") : QStringLiteral("✘"));
        mark.translate(kMarkWidth, 0);
    }
    painter->restore();
}

QSize ComplianceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const auto marks = index.data(StandardRegisterModel::MarksRole).toList().size();
    return QSize(std::max(hint.width(), int(marks) * kMarkWidth + 16), hint.height());
}

} // namespace loket::ui
