// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations/Language.h"
#include "ui/common/Style.h"

#include <QApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LOKET_LANG", "en");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loket-ui-tests"));
    loket::ui::applyStyle(app);
    loket::installLanguage(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
