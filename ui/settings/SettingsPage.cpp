// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "ui/settings/BackupsTab.h"
#include "ui/settings/CalendarTab.h"
#include "ui/settings/CountersTab.h"
#include "ui/settings/GeneralTab.h"
#include "ui/settings/OfficeTab.h"
#include "ui/settings/ServicesTab.h"
#include "ui/settings/UsersPage.h"
#include "ui/common/Style.h"

#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace loket::ui {

SettingsPage::SettingsPage(Session session, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makePageTitle(tr("Settings"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(false);
    const Actor &a = session.actor;
    if (a.can(Permission::ManageSettings)) {
        m_tabs->addTab(new OfficeTab(session, m_tabs), tr("Office"));
        m_tabs->addTab(new ServicesTab(session, m_tabs), tr("Services"));
        m_tabs->addTab(new CountersTab(session, m_tabs), tr("Counters"));
        m_tabs->addTab(new CalendarTab(session, m_tabs), tr("Calendar"));
    }
    if (a.can(Permission::ManageUsers))
        m_tabs->addTab(new UsersPage(session, m_tabs), tr("Users"));
    if (a.can(Permission::ManageSettings))
        m_tabs->addTab(new GeneralTab(session, m_tabs), tr("Language"));
    if (a.can(Permission::ManageBackups)) {
        auto *backups = new BackupsTab(session, m_tabs);
        connect(backups, &BackupsTab::restoreRequested, this, &SettingsPage::restoreRequested);
        m_tabs->addTab(backups, tr("Backups"));
    }
    layout->addWidget(m_tabs, 1);
}

} // namespace loket::ui
