// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl standard print: a standard, its poster or the Maklumat as a PDF.
#include "app/loketctl/commands/StandardPrintCommand.h"

#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/commands/StandardCliSupport.h"
#include "core/catalog/OfficeService.h"
#include "core/common/OfficeTime.h"
#include "core/standards/StandardRegister.h"
#include "print/standards/StandardDocument.h"
#include "print/standards/StandardPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace loket::cli {

namespace {

QString kindCode(StandardPrintKind kind)
{
    switch (kind) {
    case StandardPrintKind::A4:
        return QStringLiteral("a4");
    case StandardPrintKind::Poster:
        return QStringLiteral("poster");
    case StandardPrintKind::Maklumat:
        return QStringLiteral("maklumat");
    }
    return {};
}

} // namespace

std::optional<StandardPrintKind> standardPrintKindFromCode(const QString &code)
{
    for (StandardPrintKind k : { StandardPrintKind::A4, StandardPrintKind::Poster, StandardPrintKind::Maklumat }) {
        if (code.trimmed().compare(kindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

int printStandard(Cli &cli, const DatabasePtr &db, const Actor &reader, StandardPrintKind kind,
    const QString &code, const QString &file, std::optional<int> number, QDate date)
{
    // The office as printed on the letterhead (empty until it is set up), and
    // today in its time zone, as the application prints them.
    auto office = OfficeService(db, cli.clock()).get();
    const OfficeProfile profile = office ? office.value() : OfficeProfile {};
    const QDate today = OfficeTime(office ? office->timeZone : OfficeTimeZone::WIB).localDate(cli.clock().nowUtc());
    const StandardDocument document(profile, today);

    // Everything is read before the file is made: an unknown code writes nothing.
    QJsonObject json { { QStringLiteral("kind"), kindCode(kind) } };
    Result<int> pages = 0;
    QString what;
    if (kind == StandardPrintKind::Maklumat) {
        auto maklumat = StandardRegister(db, cli.clock()).maklumat();
        if (!maklumat)
            return cli.fail(maklumat.error());
        pages = StandardPdf::write(file, StandardDocument::Kind::Standard,
            [&](QPagedPaintDevice *device) { return document.printMaklumat(device, maklumat.value()); });
        what = QCoreApplication::translate("loketctl", "The Maklumat Pelayanan");
    } else {
        auto picked = standardcli::chooseVersion(db, cli.clock(), reader, code, number, date);
        if (!picked)
            return cli.fail(picked.error());
        const StandardVersion &v = picked->version;
        const bool poster = kind == StandardPrintKind::Poster;
        pages = StandardPdf::write(file, poster ? StandardDocument::Kind::Poster : StandardDocument::Kind::Standard,
            [&](QPagedPaintDevice *device) {
                return poster ? document.printPoster(device, v) : document.printStandard(device, v);
            });
        json.insert(QStringLiteral("code"), v.service.code);
        json.insert(QStringLiteral("version"), v.number);
        what = poster ? QCoreApplication::translate("loketctl", "The poster of %1, version %2")
                            .arg(v.service.code)
                            .arg(v.number)
                      : QCoreApplication::translate("loketctl", "The standard of %1, version %2")
                            .arg(v.service.code)
                            .arg(v.number);
    }
    if (!pages)
        return cli.fail(pages.error());
    const QString path = QFileInfo(file).absoluteFilePath();
    if (cli.json) {
        json.insert(QStringLiteral("pdf"), path);
        json.insert(QStringLiteral("pages"), pages.value());
        cli.printJson(json);
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "%1 was written to %2 (PDF, A4, %n page(s)).", nullptr,
                     pages.value())
                     .arg(what, path)
              << Qt::endl;
    return ExitOk;
}

} // namespace loket::cli
