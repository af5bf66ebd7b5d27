// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SKM report of a small hand-computed survey: the data core reads once,
// the A4 PDF read back with pdftotext, the workbook's sheet XML read back
// with unzip. LOKET_KEEP_SURVEY_REPORT=<folder> keeps the files to look at.
//
// Four responses in the fourth quarter of 2026 (the queue fixture's office):
//   R1 KTP  L 25 SMA PNS       4 4 4 4 4 4 4 3 4   (U1 … U9)
//   R2 KTP  P 34 S1  SWASTA    3 3 3 – 3 3 3 3 3   (U4 left out)
//   R3 KTP  P –  –   –         2 2 2 4 2 2 2 2 2
//   R4 KK   L 61 SD  LAINNYA   3 3 3 3 3 3 3 3 3
// NRR: U4 = 11/3, U8 = 11/4, the seven others 12/4 = 3. Σ NRR = 27 5/12.
// Exact weight: IKM = 27 5/12 / 9 = 3,046…; × 25 = 76,157… → 76,16, C.
// Weight 0,111: 27 5/12 × 0,111 × 25 = 76,08125 → 76,08, C.
// Ten tickets served: S = round(38410 / 3931) = 10; 4 answered, 6 more needed.
#include "core/storage/SettingsStore.h"
#include "core/survey/SurveyPlan.h"
#include "core/survey/SurveyReport.h"
#include "print/survey/SurveyReportPdf.h"
#include "print/survey/SurveyReportXlsx.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/support/FileModes.h"
#include "translations/Language.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace loket;

namespace {

struct Indonesian {
    Indonesian() { installLanguage(QStringLiteral("id")); }
    ~Indonesian() { installLanguage(QStringLiteral("en")); }
};

QDateTime wib(int m, int d, int hh)
{
    return QDateTime(QDate(2026, m, d), QTime(hh, 0), Qt::UTC).addSecs(-7 * 3600);
}

class ReportFixture : public test::QueueFixture {
public:
    ReportFixture()
        : survey(t.db(), clock)
        , report(t.db(), clock)
        , plan(t.db(), clock)
    {
        t.exec(QStringLiteral("UPDATE office SET city = 'Bandung', head_title = 'Camat Cibeunying Kaler', "
                              "head_name = 'Dra. Hj. Neneng Suryani, M.Si.', head_nip = '197305121998032004', "
                              "address = 'Jl. Cigadung Raya No. 5'"));
        add(ktp, "L", 25, "SMA", "PNS", {4, 4, 4, 4, 4, 4, 4, 3, 4}, wib(11, 2, 9));
        add(ktp, "P", 34, "S1", "SWASTA", {3, 3, 3, 0, 3, 3, 3, 3, 3}, wib(11, 3, 10));
        add(ktp, "P", 0, "", "", {2, 2, 2, 4, 2, 2, 2, 2, 2}, wib(11, 4, 11));
        add(kk, "L", 61, "SD", "LAINNYA", {3, 3, 3, 3, 3, 3, 3, 3, 3}, wib(11, 5, 12));
        // A response of the third quarter: in the trend, not in the report.
        add(ktp, "L", 40, "SMA", "PNS", {4, 4, 4, 4, 4, 4, 4, 4, 4}, wib(9, 30, 10));
        for (int i = 1; i <= 10; ++i) {
            t.exec(QStringLiteral("INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, "
                                  "issued_at) VALUES ('2026-11-1%1', %2, %3, 'X-%3', %2, 'done', 0)")
                       .arg(i % 10)
                       .arg(i <= 7 ? ktp : kk)
                       .arg(900 + i));
        }
    }

    void add(qint64 service, const char *gender, int age, const char *education, const char *occupation,
             const std::array<int, 9> &values, const QDateTime &at)
    {
        SurveyEntry e;
        e.channel = SurveyChannel::Paper;
        e.serviceId = service;
        e.answeredAt = at;
        for (int i = 0; i < 9; ++i) {
            if (values[size_t(i)] > 0)
                e.answers.insert(SurveyElements::codes().at(i), values[size_t(i)]);
        }
        e.profile = RespondentProfile {QLatin1String(gender), age, QLatin1String(education), QLatin1String(occupation)};
        auto r = survey.addResponse(sari, e);
        if (!r)
            FAIL(r.error().message.toStdString());
    }

    void planQ4()
    {
        PlanItemEntry e;
        e.periodCode = QStringLiteral("2026-Q4");
        e.element = QStringLiteral("U8");
        e.action = QStringLiteral("Kotak pengaduan dan nomor WhatsApp dipasang di ruang tunggu");
        e.personInCharge = QStringLiteral("Sekretaris Kecamatan");
        e.targetDate = QDate(2027, 1, 15);
        REQUIRE(plan.addItem(sari, e).ok());
        REQUIRE(plan.addPublication(sari, QStringLiteral("2026-Q4"), QStringLiteral("Papan pengumuman"),
                                    QDate(2026, 11, 20))
                    .ok());
        REQUIRE(plan.setForumDate(sari, QStringLiteral("2026-Q4"), QDate(2026, 11, 21)).ok());
    }

    SurveyReportData read(std::optional<IkmWeighting> weighting = std::nullopt)
    {
        SurveyReport::Options o;
        o.weighting = weighting;
        auto r = report.read(sari, QDate(2026, 10, 1), QDate(2026, 12, 31), o);
        if (!r)
            FAIL(r.error().message.toStdString());
        return r.value();
    }

    SurveyService survey;
    SurveyReport report;
    SurveyPlanService plan;
};

qint64 countOf(const SurveyReportData &d, const QString &field, const QString &code)
{
    for (const SurveyProfileTable &t : d.profiles) {
        if (t.field != field)
            continue;
        for (const SurveyProfileCount &c : t.rows) {
            if (c.code == code)
                return c.count;
        }
    }
    return -1;
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The XML of a workbook's part (unzip -p).
QString zipPart(const QString &path, const QString &part)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-p"), path, part});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A cell's value in a sheet's XML: the number, or the shared string's text.
QString cell(const QString &sheetXml, const QStringList &shared, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v>").arg(ref));
    const auto m = re.match(sheetXml);
    if (!m.hasMatch())
        return {};
    if (m.captured(1).contains(QLatin1String("t=\"s\"")))
        return shared.value(m.captured(2).toInt());
    return m.captured(2);
}

QStringList sharedStrings(const QString &xml)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("<si>.*?<t[^>]*>([^<]*)</t>.*?</si>"),
                                QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(xml); it.hasNext();)
        out << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

QString keep(const QString &path)
{
    const QString folder = qEnvironmentVariable("LOKET_KEEP_SURVEY_REPORT");
    if (!folder.isEmpty()) {
        const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return path;
}

} // namespace

TEST_CASE("the report's data: the index, respondents by profile, the rows, the trend and the plan", "[survey][report]")
{
    ReportFixture f;
    f.planQ4();
    const SurveyReportData d = f.read();
    REQUIRE(d.index.period);
    CHECK(d.index.period->code() == QLatin1String("2026-Q4"));
    CHECK(d.index.office.ikm.respondents == 4);
    CHECK(d.index.office.ikm.convertedCenti == 7616);
    CHECK(d.index.office.ikm.grade == IkmGrade::C);
    CHECK(d.index.office.sample.population == 10);
    CHECK(d.index.office.sample.required == 10);
    CHECK(d.index.office.sample.missing() == 6);
    CHECK(d.office.headNip == QLatin1String("197305121998032004"));

    CHECK(countOf(d, QStringLiteral("gender"), QStringLiteral("L")) == 2);
    CHECK(countOf(d, QStringLiteral("gender"), QStringLiteral("P")) == 2);
    CHECK(countOf(d, QStringLiteral("age"), QStringLiteral("20-29")) == 1);
    CHECK(countOf(d, QStringLiteral("age"), QStringLiteral("30-39")) == 1);
    CHECK(countOf(d, QStringLiteral("age"), QStringLiteral("60+")) == 1);
    CHECK(countOf(d, QStringLiteral("age"), QString()) == 1); // not given
    CHECK(countOf(d, QStringLiteral("education"), QStringLiteral("S3")) == 0); // every choice listed
    CHECK(countOf(d, QStringLiteral("occupation"), QString()) == 1);
    CHECK(countOf(d, QStringLiteral("service"), QStringLiteral("KTP")) == 3);
    CHECK(countOf(d, QStringLiteral("channel"), QStringLiteral("paper")) == 4);

    // One row per response, oldest first, the left-out answer as 0.
    REQUIRE(d.rows.size() == 4);
    CHECK(d.rows.at(0).day == QDate(2026, 11, 2));
    CHECK(d.rows.at(1).answers[3] == 0);
    CHECK(d.rows.at(1).answers[0] == 3);
    CHECK(d.rows.at(3).serviceCode == QLatin1String("KK"));
    CHECK(d.answerCounts[3][3] == 2); // U4 answered 4 twice
    CHECK(d.answerCounts[7][1] == 1); // U8 answered 2 once

    // The trend: six quarters ending with the fourth, Q3 with its one response (100,00).
    REQUIRE(d.trend.size() == 6);
    CHECK(d.trend.last().period.code() == QLatin1String("2026-Q4"));
    CHECK(d.trend.last().convertedCenti == 7616);
    CHECK(d.trend.at(4).respondents == 1);
    CHECK(d.trend.at(4).convertedCenti == 10000);
    CHECK_FALSE(d.trend.at(0).convertedCenti.has_value());

    // The weakest element is U8 (68,75), the strongest U4 (91,67).
    const auto ranked = d.elementsByScore();
    REQUIRE(ranked.size() == 9);
    CHECK(ranked.first()->code == QLatin1String("U8"));
    CHECK(ranked.last()->code == QLatin1String("U4"));

    REQUIRE(d.planItems.size() == 1);
    CHECK(d.planItems.first().element == QLatin1String("U8"));
    REQUIRE(d.publications.size() == 1);
    CHECK(d.forumDate == QDate(2026, 11, 21));
    CHECK(d.periodCodes.contains(QStringLiteral("2026-Q4")));

    // The printed weight moves the result: 76,08.
    CHECK(f.read(IkmWeighting::Printed).index.office.ikm.convertedCenti == 7608);
}

TEST_CASE("the report needs ViewReports: an officer is refused, and the refusal is audited", "[survey][report]")
{
    ReportFixture f;
    auto r = f.report.read(f.siti, QDate(2026, 10, 1), QDate(2026, 12, 31));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.report' AND outcome <> 'ok'")) == 1);
    auto backwards = f.report.read(f.sari, QDate(2026, 12, 31), QDate(2026, 10, 1));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the report's settings: stored through SettingsStore, defaults when empty, ManageSurvey only", "[survey][report]")
{
    ReportFixture f;
    CHECK(f.read().method == SurveyReportSettings::defaultMethod());
    SurveyReportSettings s;
    s.team = QStringLiteral("Asep Saepudin — ketua\n\nRina Marlina — anggota");
    s.place = QStringLiteral("Ruang pelayanan terpadu lantai 1");
    CHECK(f.report.setSettings(f.siti, s).error().code == ErrorCode::PermissionDenied);
    REQUIRE(f.report.setSettings(f.sari, s).ok());
    const SurveyReportData d = f.read();
    CHECK(d.team == QStringList {QStringLiteral("Asep Saepudin — ketua"), QStringLiteral("Rina Marlina — anggota")});
    CHECK(d.place == s.place);
    CHECK(d.method == SurveyReportSettings::defaultMethod());
    CHECK(SettingsStore(f.t.db()).stringValue(QLatin1String(SettingKey::SurveyReportPlace)) == s.place);
}

TEST_CASE("the PDF in the standard outline, with the hand-computed figures, the weighting and the NIP", "[survey][report]")
{
    Indonesian id;
    ReportFixture f;
    f.planQ4();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laporan-skm.pdf"));
    auto pages = SurveyReportPdf::write(path, f.read());
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 3);
    CHECK(test::ownerOnly(path));
    const QString text = pdfText(keep(path)).simplified();
    INFO(text.toStdString());
    for (const char *heading : {"LAPORAN SURVEI KEPUASAN MASYARAKAT", "BAB I PENDAHULUAN", "BAB II PENGUMPULAN DATA",
                                "BAB III HASIL", "BAB IV ANALISIS", "BAB V PENUTUP", "LAMPIRAN", "Dasar hukum",
                                "Nomor 25 Tahun 2009", "Nomor 14 Tahun 2017", "Rencana tindak lanjut", "Tren"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK(text.contains(QStringLiteral("Triwulan IV 2026")));
    CHECK(text.contains(QStringLiteral("1 Oktober 2026")));
    // The figures: converted 76,16 (C), U4 91,67 and its NRR 3,667, U8 68,75, weighted U1 3 × 1/9 = 0,333.
    CHECK(text.contains(QStringLiteral("76,16")));
    CHECK(text.contains(QStringLiteral("91,67")));
    CHECK(text.contains(QStringLiteral("3,667")));
    CHECK(text.contains(QStringLiteral("68,75")));
    CHECK(text.contains(QStringLiteral("0,333")));
    CHECK(text.contains(QStringLiteral("C (Kurang Baik)")));
    CHECK_FALSE(text.contains(QStringLiteral("76.16")));
    // The weighting said, the sample, the NIP under the head's name.
    CHECK(text.contains(QStringLiteral("Bobot yang digunakan: 1/9")));
    CHECK(text.contains(QStringLiteral("belum cukup")));
    CHECK(text.contains(QStringLiteral("NIP. 19730512 199803 2 004")));
    CHECK(text.contains(QStringLiteral("Dra. Hj. Neneng Suryani, M.Si.")));
    // The plan, the publication and the forum.
    CHECK(text.contains(QStringLiteral("Kotak pengaduan")));
    CHECK(text.contains(QStringLiteral("Papan pengumuman")));
    CHECK(text.contains(QStringLiteral("21 November 2026")));
    // The questionnaire asks U9 as question 8 and U8 as question 9.
    const qsizetype u9 = text.indexOf(QStringLiteral("8 U9 Sarana"));
    const qsizetype u8 = text.indexOf(QStringLiteral("9 U8 Penanganan"));
    CHECK(u9 > 0);
    CHECK(u8 > u9);
}

TEST_CASE("the PDF with the printed weight says so", "[survey][report]")
{
    Indonesian id;
    ReportFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laporan-0111.pdf"));
    REQUIRE(SurveyReportPdf::write(path, f.read(IkmWeighting::Printed)).ok());
    const QString text = pdfText(path).simplified();
    CHECK(text.contains(QStringLiteral("Bobot yang digunakan: 0,111")));
    CHECK(text.contains(QStringLiteral("76,08")));
    CHECK_FALSE(text.contains(QStringLiteral("76,16")));
}

TEST_CASE("the workbook: one row per respondent with U1 to U9, the NRR rows under them, a sheet per service",
          "[survey][report]")
{
    Indonesian id;
    ReportFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("skm.xlsx"));
    REQUIRE(SurveyReportXlsx::write(path, f.read()).ok());
    CHECK(test::ownerOnly(keep(path)));
    const QStringList shared = sharedStrings(zipPart(path, QStringLiteral("xl/sharedStrings.xml")));
    const QString sheet = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE_FALSE(sheet.isEmpty());
    // The header row (row 6): U1 in column I … U9 in column Q.
    CHECK(cell(sheet, shared, QStringLiteral("A6")) == QLatin1String("No"));
    CHECK(cell(sheet, shared, QStringLiteral("I6")) == QLatin1String("U1"));
    CHECK(cell(sheet, shared, QStringLiteral("Q6")) == QLatin1String("U9"));
    // Respondents in rows 7–10; R2 left U4 (column L) out.
    CHECK(cell(sheet, shared, QStringLiteral("I7")) == QLatin1String("4"));
    CHECK(cell(sheet, shared, QStringLiteral("P7")) == QLatin1String("3"));
    CHECK(cell(sheet, shared, QStringLiteral("L8")).isEmpty());
    CHECK(cell(sheet, shared, QStringLiteral("C10")) == QLatin1String("Kartu Keluarga"));
    // Under them: the sums (row 12), the count answering, the NRR (row 14), the weighted NRR (row 15).
    CHECK(cell(sheet, shared, QStringLiteral("A12")) == QLatin1String("Jumlah nilai per unsur"));
    CHECK(cell(sheet, shared, QStringLiteral("L12")) == QLatin1String("11"));
    CHECK(cell(sheet, shared, QStringLiteral("L13")) == QLatin1String("3"));
    CHECK(cell(sheet, shared, QStringLiteral("A14")) == QLatin1String("NRR per unsur"));
    CHECK(cell(sheet, shared, QStringLiteral("I14")).toDouble() == Approx(3.0));
    CHECK(cell(sheet, shared, QStringLiteral("L14")).toDouble() == Approx(11.0 / 3.0));
    CHECK(cell(sheet, shared, QStringLiteral("P14")).toDouble() == Approx(2.75));
    CHECK(cell(sheet, shared, QStringLiteral("A15")).startsWith(QLatin1String("NRR tertimbang per unsur")));
    CHECK(cell(sheet, shared, QStringLiteral("I15")).toDouble() == Approx(3.0 / 9.0));
    // IKM, IKM konversi and mutu.
    CHECK(cell(sheet, shared, QStringLiteral("I17")).toDouble() == Approx((27.0 + 5.0 / 12.0) / 9.0));
    CHECK(cell(sheet, shared, QStringLiteral("I18")).toDouble() == Approx(76.16));
    CHECK(cell(sheet, shared, QStringLiteral("I19")) == QLatin1String("C (Kurang Baik)"));
    CHECK(shared.contains(QStringLiteral("Bobot: 1/9 per unsur (tepat)")));
    // Sheets: the respondents, the results, KTP and KK.
    const QString book = zipPart(path, QStringLiteral("xl/workbook.xml"));
    CHECK(book.count(QStringLiteral("<sheet ")) == 4);
    CHECK(book.contains(QStringLiteral("KTP KTP-el")));
}
