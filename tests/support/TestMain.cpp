// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    // loketctl processes started by tests speak English, as the tests expect.
    qputenv("LOKET_LANG", "en");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loket-tests"));
    QLocale::setDefault(QLocale(QLocale::English));
    return Catch::Session().run(argc, argv);
}
