// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "loketctl standard print" run as a process, with no display: the A4
// standard, the poster and the Maklumat as private PDFs, and what it refuses.
#include "core/catalog/OfficeService.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/standards/DemoStandards.h"
#include "tests/support/FileModes.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace loket;

namespace {

using Run = test::CliRun;

// The office of Kecamatan Sukamaju with the demo's eight standards (KK in
// its second version) and one service without a standard (IMB), on the
// process tests' moment.
struct PrintOffice {
    test::TempDatabase t;
    ManualClock clock { test::defaultTestMoment() };

    PrintOffice()
    {
        OfficeProfile office;
        office.name = QStringLiteral("Kecamatan Sukamaju");
        office.parentAgency = QStringLiteral("Pemerintah Kabupaten Bandung");
        office.city = QStringLiteral("Soreang");
        office.headName = QStringLiteral("Drs. H. Ahmad Fauzi, M.Si.");
        office.headTitle = QStringLiteral("Camat Sukamaju");
        office.headNip = QStringLiteral("197205141998031007");
        REQUIRE(OfficeService(t.db(), clock).setupOffice(office).ok());
        ServiceCatalog catalog(t.db(), clock);
        const QStringList codes = demoStandardCodes() + QStringList { QStringLiteral("IMB") };
        for (int i = 0; i < codes.size(); ++i) {
            Service s;
            s.code = codes.at(i);
            s.prefix = QString(QChar(u'A' + i));
            s.name = codes.at(i) == QLatin1String("KK") ? QStringLiteral("Kartu Keluarga")
                                                        : QStringLiteral("Layanan %1").arg(codes.at(i));
            s.sortOrder = i;
            REQUIRE(catalog.add(Actor::system(), s).ok());
        }
        auto seeded = seedDemoStandards(t.db(), Actor::system(), clock);
        REQUIRE(seeded.ok());
        REQUIRE(seeded.value() == 8);
    }

    QString file(const QString &name) const { return QDir(t.dir()).filePath(name); }

    // No display at all, and a session that asks for X: loketctl must not need one.
    Run print(const QStringList &args) const
    {
        return test::runLoketctl({ .database = t.path(),
            .args = QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("standard"),
                        QStringLiteral("print") }
                + args,
            .env = { { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb") },
                { QStringLiteral("DISPLAY"), QString() }, { QStringLiteral("WAYLAND_DISPLAY"), QString() } } });
    }
};

int pdfPages(const QByteArray &pdf)
{
    return int(
        pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") + pdf.count("/Type /Page>"));
}

// The PDF's text, when poppler's pdftotext is there (empty otherwise).
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        WARN("pdftotext is not installed: the PDF's words are not checked");
        return {};
    }
    QProcess p;
    p.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("loketctl standard print writes the A4 standard, the poster and the Maklumat as private PDFs, with no display")
{
    test::Umask umask(022);
    PrintOffice office;

    const QString a4 = office.file(QStringLiteral("KK.pdf"));
    auto run = office.print({ QStringLiteral("KK"), QStringLiteral("--pdf"), a4, QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json();
    CHECK(json.value(QStringLiteral("pdf")).toString() == QFileInfo(a4).absoluteFilePath());
    CHECK(json.value(QStringLiteral("pages")).toInt() == 2);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("a4"));
    CHECK(json.value(QStringLiteral("code")).toString() == QStringLiteral("KK"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 2); // the version in force
    const QByteArray pdf = test::fileBytes(a4);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdfPages(pdf) == 2);
    CHECK(test::ownerOnly(a4));
    const QString words = pdfText(a4);
    if (!words.isEmpty()) {
        CHECK(words.contains(QStringLiteral("KECAMATAN SUKAMAJU")));
        CHECK(words.contains(QStringLiteral("KARTU KELUARGA")));
        CHECK(words.contains(QStringLiteral("19720514 199803 1 007")));
    }

    // The first version, on request, says so.
    const QString first = office.file(QStringLiteral("KK-v1.pdf"));
    auto v1 = office.print({ QStringLiteral("KK"), QStringLiteral("--version"), QStringLiteral("1"),
        QStringLiteral("--pdf"), first, QStringLiteral("--json") });
    REQUIRE(v1.exitCode == 0);
    CHECK(v1.json().value(QStringLiteral("version")).toInt() == 1);

    const QString poster = office.file(QStringLiteral("KK-poster.pdf"));
    auto wall = office.print({ QStringLiteral("KK"), QStringLiteral("--kind"), QStringLiteral("poster"),
        QStringLiteral("--pdf"), poster });
    INFO(wall.err.toStdString());
    REQUIRE(wall.exitCode == 0);
    CHECK(wall.out.contains(QStringLiteral("The poster of KK, version 2")));
    CHECK(wall.out.contains(QFileInfo(poster).absoluteFilePath()));
    CHECK(pdfPages(test::fileBytes(poster)) == 1);
    CHECK(test::ownerOnly(poster));

    const QString maklumat = office.file(QStringLiteral("maklumat.pdf"));
    auto promise = office.print({ QStringLiteral("--kind"), QStringLiteral("maklumat"), QStringLiteral("--pdf"),
        maklumat, QStringLiteral("--json") });
    INFO(promise.err.toStdString());
    REQUIRE(promise.exitCode == 0);
    CHECK(promise.json().value(QStringLiteral("pages")).toInt() == 1);
    CHECK(test::fileBytes(maklumat).startsWith("%PDF"));
    CHECK(pdfPages(test::fileBytes(maklumat)) == 1);
    CHECK(test::ownerOnly(maklumat));
    if (const QString text = pdfText(maklumat); !text.isEmpty())
        CHECK(text.contains(QStringLiteral("MAKLUMAT PELAYANAN")));
}

TEST_CASE("loketctl standard print refuses an unknown code, a service without a standard and bad options, and writes nothing")
{
    PrintOffice office;
    const QString out = office.file(QStringLiteral("out.pdf"));

    auto unknown = office.print({ QStringLiteral("NOPE"), QStringLiteral("--pdf"), out });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("There is no service with the code \"NOPE\"")));
    CHECK_FALSE(QFileInfo::exists(out));

    auto none = office.print({ QStringLiteral("IMB"), QStringLiteral("--pdf"), out });
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(QStringLiteral("IMB has no standard yet")));
    CHECK_FALSE(QFileInfo::exists(out));

    auto missingFolder = office.print({ QStringLiteral("KK"), QStringLiteral("--pdf"),
        office.file(QStringLiteral("tidak-ada/KK.pdf")) });
    CHECK(missingFolder.exitCode == 2);
    CHECK(missingFolder.err.contains(QStringLiteral("does not exist")));

    for (const QStringList &args : { QStringList { QStringLiteral("KK") },
             QStringList { QStringLiteral("KK"), QStringLiteral("--kind"), QStringLiteral("wall"),
                 QStringLiteral("--pdf"), out },
             QStringList { QStringLiteral("KK"), QStringLiteral("--kind"), QStringLiteral("maklumat"),
                 QStringLiteral("--pdf"), out },
             QStringList { QStringLiteral("--pdf"), out } }) {
        auto usage = office.print(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << usage.err.toStdString());
        CHECK(usage.exitCode == 1);
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
