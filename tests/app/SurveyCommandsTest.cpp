// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey: a spreadsheet of paper forms imported all or nothing, the
// index (IKM) of the range as JSON against a hand computation, the
// Krejcie–Morgan sample, and the follow-up plan and publications.
#include "tests/app/ComplaintOffice.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::test;

namespace {

struct SurveyOffice : ComplaintOffice {
    QTemporaryDir dir;
    SurveyOffice() { t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KK', 'B', 'Kartu Keluarga')")); }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    int responses() const { return count(QStringLiteral("SELECT count(*) FROM survey_responses")); }
};

// Four forms of November 2026, hand-computed: NRR U1 = 10/4, U2 = 3, U3 = 3, U4 = 15/4, U5 = 13/4,
// U6 = 13/4, U7 = 7/2, U8 = 8/3 (one left it empty), U9 = 3; IKM = 335/108 → 77,55 (1/9) and 77,47 (0,111).
const QByteArray kForms =
    "date,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
    "2026-11-02,KTP,P,34,SMA,SWASTA,4,4,4,4,4,4,4,,4\n"
    "2026-11-03 09:15,ktp,L,51,S1,PNS,3,3,3,3,3,3,3,3,3\n"
    "2026-11-10,KK,,,,,2,3,3,4,3,3,4,3,2\n"
    "2026-11-20,KK,P,27,D1-D3,wirausaha,1,2,2,4,3,3,3,2,3\n";

} // namespace

TEST_CASE("loketctl survey: paper forms imported and the index of the month as hand-computed")
{
    SurveyOffice o;
    const QString csv = o.file(QStringLiteral("forms.csv"), kForms);
    const QJsonObject imported = o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), csv}).json();
    CHECK(imported.value(QStringLiteral("imported")).toInt() == 4);
    CHECK(o.responses() == 4);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM survey_answers")) == 35);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.import'")) == 1);

    const QStringList range {QStringLiteral("survey"), QStringLiteral("ikm"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-11-30")};
    const CliRun exact = o.run(QStringLiteral("sari"), range);
    REQUIRE(exact.exitCode == 0);
    const QJsonObject j = exact.json();
    CHECK(j.value(QStringLiteral("respondents")).toInt() == 4);
    CHECK(j.value(QStringLiteral("weighting")).toString() == QStringLiteral("exact"));
    const QJsonObject nrr = j.value(QStringLiteral("nrr")).toObject();
    CHECK(nrr.value(QStringLiteral("U1")).toDouble() == Approx(2.5));
    CHECK(nrr.value(QStringLiteral("U4")).toDouble() == Approx(3.75));
    CHECK(nrr.value(QStringLiteral("U8")).toDouble() == Approx(8.0 / 3.0));
    CHECK(j.value(QStringLiteral("answered")).toObject().value(QStringLiteral("U8")).toInt() == 3);
    CHECK(j.value(QStringLiteral("ikm")).toDouble() == Approx(335.0 / 108.0));
    CHECK(j.value(QStringLiteral("ikm_converted")).toDouble() == 77.55);
    CHECK(j.value(QStringLiteral("grade")).toString() == QStringLiteral("B"));
    CHECK(j.value(QStringLiteral("services")).toArray().size() == 2);

    const CliRun printed = o.run(QStringLiteral("sari"), range + QStringList {QStringLiteral("--weight"), QStringLiteral("0.111")});
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json().value(QStringLiteral("weighting")).toString() == QStringLiteral("0.111"));
    CHECK(printed.json().value(QStringLiteral("ikm_converted")).toDouble() == 77.47);

    const CliRun kk = o.run(QStringLiteral("sari"), range + QStringList {QStringLiteral("--service"), QStringLiteral("KK")});
    REQUIRE(kk.exitCode == 0);
    CHECK(kk.json().value(QStringLiteral("respondents")).toInt() == 2);
    CHECK(kk.json().value(QStringLiteral("nrr")).toObject().value(QStringLiteral("U1")).toDouble() == Approx(1.5));

    // The index is for supervisors: an officer is refused.
    CHECK(o.run(QStringLiteral("siti"), range).exitCode == 4);
}

TEST_CASE("loketctl survey: a malformed file imports nothing and names each line and field")
{
    SurveyOffice o;
    // Line 3 answers 5, line 4 a service that does not exist and a date that is no date; lines 2 and 5 are good.
    const QString bad = o.file(QStringLiteral("bad.csv"),
        "date,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
        "2026-11-02,KTP,P,34,SMA,SWASTA,4,4,4,4,4,4,4,,4\n"
        "2026-11-03,KTP,L,51,S1,PNS,3,3,5,3,3,3,3,3,3\n"
        "11/04/2026,XYZ,L,51,S1,PNS,3,3,3,3,3,3,3,3,3\n"
        "2026-11-05,KTP,X,300,S9,PNS,3,3,3,3,3,3,3,3,3\n");
    const CliRun r = o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), bad}, false);
    CHECK(r.exitCode == 2);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(QStringLiteral("line 3, U3")));
    CHECK(r.err.contains(QStringLiteral("line 4, date")));
    CHECK(r.err.contains(QStringLiteral("line 4, service")));
    CHECK(r.err.contains(QStringLiteral("line 5, age")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(o.responses() == 0);

    // A header that is not the survey's, a file cut inside a quote, an empty file, a file that is not there.
    const QString header = o.file(QStringLiteral("header.csv"), "tanggal,layanan,U1\n2026-11-02,KTP,4\n");
    const CliRun h = o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), header}, false);
    CHECK(h.exitCode == 2);
    CHECK(h.err.contains(QStringLiteral("line 1, tanggal")));
    CHECK(h.err.contains(QStringLiteral("line 1, U9")));
    const QString cut = o.file(QStringLiteral("cut.csv"), QByteArray(kForms).append("2026-11-21,KTP,\"P,"));
    CHECK(o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), cut}, false).exitCode == 2);
    const QString empty = o.file(QStringLiteral("empty.csv"), "");
    CHECK(o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), empty}, false).exitCode == 2);
    CHECK(o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), o.dir.filePath(QStringLiteral("none.csv"))}, false)
              .exitCode == 2);
    // A form dated in the future (the test's moment is 23 November 2026).
    const QString future = o.file(QStringLiteral("future.csv"),
        "date,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9\n2026-11-30,KTP,,,,,3,3,3,3,3,3,3,3,3\n");
    const CliRun f = o.run(QStringLiteral("sari"), {QStringLiteral("survey"), QStringLiteral("import"), future}, false);
    CHECK(f.exitCode == 2);
    CHECK(f.err.contains(QStringLiteral("line 2")));
    CHECK(o.responses() == 0);

    // Importing needs a supervisor or an administrator.
    const QString good = o.file(QStringLiteral("good.csv"), kForms);
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("survey"), QStringLiteral("import"), good}, false).exitCode == 4);
    CHECK(o.responses() == 0);
    CHECK(o.run(QStringLiteral("admin"), {QStringLiteral("survey"), QStringLiteral("import"), good}, false).exitCode == 0);
    CHECK(o.responses() == 4);
}

TEST_CASE("loketctl survey sample: the published Krejcie–Morgan table, with no database")
{
    for (const auto &[population, sample] : {std::pair {10, 10}, std::pair {100, 80}, std::pair {500, 217}, std::pair {1000, 278},
                                             std::pair {10000, 370}, std::pair {100000, 383}}) {
        const CliRun r = runLoketctl({.database = QStringLiteral("/nonexistent/loket.db"),
                                      .args = {QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("sample"),
                                               QStringLiteral("--population"), QString::number(population)}});
        INFO(population);
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().value(QStringLiteral("sample")).toInt() == sample);
    }
    const CliRun bad = runLoketctl({.args = {QStringLiteral("survey"), QStringLiteral("sample"), QStringLiteral("--population"), QStringLiteral("banyak")}});
    CHECK(bad.exitCode == 1);
}

TEST_CASE("loketctl survey plan and publish: the follow-up of a quarter, done with evidence")
{
    SurveyOffice o;
    const auto sari = [&](QStringList args) {
        args.prepend(QStringLiteral("survey"));
        return o.run(QStringLiteral("sari"), args);
    };
    const CliRun added = sari({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                               QStringLiteral("--element"), QStringLiteral("u3"), QStringLiteral("--action"),
                               QStringLiteral("Tambah petugas perekaman pada jam sibuk"), QStringLiteral("--pic"),
                               QStringLiteral("Kasi Pelayanan"), QStringLiteral("--target"), QStringLiteral("2026-12-31")});
    REQUIRE(added.exitCode == 0);
    const QString id = QString::number(added.json().value(QStringLiteral("id")).toInteger());
    CHECK(added.json().value(QStringLiteral("element")).toString() == QStringLiteral("U3"));
    // A target before the quarter ended is refused.
    CHECK(sari({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                QStringLiteral("--action"), QStringLiteral("x"), QStringLiteral("--pic"), QStringLiteral("y"),
                QStringLiteral("--target"), QStringLiteral("2026-08-01")}).exitCode == 2);
    CHECK(sari({QStringLiteral("plan"), QStringLiteral("done"), id}).exitCode == 2); // no evidence
    const CliRun done = sari({QStringLiteral("plan"), QStringLiteral("done"), id, QStringLiteral("--evidence"),
                              QStringLiteral("SPT 800/45/2026")});
    REQUIRE(done.exitCode == 0);
    CHECK(done.json().value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(done.json().value(QStringLiteral("done")).toString() == QStringLiteral("2026-11-23"));

    REQUIRE(sari({QStringLiteral("publish"), QStringLiteral("--period"), QStringLiteral("2026-Q3"), QStringLiteral("--medium"),
                  QStringLiteral("Website kecamatan"), QStringLiteral("--date"), QStringLiteral("2026-10-05")}).exitCode == 0);
    REQUIRE(sari({QStringLiteral("publish"), QStringLiteral("--period"), QStringLiteral("2026-Q3"), QStringLiteral("--forum"),
                  QStringLiteral("2026-10-20")}).exitCode == 0);
    const QJsonObject list = sari({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--period"), QStringLiteral("2026-q3")}).json();
    CHECK(list.value(QStringLiteral("items")).toArray().size() == 1);
    CHECK(list.value(QStringLiteral("publications")).toArray().size() == 1);
    CHECK(list.value(QStringLiteral("done_percent")).toInt() == 100);
    CHECK(list.value(QStringLiteral("forum")).toString() == QStringLiteral("2026-10-20"));

    // Officers neither plan nor read the plan.
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("survey"), QStringLiteral("plan"), QStringLiteral("list")}).exitCode == 4);
}

TEST_CASE("loketctl survey questionnaire and reword: U9 is asked before U8, and a rewording is a new version")
{
    SurveyOffice o;
    const CliRun shown = runLoketctl({.database = o.t.path(), .args = {QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("questionnaire")}});
    REQUIRE(shown.exitCode == 0);
    QStringList order;
    for (const QJsonValue &q : shown.json().value(QStringLiteral("questions")).toArray())
        order << q.toObject().value(QStringLiteral("element")).toString();
    CHECK(order.join(QLatin1Char(',')) == QStringLiteral("U1,U2,U3,U4,U5,U6,U7,U9,U8"));
    CHECK(shown.json().value(QStringLiteral("version")).toInt() == 1);

    const QStringList reword {QStringLiteral("survey"), QStringLiteral("reword"), QStringLiteral("--element"), QStringLiteral("U9"),
                              QStringLiteral("--question"), QStringLiteral("Bagaimana kenyamanan ruang tunggu?")};
    // Four answers, no fewer: an element keeps its scale.
    CHECK(o.run(QStringLiteral("sari"), reword + QStringList {QStringLiteral("--options"), QStringLiteral("Buruk|Baik|Sangat baik")}).exitCode == 2);
    CHECK(o.run(QStringLiteral("siti"), reword + QStringList {QStringLiteral("--options"), QStringLiteral("A|B|C|D")}).exitCode == 4);
    const CliRun v2 = o.run(QStringLiteral("sari"), reword + QStringList {QStringLiteral("--options"),
                                                                          QStringLiteral("Tidak nyaman|Kurang nyaman|Nyaman|Sangat nyaman")});
    REQUIRE(v2.exitCode == 0);
    CHECK(v2.json().value(QStringLiteral("version")).toInt() == 2);
    const QJsonArray questions = v2.json().value(QStringLiteral("questions")).toArray();
    REQUIRE(questions.size() == 9);
    CHECK(questions.at(7).toObject().value(QStringLiteral("question")).toString() == QStringLiteral("Bagaimana kenyamanan ruang tunggu?"));
    const CliRun v1 = runLoketctl({.database = o.t.path(), .args = {QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("questionnaire"),
                                                                    QStringLiteral("--version"), QStringLiteral("1")}});
    CHECK(v1.json().value(QStringLiteral("questions")).toArray().at(7).toObject().value(QStringLiteral("question")).toString()
          != QStringLiteral("Bagaimana kenyamanan ruang tunggu?"));
}
