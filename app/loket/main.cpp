// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loket: the desktop application. Composition root only.
#include "core/common/PrivateFiles.h"
#include "ui/shell/Application.h"

#include <QApplication>
#include <QStringList>

namespace {
void name()
{
    QCoreApplication::setApplicationName(QStringLiteral("loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}
} // namespace

int main(int argc, char **argv)
{
    // Every file Loket writes (databases, backups, ticket PDFs, exports) is its owner's only.
    loket::privatefiles::restrictProcessUmask();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // --help, --version and a wrong command line are answered as text, before
    // any window system is needed (on a server, over ssh, in a test).
    if (loket::ui::textOnlyStart(arguments)) {
        QCoreApplication app(argc, argv);
        name();
        return loket::ui::runTextOnly(app);
    }
    QApplication app(argc, argv);
    name();
    QApplication::setApplicationDisplayName(QStringLiteral("Loket"));
    return loket::ui::runApplication(app);
}
