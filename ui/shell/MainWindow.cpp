// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "ui/common/ConnectionBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace loket::ui {

MainWindow::MainWindow(Session session, const QString &officeName, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Loket — %1").arg(officeName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loket.svg")));

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground, true);
    sidebar->setFixedWidth(240);
    auto *side = new QVBoxLayout(sidebar);
    side->setContentsMargins(0, 0, 0, 8);
    side->setSpacing(0);
    auto *title = new QLabel(QStringLiteral("Loket"), sidebar);
    title->setObjectName(QStringLiteral("sidebarTitle"));
    auto *office = new QLabel(officeName, sidebar);
    office->setObjectName(QStringLiteral("sidebarOffice"));
    office->setWordWrap(true);
    m_nav = new QListWidget(sidebar);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFocusPolicy(Qt::StrongFocus);
    auto *user = new QLabel(QStringLiteral("%1\n%2").arg(m_session.actor.fullName, roleDisplayName(m_session.actor.role)),
                            sidebar);
    user->setObjectName(QStringLiteral("sidebarUser"));
    auto *logout = new QToolButton(sidebar);
    logout->setText(tr("Sign out"));
    logout->setIcon(QIcon(QStringLiteral(":/icons/logout.svg")));
    logout->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    logout->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(logout, &QToolButton::clicked, this, &MainWindow::logoutRequested);

    side->addWidget(title);
    side->addWidget(office);
    side->addWidget(m_nav, 1);
    side->addWidget(user);
    side->addWidget(logout);

    auto *pages = new QWidget(central);
    auto *column = new QVBoxLayout(pages);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(new ConnectionBanner(m_session.db, pages));
    m_stack = new QStackedWidget(pages);
    column->addWidget(m_stack, 1);
    row->addWidget(sidebar);
    row->addWidget(pages, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Fit the screen: counter PCs often have 1366×768 displays.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1280, available.width()), std::min(800, available.height()));
}

void MainWindow::addPage(const QString &id, const QString &title, const QString &iconPath, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon(iconPath), title, m_nav);
    item->setData(Qt::UserRole, id);
    m_stack->addWidget(page);
    m_ids << id;
    if (m_nav->count() == 1)
        m_nav->setCurrentRow(0);
}

bool MainWindow::showPage(const QString &id)
{
    const int index = m_ids.indexOf(id);
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

QWidget *MainWindow::page(const QString &id) const
{
    const int index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_stack->widget(index);
}

} // namespace loket::ui
