// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Pages.h"

#include "ui/account/MyAccountPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/FirstRunWizard.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/common/OfficeInfo.h"

#include <QApplication>

namespace loket::ui {

void addPages(MainWindow &window, const Session &session)
{
    const Actor &a = session.actor;
    const OfficeInfo office = OfficeInfo::load(session.db);
    if (a.can(Permission::ManageSettings) || a.can(Permission::ManageUsers) || a.can(Permission::ManageBackups))
        window.addPage(QStringLiteral("settings"), QCoreApplication::translate("loket", "Settings"),
                       QStringLiteral(":/icons/settings.svg"), new SettingsPage(session, &window));
    if (a.can(Permission::ViewAudit))
        window.addPage(QStringLiteral("audit"), QCoreApplication::translate("loket", "Audit log"),
                       QStringLiteral(":/icons/audit.svg"), new AuditPage(session, office.zone, &window));
    window.addPage(QStringLiteral("account"), QCoreApplication::translate("loket", "My account"),
                   QStringLiteral(":/icons/account.svg"), new MyAccountPage(session, &window));
}

QStringList modeNames()
{
    return {QStringLiteral("main")};
}

int runMode(QApplication &app, DatabasePtr db, const QString &mode, const QString &username)
{
    Q_UNUSED(mode);
    QString lastUser = username;
    for (;;) {
        const OfficeInfo office = OfficeInfo::load(db);
        LoginDialog login(db, office.name);
        if (!lastUser.isEmpty())
            login.setUsername(lastUser);
        if (login.exec() != QDialog::Accepted || !login.actor())
            return 0;
        Session session{db, *login.actor(), &SystemClock::instance()};
        lastUser = session.actor.username;

        bool loggedOut = false;
        MainWindow window(session, office.name);
        addPages(window, session);
        QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] {
            loggedOut = true;
            window.close();
        });
        window.show();
        const int code = app.exec();
        if (!loggedOut)
            return code;
    }
}

bool runFirstRun(DatabasePtr db)
{
    FirstRunWizard wizard(db);
    return wizard.exec() == QDialog::Accepted;
}

} // namespace loket::ui
