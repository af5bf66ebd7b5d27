// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Application.h"

#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "translations/Language.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/shell/StartupTasks.h"
#include "ui/common/Style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace loket::ui {

namespace {

struct Options {
    QString database;
    QString mode;
    QString language;
    QString username;
};

Options parseOptions(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("loket", "Loket: the public-service counter of an Indonesian government office."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(QStringList{QStringLiteral("database"), QStringLiteral("d")},
                                QCoreApplication::translate("loket", "The database file (default: %1).")
                                    .arg(Database::defaultPath()),
                                QStringLiteral("FILE"));
    QCommandLineOption mode(QStringLiteral("mode"),
                            QCoreApplication::translate("loket", "Start one screen only: %1.")
                                .arg(modeNames().join(QStringLiteral(", "))),
                            QStringLiteral("MODE"), QStringLiteral("main"));
    QCommandLineOption language(QStringLiteral("lang"),
                                QCoreApplication::translate("loket", "Language: id (Indonesian) or en (English)."),
                                QStringLiteral("LANG"));
    QCommandLineOption user(QStringLiteral("user"),
                            QCoreApplication::translate("loket", "Fill in this username at sign-in."),
                            QStringLiteral("NAME"));
    parser.addOptions({database, mode, language, user});
    parser.process(app);
    Options o;
    o.database = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    o.mode = parser.value(mode);
    o.language = parser.value(language);
    if (o.language.isEmpty())
        o.language = qEnvironmentVariable("LOKET_LANG");
    o.username = parser.value(user);
    return o;
}

// Opens the database; on failure explains why and lets the user pick another
// file or quit. Nothing is written to a file that failed to open.
DatabasePtr openDatabase(QString path)
{
    for (;;) {
        // The default location's folder is Loket's own: make it on first use.
        if (path == Database::defaultPath())
            QDir().mkpath(QFileInfo(path).absolutePath());
        auto opened = Database::open(path);
        if (opened)
            return opened.value();
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("loket", "Loket cannot open its database"),
                        opened.error().message);
        box.setInformativeText(QCoreApplication::translate("loket", "The file was not changed."));
        auto *choose = box.addButton(QCoreApplication::translate("loket", "Choose another file…"),
                                     QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("loket", "Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != choose)
            return nullptr;
        const QString next = QFileDialog::getOpenFileName(
            nullptr, QCoreApplication::translate("loket", "Choose a Loket database"), QFileInfo(path).absolutePath(),
            QCoreApplication::translate("loket", "Loket database (*.db *.sqlite);;All files (*)"));
        if (next.isEmpty())
            return nullptr;
        path = next;
    }
}

} // namespace

int runApplication(QApplication &app)
{
    applyStyle(app);
    installLanguage(qEnvironmentVariable("LOKET_LANG", QStringLiteral("id")));
    const Options options = parseOptions(app);
    if (!options.language.isEmpty())
        installLanguage(options.language);
    if (!modeNames().contains(options.mode)) {
        QMessageBox::critical(nullptr, QStringLiteral("Loket"),
                              QCoreApplication::translate("loket", "Unknown mode \"%1\". Use one of: %2.")
                                  .arg(options.mode, modeNames().join(QStringLiteral(", "))));
        return 1;
    }

    DatabasePtr db = openDatabase(options.database);
    if (!db)
        return 2;
    if (options.language.isEmpty())
        installLanguage(SettingsStore(db).stringValue(QLatin1String(SettingKey::Language)));

    runStartupTasks(db);

    if (!UserService(db).hasAnyUser()) {
        if (!runFirstRun(db))
            return 0;
    }
    return runMode(app, db, options.mode, options.username);
}

} // namespace loket::ui
