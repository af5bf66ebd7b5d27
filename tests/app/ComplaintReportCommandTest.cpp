// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint report run as a process: the month as a table, JSON,
// PDF and spreadsheet (private files), a bad month, a refusal.
#include "tests/app/ComplaintOffice.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace loket;

namespace {

struct Office : test::ComplaintOffice {
    Office()
    {
        // The fixture's moment is Monday 23 November 2026, 08.00 WIB.
        add(QStringLiteral("langsung"), QStringLiteral("2026-11-02T09:00"));
        const QString letter = add(QStringLiteral("surat"), QStringLiteral("2026-11-10T10:00"));
        add(QStringLiteral("whatsapp"), QStringLiteral("2026-10-31T23:30")); // October's
        REQUIRE(run(QStringLiteral("dewi"), {QStringLiteral("complaint"), QStringLiteral("verify-step"), letter,
                                                QStringLiteral("--outcome"), QStringLiteral("complete")}).exitCode == 0);
        REQUIRE(run(QStringLiteral("dewi"), {QStringLiteral("complaint"), QStringLiteral("assign"), letter,
                                                QStringLiteral("dewi")}).exitCode == 0);
        REQUIRE(run(QStringLiteral("dewi"), {QStringLiteral("complaint"), QStringLiteral("respond"), letter,
                                                QStringLiteral("Sudah diperbaiki")}).exitCode == 0);
    }
    QString add(const QString &channel, const QString &received)
    {
        auto r = run(QStringLiteral("siti"), {QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"),
                                                 channel, QStringLiteral("--service"), QStringLiteral("KTP"),
                                                 QStringLiteral("--summary"), QStringLiteral("Antrian lambat"),
                                                 QStringLiteral("--received"), received});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().value(QStringLiteral("number")).toString();
    }
    test::CliRun report(const QString &user, const QStringList &more, bool json = true)
    {
        return run(user, QStringList {QStringLiteral("complaint"), QStringLiteral("report")} + more, json);
    }
};

qint64 countOf(const QJsonObject &report, const QString &table, const QString &code)
{
    for (const QJsonValue &v : report.value(table).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject().value(QStringLiteral("count")).toInteger();
    }
    return -1;
}

bool privateFile(const QString &path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    return p.testFlag(QFile::ReadOwner)
        && !(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("the month as JSON with stable codes", "[complaints][report]")
{
    Office o;
    auto r = o.report(QStringLiteral("sari"), {QStringLiteral("--month"), QStringLiteral("2026-11")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject j = r.json();
    CHECK(j.value(QStringLiteral("month")).toString() == QStringLiteral("2026-11"));
    CHECK(j.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-23"));
    CHECK(j.value(QStringLiteral("received")).toInt() == 2); // not 31 October 23.30
    CHECK(countOf(j, QStringLiteral("by_channel"), QStringLiteral("langsung")) == 1);
    CHECK(countOf(j, QStringLiteral("by_channel"), QStringLiteral("surat")) == 1);
    CHECK(countOf(j, QStringLiteral("by_channel"), QStringLiteral("whatsapp")) == 0);
    CHECK(countOf(j, QStringLiteral("by_service"), QStringLiteral("KTP")) == 2);
    CHECK(countOf(j, QStringLiteral("by_state"), QStringLiteral("responded")) == 1);
    CHECK(countOf(j, QStringLiteral("by_state"), QStringLiteral("received")) == 1);
    // The letter was answered 12 days 22 hours after it arrived.
    CHECK(countOf(j, QStringLiteral("response_time"), QStringLiteral("le_14d")) == 1);
    CHECK(countOf(j, QStringLiteral("response_time"), QStringLiteral("none")) == 1);
    CHECK(j.value(QStringLiteral("completed")).toInt() == 0);
    // Both missed their settle day (5 working days): one answered late, one still open.
    const QJsonObject overdue = j.value(QStringLiteral("overdue")).toObject();
    CHECK(overdue.value(QStringLiteral("total")).toInt() == 2);
    CHECK(overdue.value(QStringLiteral("answered_late")).toInt() == 1);
    CHECK(overdue.value(QStringLiteral("open")).toInt() == 1);
    const QJsonArray deadlines = j.value(QStringLiteral("deadlines")).toArray();
    REQUIRE(deadlines.size() == 3);
    CHECK(deadlines.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("verify"));
}

TEST_CASE("the month as a table for people", "[complaints][report]")
{
    Office o;
    auto r = o.report(QStringLiteral("sari"), {QStringLiteral("--month"), QStringLiteral("2026-11")}, false);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("November 2026")));
    CHECK(r.out.contains(QStringLiteral("SP4N-LAPOR!"))); // every channel, zeros too
    CHECK(r.out.contains(QStringLiteral("KTP-el")));
    CHECK_FALSE(r.out.startsWith(QLatin1Char('{')));
}

TEST_CASE("the PDF and the spreadsheet are written, private", "[complaints][report]")
{
    Office o;
    const QString pdf = o.t.dir() + QStringLiteral("/laporan.pdf");
    const QString xlsx = o.t.dir() + QStringLiteral("/laporan.xlsx");
    // A spreadsheet already there, readable by others, is replaced by a private one.
    {
        QFile old(xlsx);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QFile::setPermissions(xlsx, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    auto r = o.report(QStringLiteral("sari"), {QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--pdf"),
                                                  pdf, QStringLiteral("--xlsx"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pdf")).toString() == QFileInfo(pdf).absoluteFilePath());
    CHECK(r.json().value(QStringLiteral("xlsx")).toString() == QFileInfo(xlsx).absoluteFilePath());
    CHECK(r.json().value(QStringLiteral("pages")).toInt() >= 1);

    const QByteArray p = bytesOf(pdf);
    CHECK(p.startsWith("%PDF"));
    CHECK(privateFile(pdf));
    const QByteArray x = bytesOf(xlsx);
    CHECK(x.startsWith("PK")); // a zip
    CHECK(x.contains("xl/workbook.xml"));
    CHECK(x.contains("xl/worksheets/sheet8.xml")); // summary, 6 tables, deadlines
    CHECK(privateFile(xlsx));
    // No partial file is left beside it.
    const QStringList left = QDir(o.t.dir()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    CHECK(left.isEmpty());
}

TEST_CASE("a bad month is refused with a clear message, and an officer is refused", "[complaints][report]")
{
    Office o;
    for (const QString &bad : {QStringLiteral("2026-13"), QStringLiteral("2026-1"), QStringLiteral("November")}) {
        auto r = o.report(QStringLiteral("sari"), {QStringLiteral("--month"), bad});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(bad));
        CHECK(r.err.contains(QStringLiteral("YYYY-MM")));
    }
    auto missing = o.report(QStringLiteral("sari"), {});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("--month")));

    const QString pdf = o.t.dir() + QStringLiteral("/officer.pdf");
    auto officer = o.report(QStringLiteral("siti"), {QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--pdf"), pdf});
    CHECK(officer.exitCode == 4);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.report' AND outcome = 'refused'")).toInt() == 1);
}
