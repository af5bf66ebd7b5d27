// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/DemoStandards.h"
#include "core/standards/StandardService.h"
#include "core/standards/StandardsCsv.h"
#include "core/standards/StandardsJson.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace loket;
using namespace loket::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

void addDemoServices(const TempDatabase &t, bool reversed = false)
{
    QStringList codes = demoStandardCodes();
    if (reversed)
        std::reverse(codes.begin(), codes.end());
    for (const QString &code : codes)
        REQUIRE(addService(t, code, QStringLiteral("Layanan ") + code) > 0);
}

QByteArray exportOf(const TempDatabase &t, const Clock &clock)
{
    auto json = StandardsJson(t.db(), clock).exportJson(supervisor());
    REQUIRE(json.ok());
    return json.value();
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Sets a value deep in a JSON document, e.g. set(doc, {"standards", 2, "requirements", 0, "name"}, "").
QJsonValue setAt(QJsonValue node, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant key = path.takeFirst();
    if (key.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        a[key.toInt()] = setAt(a.at(key.toInt()), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    o[key.toString()] = setAt(o.value(key.toString()), path, value);
    return o;
}

QByteArray edited(const QByteArray &json, const QList<QVariant> &path, const QJsonValue &value)
{
    return QJsonDocument(setAt(parse(json), path, value).toObject()).toJson();
}

int count(const TempDatabase &t, const char *table)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

} // namespace

TEST_CASE("exporting the register and importing it into an empty database gives the same register")
{
    ManualClock clock(kNow);
    TempDatabase source;
    addDemoServices(source);
    auto seeded = seedDemoStandards(source.db(), Actor::system(), clock);
    REQUIRE(seeded.ok());
    REQUIRE(seeded.value() == 8);
    const QByteArray exported = exportOf(source, clock);

    // The other office numbered its services differently: codes, not ids, connect them.
    TempDatabase target;
    addDemoServices(target, true);
    auto report = StandardsJson(target.db(), clock).importJson(supervisor(), exported);
    REQUIRE(report.ok());
    CHECK(report->services == 8);
    CHECK(report->versions == 9);
    CHECK(report->consultations == 1);
    CHECK(report->reviews == 8);
    CHECK(report->maklumat);
    CHECK(report->replacedVersions == 0);

    const QJsonObject before = parse(exported);
    const QJsonObject after = parse(exportOf(target, clock));
    // The catalog order differs, so compare each list as a set of entries.
    for (const char *list : { "standards", "publications", "reviews", "consultations" }) {
        INFO(list);
        QStringList a, b;
        for (const QJsonValue &v : before.value(QLatin1String(list)).toArray())
            a << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        for (const QJsonValue &v : after.value(QLatin1String(list)).toArray())
            b << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        a.sort();
        b.sort();
        CHECK(a == b);
    }
    CHECK(before.value(QStringLiteral("maklumat")) == after.value(QStringLiteral("maklumat")));

    // The minutes file came through byte for byte.
    CHECK(source.scalar(QStringLiteral("SELECT minutes FROM standard_consultations")).toByteArray()
        == target.scalar(QStringLiteral("SELECT minutes FROM standard_consultations")).toByteArray());
    // And the version in force is the same on a given day.
    StandardService targetStandards(target.db(), clock);
    auto kk = targetStandards.service(QStringLiteral("KK"));
    REQUIRE(kk.ok());
    auto inForce = targetStandards.versionInForce(kk->id, QDate(2026, 11, 23));
    REQUIRE(inForce.ok());
    REQUIRE(inForce->has_value());
    CHECK(inForce->value().number == 2);
    CHECK(inForce->value().content == *demoStandardContent(QStringLiteral("KK")));
}

TEST_CASE("an import with problems changes nothing and names every problem by its path")
{
    ManualClock clock(kNow);
    TempDatabase t;
    addDemoServices(t);
    REQUIRE(seedDemoStandards(t.db(), Actor::system(), clock).ok());
    const QByteArray good = exportOf(t, clock);
    const int audit = count(t, "audit_log");

    QByteArray bad
        = edited(good, { QStringLiteral("standards"), 2, QStringLiteral("requirements"), 0, QStringLiteral("name") },
            QStringLiteral(" "));
    bad = edited(bad, { QStringLiteral("consultations"), 0, QStringLiteral("date") }, QStringLiteral("2026-13-01"));
    bad = edited(bad, { QStringLiteral("publications"), 1, QStringLiteral("service_code") }, QStringLiteral("IUMK"));
    bad = edited(bad, { QStringLiteral("standards"), 0, QStringLiteral("cost"), QStringLiteral("rupiah") },
        QStringLiteral("gratis"));
    bad = edited(bad, { QStringLiteral("standards"), 1, QStringLiteral("staffing") }, QString());
    bad = edited(bad, { QStringLiteral("reviews"), 0, QStringLiteral("outcom") }, QStringLiteral("no_change"));

    StandardsJson json(t.db(), clock);
    const QList<ImportProblem> problems = json.check(bad);
    QStringList where;
    for (const ImportProblem &p : problems)
        where << p.where;
    CHECK(where.contains(QStringLiteral("standards[2].requirements[0].name")));
    CHECK(where.contains(QStringLiteral("consultations[0].date")));
    CHECK(where.contains(QStringLiteral("publications[1].service_code")));
    CHECK(where.contains(QStringLiteral("standards[0].cost.rupiah")));
    CHECK(where.contains(QStringLiteral("standards[1].status"))); // a set standard with an empty component
    CHECK(where.contains(QStringLiteral("reviews[0].outcom")));
    const auto name = std::find_if(problems.cbegin(), problems.cend(),
        [](const ImportProblem &p) { return p.where == QLatin1String("standards[2].requirements[0].name"); });
    REQUIRE(name != problems.cend());
    CHECK(name->field == QLatin1String("name"));

    auto imported = json.importJson(supervisor(), bad);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::InvalidInput);
    CHECK(imported.error().message.contains(QStringLiteral("standards[2].requirements[0].name")));
    CHECK(imported.error().message.contains(QStringLiteral("IUMK")));
    CHECK(exportOf(t, clock) == good);
    CHECK(count(t, "audit_log") == audit);
}

TEST_CASE("a file that is not JSON is refused with the line of the mistake")
{
    ManualClock clock(kNow);
    TempDatabase t;
    const QByteArray broken
        = "{\n  \"format\": \"loket.standards\",\n  \"format_version\": 1\n  \"standards\": []\n}\n";
    auto imported = StandardsJson(t.db(), clock).importJson(supervisor(), broken);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("line 4")));

    auto other = StandardsJson(t.db(), clock).importJson(supervisor(), "{\"format\": \"something.else\"}");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("format")));
}

TEST_CASE("importing replaces the register of the services in the file and leaves the others alone")
{
    ManualClock clock(kNow);
    TempDatabase t;
    addDemoServices(t);
    REQUIRE(seedDemoStandards(t.db(), Actor::system(), clock).ok());

    // A file with only the KTP standard, one version, set this year.
    StandardContent ktp = *demoStandardContent(QStringLiteral("KTP"));
    ktp.serviceTime = ServiceTime { 45, TimeUnit::Minutes };
    TempDatabase scratch;
    const qint64 scratchKtp = addService(scratch, QStringLiteral("KTP"), QStringLiteral("KTP-el"));
    StandardService scratchStandards(scratch.db(), clock);
    REQUIRE(scratchStandards.saveDraft(supervisor(), scratchKtp, ktp).ok());
    REQUIRE(scratchStandards
                .setStandard(supervisor(), scratchKtp,
                    Decree { QStringLiteral("100/3/KEC/2026"), QDate(2026, 2, 2), QDate(2026, 2, 2) })
                .ok());
    QJsonObject file = parse(exportOf(scratch, clock));
    file.remove(QStringLiteral("maklumat"));
    const int versionsBefore = count(t, "standard_versions");
    StandardsJson json(t.db(), clock);

    // It replaces the KTP version in force: refused unless the file says so.
    auto unsaid = json.importJson(supervisor(), QJsonDocument(file).toJson(), true);
    REQUIRE_FALSE(unsaid.ok());
    CHECK(unsaid.error().message.contains(QStringLiteral("KTP: ")));
    file.insert(QStringLiteral("replace_in_force"), true);
    const QByteArray bytes = QJsonDocument(file).toJson();

    auto dry = json.importJson(supervisor(), bytes, true);
    REQUIRE(dry.ok());
    CHECK(dry->dryRun);
    CHECK(dry->replacedVersions == 1);
    CHECK(dry->deletedInForce == 1);
    CHECK(dry->serviceCodes == QStringList { QStringLiteral("KTP") });
    CHECK(count(t, "standard_versions") == versionsBefore);

    auto report = json.importJson(supervisor(), bytes);
    REQUIRE(report.ok());
    CHECK(count(t, "standard_versions") == versionsBefore);
    StandardService standards(t.db(), clock);
    auto svc = standards.service(QStringLiteral("KTP"));
    REQUIRE(svc.ok());
    auto now = standards.versionInForce(svc->id, QDate(2026, 11, 23));
    REQUIRE(now.ok());
    REQUIRE(now->has_value());
    CHECK(now->value().content.serviceTime.fixedMinutes() == 45);
    CHECK(now->value().decreeNumber == QLatin1String("100/3/KEC/2026"));
    // KTP lost its own publications and reviews (the file has none), others kept theirs.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM standard_publications WHERE service_id = %1").arg(svc->id))
              .toInt()
        == 0);
    CHECK(count(t, "standard_reviews") == 7);
    // The forum that discussed all services still stands for the others.
    CHECK(count(t, "standard_consultations") == 1);
    CHECK(count(t, "standard_consultation_services") == 7);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'standard.import'")).toInt() == 1);

    auto denied = json.importJson(officer(), bytes);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("the public part goes out as CSV and comes back into drafts")
{
    ManualClock clock(kNow);
    TempDatabase source;
    addDemoServices(source);
    REQUIRE(seedDemoStandards(source.db(), Actor::system(), clock).ok());
    auto csv = StandardsCsv(source.db(), clock).exportCsv(supervisor(), QDate(2026, 11, 23));
    REQUIRE(csv.ok());
    const QString text = QString::fromUtf8(csv->mid(3));
    CHECK(csv->startsWith("\xEF\xBB\xBF"));
    CHECK(text.startsWith(QStringLiteral("service_code,service_name,component,no,value,unit,form,count,detail\r\n")));
    CHECK(text.contains(QStringLiteral("KK,Layanan KK,service_time,,1,working_days,,,\r\n")));
    // A value holding the separator is quoted.
    CHECK(text.contains(
        QStringLiteral(",\"ditandatangani semua ahli waris dan 2 saksi, diketahui kepala desa/lurah\"\r\n")));

    TempDatabase target;
    addDemoServices(target);
    StandardService targetStandards(target.db(), clock);
    auto kkService = targetStandards.service(QStringLiteral("KK"));
    REQUIRE(kkService.ok());
    const qint64 kk = kkService->id;
    // KK already has a set standard here, with internal components of its own.
    StandardContent local = kartuKeluarga();
    local.staffing = QStringLiteral("4 orang");
    REQUIRE(targetStandards.saveDraft(supervisor(), kk, local).ok());
    REQUIRE(targetStandards
                .setStandard(
                    supervisor(), kk, Decree { QStringLiteral("100/1/KEC/2026"), QDate(2026, 1, 5), QDate(2026, 1, 5) })
                .ok());

    auto report = StandardsCsv(target.db(), clock).importCsv(supervisor(), csv.value());
    REQUIRE(report.ok());
    CHECK(report->services == 8);

    auto draft = targetStandards.draft(supervisor(), kk);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    const StandardContent expected = *demoStandardContent(QStringLiteral("KK"));
    const StandardContent &got = draft->value().content;
    CHECK(draft->value().number == 2);
    CHECK(got.requirements == expected.requirements);
    CHECK(got.procedure == expected.procedure);
    CHECK(got.serviceTime == expected.serviceTime);
    CHECK(got.costRupiah == expected.costRupiah);
    CHECK(got.costLegalBasis == expected.costLegalBasis);
    CHECK(got.products == expected.products);
    CHECK(got.complaintChannels == expected.complaintChannels);
    CHECK(got.staffing == QLatin1String("4 orang")); // internal components kept
    auto inForce = targetStandards.versionInForce(kk, QDate(2026, 11, 23));
    REQUIRE(inForce.ok());
    CHECK(inForce->value().number == 1); // the set version is untouched
    CHECK(inForce->value().content == local);
}

TEST_CASE("a CSV import with problems changes nothing and names the line and column")
{
    ManualClock clock(kNow);
    TempDatabase t;
    const qint64 legal = addService(t, QStringLiteral("LEGAL"), QStringLiteral("Legalisasi"));
    addService(t, QStringLiteral("SKD"), QStringLiteral("Surat Keterangan Domisili"));
    const QByteArray csv = "service_code;component;no;value;unit;form;count;detail\r\n"
                           "LEGAL;requirements;1;Dokumen asli;;asli;1;\r\n"
                           "LEGAL;requirements;2;\"Fotokopi; paling banyak 5 lembar\";;fotokopi;5;\"dicap;\n"
                           "ditandatangani\"\r\n"
                           "LEGAL;cost;;Rp 10.000;;;;Perda Nomor 3 Tahun 2024 tentang Retribusi\r\n"
                           "LEGAL;service_time;;30;menit;;;\r\n"
                           "SKD;requirements;1;Surat pengantar RT/RW;;original;0;\r\n"
                           "IUMK;products;1;Izin Usaha Mikro;;;;\r\n"
                           "SKD;legal_basis;;UU 25/2009;;;;\r\n";
    StandardsCsv exchange(t.db(), clock);
    QStringList lines;
    for (const ImportProblem &p : exchange.check(csv))
        lines << p.text();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("line 6, unit:")));
    CHECK(lines.at(1).startsWith(QStringLiteral("line 7, count:")));
    CHECK(lines.at(2).startsWith(QStringLiteral("line 8, service_code:")));
    CHECK(lines.at(3).startsWith(QStringLiteral("line 9, component:")));

    auto imported = exchange.importCsv(supervisor(), csv);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("line 8")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM standard_versions")).toInt() == 0);

    SECTION("once corrected, semicolons, quoted line breaks and rupiah with dots are read")
    {
        QByteArray fixed = csv;
        fixed.replace("30;menit", "30;minutes");
        fixed.replace("original;0;", "original;1;");
        fixed.replace("IUMK;products;1;Izin Usaha Mikro;;;;\r\n", "");
        fixed.replace("SKD;legal_basis;;UU 25/2009;;;;\r\n", "");
        auto ok = exchange.importCsv(supervisor(), fixed);
        REQUIRE(ok.ok());
        StandardService standards(t.db(), clock);
        auto draft = standards.draft(supervisor(), legal);
        REQUIRE(draft.ok());
        REQUIRE(draft->has_value());
        const StandardContent &c = draft->value().content;
        REQUIRE(c.requirements.size() == 2);
        CHECK(c.requirements.at(0).form == DocumentForm::Original);
        CHECK(c.requirements.at(1).name == QLatin1String("Fotokopi; paling banyak 5 lembar"));
        CHECK(c.requirements.at(1).count == 5);
        CHECK(c.requirements.at(1).notes == QLatin1String("dicap;\nditandatangani"));
        CHECK(c.costRupiah == 10000);
        CHECK(c.serviceTime == ServiceTime { 30, TimeUnit::Minutes });
    }
}
