// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A main for the tests that paint (PDFs): fonts need a QGuiApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations/Language.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LOKET_LANG", "en");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("loket-print-tests"));
    loket::installLanguage(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
