// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Style.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QPalette>
#include <QStyleFactory>

namespace loket::ui {

void applyStyle(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Named explicitly: installing another font family must not change Loket's look.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    app.setFont(font);

    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x4e, 0x79));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    app.setPalette(p);

    app.setStyleSheet(QStringLiteral(R"(
        #sidebar { background: #1f3a5f; }
        #sidebar QListWidget { background: transparent; border: none; color: #dbe6f3; font-size: 11pt; outline: 0; }
        #sidebar QListWidget::item { padding: 10px 12px; border-radius: 6px; margin: 2px 8px; }
        #sidebar QListWidget::item:selected { background: #2f5d8f; color: white; }
        #sidebar QListWidget::item:hover:!selected { background: #284c75; }
        #sidebarTitle { color: white; font-size: 15pt; font-weight: bold; padding: 16px 16px 2px 16px; }
        #sidebarOffice { color: #a9bfd8; padding: 0 16px 14px 16px; }
        #sidebarUser { color: #dbe6f3; padding: 8px 16px; }
        #sidebar QToolButton { color: #dbe6f3; border: none; padding: 8px 16px; text-align: left; }
        #sidebar QToolButton:hover { color: white; background: #284c75; }
        #pageTitle { font-size: 17pt; font-weight: bold; color: #1f2d3d; }
        #hint { color: #5b6b7c; }
        #errorLabel { color: #b42318; }
        #banner { background: #fff4e5; border: 1px solid #f5c07a; border-radius: 6px; padding: 8px; color: #7a4b00; }
        QGroupBox { font-weight: bold; border: 1px solid #d6dde6; border-radius: 8px; margin-top: 14px; padding: 12px 10px 10px 10px; background: white; }
        QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
        QTabWidget::pane { border: 1px solid #d6dde6; border-radius: 6px; background: white; top: -1px; }
        QTabBar::tab { padding: 8px 14px; border: 1px solid transparent; }
        QTabBar::tab:selected { background: white; border: 1px solid #d6dde6; border-bottom-color: white; border-top-left-radius: 6px; border-top-right-radius: 6px; }
        QPushButton { padding: 6px 14px; border-radius: 5px; border: 1px solid #b9c4d0; background: #fbfcfd; }
        QPushButton:hover { background: #eef3f8; }
        QPushButton:default, QPushButton#primary { background: #1f4e79; color: white; border: 1px solid #1f4e79; }
        QPushButton:default:hover, QPushButton#primary:hover { background: #2a6399; }
        QPushButton:disabled { color: #9aa6b2; background: #f1f3f5; border-color: #d6dde6; }
        QPushButton:checked { background: #dbe7f3; border: 1px solid #1f4e79; color: #1f4e79; }
        QLineEdit, QComboBox, QPlainTextEdit { padding: 4px 6px; border: 1px solid #b9c4d0; border-radius: 4px; background: white; }
        QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus { border: 1px solid #1f4e79; }
        QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none; }
        QTableView { gridline-color: #e3e8ee; selection-background-color: #d7e6f5; selection-color: #1f2d3d; }
        QHeaderView::section { background: #eef2f6; padding: 6px; border: none; border-bottom: 1px solid #d6dde6; font-weight: bold; }
    )"));
}

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("pageTitle"));
    return label;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

} // namespace loket::ui
