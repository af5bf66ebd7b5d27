// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Pages.h"

#include "ui/account/MyAccountPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/board/BoardSettingsTab.h"
#include "ui/board/BoardWindow.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/counter/CounterPage.h"
#include "ui/counter/CounterWindow.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/monitor/MonitorPage.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/survey/SurveyScreen.h"
#include "ui/printing/PrinterSettingsTab.h"
#include "ui/settings/SettingsPage.h"
#include "ui/standards/StandardsPage.h"
#include "ui/suggestions/SuggestionsPage.h"
#include "ui/suggestions/SuggestionReminderBar.h"
#include "ui/suggestions/SuggestionReviewPage.h"
#include "ui/suggestions/SuggestionSettingsTab.h"
#include "ui/survey/SurveyEntryPage.h"
#include "ui/survey/SurveyResultsPage.h"
#include "ui/survey/SurveySettingsTab.h"
#include "ui/shell/FirstRunWizard.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/common/OfficeInfo.h"

#include "core/backup/Backup.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>

namespace loket::ui {

namespace {

// The kiosk, the survey screen and the display board: public screens, no
// sign-in, full screen. The board takes the second screen when the computer has one.
int runPublicScreen(QApplication &app, const DatabasePtr &db, const QString &mode, const QList<int> &counters)
{
    std::unique_ptr<QWidget> screen;
    if (mode == QLatin1String("kiosk"))
        screen = std::make_unique<KioskWindow>(db, SystemClock::instance());
    else if (mode == QLatin1String("survey"))
        screen = std::make_unique<SurveyScreen>(db, SystemClock::instance(), counters);
    else
        screen = std::make_unique<BoardWindow>(db, SystemClock::instance());
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *target = mode == QLatin1String("board") && screens.size() > 1 ? screens.at(1)
                                                                            : QGuiApplication::primaryScreen();
    // The geometry too: without a window manager, full screen alone keeps the window small.
    screen->setGeometry(target->geometry());
    screen->showFullScreen();
    return app.exec();
}

} // namespace

void addPages(MainWindow &window, const Session &session)
{
    const Actor &a = session.actor;
    const OfficeInfo office = OfficeInfo::load(session.db);
    // The supervisor's month at a glance: first in the list, the supervisor's start page.
    if (a.can(Permission::ViewReports))
        window.addPage(QStringLiteral("dashboard"), QCoreApplication::translate("loket", "Dashboard"),
                       QStringLiteral(":/icons/dashboard.svg"), new DashboardPage(session, &window));
    if (a.can(Permission::ServeQueue))
        window.addPage(QStringLiteral("counter"), QCoreApplication::translate("loket", "Counter"),
                       QStringLiteral(":/icons/counter.svg"), new CounterPage(session, &window));
    if (a.can(Permission::MonitorQueue))
        window.addPage(QStringLiteral("monitor"), QCoreApplication::translate("loket", "Queue monitor"),
                       QStringLiteral(":/icons/services.svg"), new MonitorPage(session, &window));
    if (a.can(Permission::LogComplaint) || a.can(Permission::WorkComplaints))
        window.addPage(QStringLiteral("complaints"), QCoreApplication::translate("loket", "Complaints"),
                       QStringLiteral(":/icons/complaints.svg"), new ComplaintsPage(session, &window));
    // Everyone signed in reads the signed minutes; the team and the supervisor also the drafts.
    if (a.isUser())
        window.addPage(QStringLiteral("suggestions"), QCoreApplication::translate("loket", "Suggestion boxes"),
                       QStringLiteral(":/icons/suggestions.svg"), new SuggestionsPage(session, &window));
    if (a.can(Permission::ManageSuggestions) || a.can(Permission::ViewReports))
        window.addPage(QStringLiteral("suggestion-review"), QCoreApplication::translate("loket", "Suggestion box review"),
                       QStringLiteral(":/icons/suggestions.svg"), new SuggestionReviewPage(session, &window));
    if (a.can(Permission::EnterSurvey))
        window.addPage(QStringLiteral("survey-entry"), QCoreApplication::translate("loket", "Survey forms"),
                       QStringLiteral(":/icons/suggestions.svg"), new SurveyEntryPage(session, &window));
    if (a.can(Permission::ViewReports))
        window.addPage(QStringLiteral("survey-results"), QCoreApplication::translate("loket", "Survey results"),
                       QStringLiteral(":/icons/standards.svg"), new SurveyResultsPage(session, &window));
    if (a.can(Permission::ViewStandards))
        window.addPage(QStringLiteral("standards"), QCoreApplication::translate("loket", "Service standards"),
                       QStringLiteral(":/icons/standards.svg"), new StandardsPage(session, &window));
    if (a.can(Permission::ManageSettings) || a.can(Permission::ManageUsers) || a.can(Permission::ManageBackups)
        || a.can(Permission::ManageSurvey)) {
        auto *settings = new SettingsPage(session, &window);
        QObject::connect(settings, &SettingsPage::restoreRequested, &window, &MainWindow::restoreRequested);
        if (a.can(Permission::ManageSettings)) {
            settings->tabs()->addTab(new PrinterSettingsTab(session, settings),
                                     QCoreApplication::translate("loket", "Ticket printer"));
            settings->tabs()->addTab(new BoardSettingsTab(session, settings),
                                     QCoreApplication::translate("loket", "Display board"));
            settings->tabs()->addTab(new SuggestionSettingsTab(session, settings),
                                     QCoreApplication::translate("loket", "Suggestion boxes"));
        }
        if (a.can(Permission::ManageSurvey))
            settings->tabs()->addTab(new SurveySettingsTab(session, settings),
                                     QCoreApplication::translate("loket", "Survey"));
        window.addPage(QStringLiteral("settings"), QCoreApplication::translate("loket", "Settings"),
                       QStringLiteral(":/icons/settings.svg"), settings);
    }
    if (a.can(Permission::ViewAudit))
        window.addPage(QStringLiteral("audit"), QCoreApplication::translate("loket", "Audit log"),
                       QStringLiteral(":/icons/audit.svg"), new AuditPage(session, office.zone, &window));
    window.addPage(QStringLiteral("account"), QCoreApplication::translate("loket", "My account"),
                   QStringLiteral(":/icons/account.svg"), new MyAccountPage(session, &window));

    // A box not opened this month, from the reminder day: on the supervisor's
    // start page (the dashboard; else the queue monitor), until the box is opened.
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
    auto *monitor = qobject_cast<MonitorPage *>(window.page(QStringLiteral("monitor")));
    QWidget *start = dashboard ? static_cast<QWidget *>(dashboard) : monitor;
    if (a.can(Permission::ManageSuggestions) && start) {
        auto *reminder = new SuggestionReminderBar(session, start, start);
        QObject::connect(reminder, &SuggestionReminderBar::openRequested, &window, [&window] {
            // The openings' page when there is one, else the review.
            if (!window.showPage(QStringLiteral("suggestions")))
                window.showPage(QStringLiteral("suggestion-review"));
        });
        if (dashboard)
            dashboard->addBanner(reminder);
        else
            monitor->addBanner(reminder);
    }

    // Each role starts where its day's work is: the administrator in the
    // settings, a supervisor at the month's dashboard, an officer at the counter.
    switch (a.role) {
    case Role::Admin: window.showPage(QStringLiteral("settings")); break;
    case Role::Supervisor: window.showPage(QStringLiteral("dashboard")); break;
    case Role::Officer: window.showPage(QStringLiteral("counter")); break;
    case Role::FollowUp: window.showPage(QStringLiteral("complaints")); break;
    }
}

QStringList modeNames()
{
    return {QStringLiteral("main"), QStringLiteral("kiosk"), QStringLiteral("board"), QStringLiteral("counter"),
            QStringLiteral("survey")};
}

int runMode(QApplication &app, DatabasePtr &db, const QString &mode, const QString &username,
            const QList<int> &counters)
{
    if (mode == QLatin1String("kiosk") || mode == QLatin1String("board") || mode == QLatin1String("survey"))
        return runPublicScreen(app, db, mode, counters);
    QString lastUser = username;
    QString pendingRestore;
    std::optional<Actor> restoringActor;
    for (;;) {
        if (!pendingRestore.isEmpty()) {
            // Every page and window is gone: this is the last reference to the database.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto restored = Backup::restore(*restoringActor, db, pendingRestore, SystemClock::instance());
            QApplication::restoreOverrideCursor();
            if (restored) {
                QMessageBox::information(nullptr, QCoreApplication::translate("loket", "Backup restored"),
                                         QCoreApplication::translate("loket", "The backup has been restored. The "
                                                                              "previous database was kept as %1.")
                                             .arg(restored->replacedPath));
            } else {
                QMessageBox::critical(nullptr, QCoreApplication::translate("loket", "Restore failed"),
                                      restored.error().message);
            }
            pendingRestore.clear();
            if (!db)
                return 2;
        }
        const OfficeInfo office = OfficeInfo::load(db);
        LoginDialog login(db, office.name);
        if (!lastUser.isEmpty())
            login.setUsername(lastUser);
        if (login.exec() != QDialog::Accepted || !login.actor())
            return 0;
        Session session{db, *login.actor(), &SystemClock::instance()};
        lastUser = session.actor.username;

        if (mode == QLatin1String("counter")) {
            bool signedOut = false;
            CounterWindow counter(session, office.name);
            QObject::connect(&counter, &CounterWindow::logoutRequested, &counter, [&] {
                signedOut = true;
                counter.close();
            });
            counter.showMaximized();
            const int code = app.exec();
            if (!signedOut)
                return code;
            continue;
        }

        bool loggedOut = false;
        MainWindow window(session, office.name);
        addPages(window, session);
        QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] {
            loggedOut = true;
            window.close();
        });
        QObject::connect(&window, &MainWindow::restoreRequested, &window, [&](const QString &file) {
            pendingRestore = file;
            restoringActor = session.actor;
            loggedOut = true;
            window.close();
        });
        window.showMaximized();
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
