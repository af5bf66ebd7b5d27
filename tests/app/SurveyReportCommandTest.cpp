// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey report run as a process: the summary and JSON of a range,
// the PDF and the workbook written private, an officer refused, bad ranges refused.
#include "core/survey/SurveyService.h"
#include "tests/app/ComplaintOffice.h"
#include "tests/support/FileModes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace loket;

namespace {

// The complaint tests' office (sari supervisor, siti officer, one service KTP)
// with three paper responses in November 2026: U1 4, 3, 2 (NRR 3), the rest 3.
struct Office : test::ComplaintOffice {
    Office()
    {
        ManualClock clock(test::defaultTestMoment());
        SurveyService survey(t.db(), clock);
        const qint64 ktp = t.scalar(QStringLiteral("SELECT id FROM services WHERE code = 'KTP'")).toLongLong();
        int day = 2;
        for (const int u1 : {4, 3, 2}) {
            SurveyEntry e;
            e.serviceId = ktp;
            e.answeredAt = QDateTime(QDate(2026, 11, day++), QTime(3, 0), Qt::UTC);
            for (const QString &code : SurveyElements::codes())
                e.answers.insert(code, code == QLatin1String("U1") ? u1 : 3);
            auto r = survey.addResponse(Actor::system(), e);
            if (!r)
                FAIL(r.error().message.toStdString());
        }
    }
    test::CliRun report(const QString &user, const QStringList &more, bool json = true)
    {
        return run(user, QStringList {QStringLiteral("survey"), QStringLiteral("report")} + more, json);
    }
};

const QStringList kNovember {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-11-30")};

} // namespace

TEST_CASE("survey report: the range's index as JSON and as a summary", "[survey][report]")
{
    Office o;
    auto r = o.report(QStringLiteral("sari"), kNovember);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject j = r.json();
    CHECK(j.value(QStringLiteral("respondents")).toInt() == 3);
    CHECK(j.value(QStringLiteral("ikm_converted")).toDouble() == Approx(75.0));
    CHECK(j.value(QStringLiteral("grade")).toString() == QLatin1String("C"));
    CHECK(j.value(QStringLiteral("weighting")).toString() == QLatin1String("exact"));
    CHECK(j.value(QStringLiteral("nrr")).toObject().value(QStringLiteral("U1")).toDouble() == Approx(3.0));
    CHECK(j.value(QStringLiteral("services")).toArray().size() == 1);
    CHECK(j.value(QStringLiteral("profiles")).toObject().value(QStringLiteral("channel")).toObject()
              .value(QStringLiteral("paper")).toInt() == 3);
    CHECK_FALSE(j.contains(QStringLiteral("pdf")));

    auto text = o.report(QStringLiteral("sari"), kNovember, false);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("75,00")));
    CHECK(text.out.contains(QStringLiteral("KTP-el")));
    CHECK_FALSE(text.out.startsWith(QLatin1Char('{')));
}

TEST_CASE("survey report: the PDF and the workbook are written, private, and replace an open file", "[survey][report]")
{
    Office o;
    test::Umask umask(022);
    const QString pdf = o.t.dir() + QStringLiteral("/skm.pdf");
    const QString xlsx = o.t.dir() + QStringLiteral("/skm.xlsx");
    {
        QFile old(xlsx);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QFile::setPermissions(xlsx, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    auto r = o.report(QStringLiteral("sari"), kNovember + QStringList {QStringLiteral("--pdf"), pdf,
                                                                         QStringLiteral("--xlsx"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pdf")).toString() == QFileInfo(pdf).absoluteFilePath());
    CHECK(r.json().value(QStringLiteral("pages")).toInt() >= 3);
    CHECK(test::ownerOnly(pdf));
    CHECK(test::ownerOnly(xlsx));
    QFile p(pdf), x(xlsx);
    REQUIRE(p.open(QIODevice::ReadOnly));
    REQUIRE(x.open(QIODevice::ReadOnly));
    CHECK(p.read(4) == "%PDF");
    const QByteArray book = x.readAll();
    CHECK(book.startsWith("PK"));
    CHECK(book.contains("xl/worksheets/sheet3.xml")); // respondents, results, KTP
    CHECK(QDir(o.t.dir()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());

    // The printed weight, asked for: the report says so.
    auto printed = o.report(QStringLiteral("sari"), kNovember + QStringList {QStringLiteral("--weight"), QStringLiteral("0.111")});
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json().value(QStringLiteral("weighting")).toString() == QLatin1String("0.111"));
    CHECK(printed.json().value(QStringLiteral("ikm_converted")).toDouble() == Approx(74.93)); // 27 × 0,111 × 25
}

TEST_CASE("survey report: an officer is refused and no file is written", "[survey][report]")
{
    Office o;
    const QString pdf = o.t.dir() + QStringLiteral("/petugas.pdf");
    auto r = o.report(QStringLiteral("siti"), kNovember + QStringList {QStringLiteral("--pdf"), pdf});
    CHECK(r.exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.report' AND outcome <> 'ok'")) == 1);
}

TEST_CASE("survey report: a bad range is refused with what to type", "[survey][report]")
{
    Office o;
    const QList<QStringList> bad {
        {QStringLiteral("--from"), QStringLiteral("2026-11-31"), QStringLiteral("--to"), QStringLiteral("2026-12-31")},
        {QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")},
        {QStringLiteral("--from"), QStringLiteral("2026-11-01")},
        {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
         QStringLiteral("--weight"), QStringLiteral("0.2")},
    };
    for (const QStringList &args : bad) {
        auto r = o.report(QStringLiteral("sari"), args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("--")));
    }
    auto backwards = o.report(QStringLiteral("sari"), bad.at(1));
    CHECK(backwards.err.contains(QStringLiteral("2026-11-01")));
}
