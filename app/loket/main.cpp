// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loket: the desktop application. Composition root only.
#include "ui/shell/Application.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loket"));
    QApplication::setApplicationDisplayName(QStringLiteral("Loket"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    return loket::ui::runApplication(app);
}
