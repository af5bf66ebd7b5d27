// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The minutes of a suggestion-box opening as an A4 PDF, read back with
// pdftotext: what the head of office signs and the inspector reads.
// LOKET_KEEP_MINUTES=<folder> keeps the PDFs there to look at.
#include "core/common/IndonesianWords.h"
#include "print/suggestions/MinutesPdf.h"
#include "tests/support/FileModes.h"
#include "translations/Language.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace loket;

namespace {

struct Indonesian {
    Indonesian() { installLanguage(QStringLiteral("id")); }
    ~Indonesian()
    {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QByteArray logo()
{
    QImage image(120, 120, QImage::Format_ARGB32);
    image.fill(QColor(0x2b, 0x57, 0x97));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

SessionMember member(MemberRole role, const QString &name, const QString &nip, const QString &teamRole)
{
    SessionMember m;
    m.role = role;
    m.name = name;
    m.nip = nip;
    m.teamRole = teamRole;
    return m;
}

// How many slips of each kind the minutes hold: all different, so each count is told apart.
constexpr int kPerKind[5] = { 8, 6, 4, 3, 2 }; // 23

const QString kLong = QStringLiteral(
    "Saya datang tiga kali untuk mengurus akta kelahiran anak saya dan setiap kali diminta melengkapi berkas yang "
    "berbeda, padahal di papan standar pelayanan tidak tertulis persyaratan tersebut. Petugas di loket dua tidak "
    "menjelaskan alasannya dan menyuruh saya kembali minggu depan. Mohon persyaratan dibuat jelas dan sama untuk "
    "semua warga, dan petugas diberi pengarahan agar ramah. Terima kasih, semoga segera ditindaklanjuti.");

SuggestionMinutes minutes(bool isSigned)
{
    SuggestionMinutes m;
    m.office.name = QStringLiteral("Kecamatan Cibinong");
    m.office.parentAgency = QStringLiteral("Pemerintah Kabupaten Bogor");
    m.office.address = QStringLiteral("Jl. Raya Bogor Km. 43");
    m.office.city = QStringLiteral("Cibinong");
    m.office.postalCode = QStringLiteral("16911");
    m.office.phone = QStringLiteral("(021) 8753456");
    m.office.email = QStringLiteral("kecamatan.cibinong@bogorkab.go.id");
    m.office.headTitle = QStringLiteral("Camat Cibinong");
    m.office.headName = QStringLiteral("Drs. H. Ahmad Fauzi, M.Si.");
    m.office.headNip = QStringLiteral("197205141998031007");
    m.office.logoPng = logo();

    SuggestionSession &s = m.session;
    s.id = 7;
    s.boxName = QStringLiteral("Kotak Saran 1");
    s.boxLocation = QStringLiteral("Ruang tunggu lantai 1");
    s.openedOn = QDate(2026, 11, 30);
    s.openedTime = QTime(9, 0);
    s.periodFrom = QDate(2026, 11, 1);
    s.periodTo = QDate(2026, 11, 30);
    s.seal = SealCondition::Rusak;
    s.sealNote = QStringLiteral("segel kertas robek di sisi kiri, gembok masih terkunci");
    s.state = isSigned ? SessionState::Signed : SessionState::Draft;
    s.number = isSigned ? QStringLiteral("BA/KS/2026/11/01") : QString();
    if (isSigned) {
        s.headTitle = QStringLiteral("Camat Cibinong");
        s.headName = QStringLiteral("Drs. H. Ahmad Fauzi, M.Si.");
        s.headNip = QStringLiteral("19720514 199803 1 007");
    }
    s.members = {
        member(MemberRole::Opener, QStringLiteral("Siti Rahmawati, S.Sos."), QStringLiteral("198403122009022004"),
            QStringLiteral("Ketua")),
        member(MemberRole::Opener, QStringLiteral("Budi Santoso"), QStringLiteral("199001052015031002"),
            QStringLiteral("Sekretaris")),
        member(MemberRole::Opener, QStringLiteral("Dewi Lestari, A.Md."), QStringLiteral("199207182019032011"),
            QStringLiteral("Anggota")),
        member(MemberRole::Witness, QStringLiteral("Ir. Hendra Gunawan"), QStringLiteral("197811232005011003"),
            QStringLiteral("Inspektorat")),
        member(MemberRole::Witness, QStringLiteral("Ujang Sopandi"), QString(), QStringLiteral("Unsur masyarakat")),
    };

    const QStringList services { QStringLiteral("Pembuatan KTP-el"), QStringLiteral("Akta kelahiran"),
        QStringLiteral("Surat keterangan pindah"), QString() };
    const QStringList owners { QStringLiteral("Budi Santoso"), QStringLiteral("Dewi Lestari"), QString() };
    const QStringList openings { QStringLiteral("Antrean"), QStringLiteral("Petugas"), QStringLiteral("Ruang"),
        QStringLiteral("Terima"), QStringLiteral("Kapan"), QStringLiteral("Toilet"), QStringLiteral("Parkir") };
    int number = 0;
    for (int k = 0; k < 5; ++k) {
        for (int i = 0; i < kPerKind[k]; ++i) {
            SuggestionSlip slip;
            slip.number = ++number;
            slip.entry.kind = SlipKind(k);
            slip.entry.decision = SlipDecision((number + k) % 5);
            slip.entry.summary = number == 2 ? kLong
                                             : QStringLiteral("%1 lembar nomor %2 tentang pelayanan di kantor kecamatan")
                                                   .arg(openings.at(number % openings.size()))
                                                   .arg(number);
            slip.serviceName = services.at(number % services.size());
            slip.entry.element = number % 3 == 0 ? QString() : QStringLiteral("U%1").arg(number % 9 + 1);
            slip.ownerName = owners.at(number % owners.size());
            slip.entry.target = number % 4 == 0 ? QDate() : QDate(2026, 12, 1).addDays(number);
            m.slips << slip;
            m.summary.byKind.at(std::size_t(k))++;
            m.summary.byDecision.at(std::size_t(*slip.entry.decision))++;
            m.summary.total++;
        }
    }
    s.slipCount = m.summary.total;
    return m;
}

QString pdfText(const QString &path, int page = 0, bool layout = false)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        FAIL("pdftotext (poppler-utils) is not installed");
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    if (layout)
        args << QStringLiteral("-layout");
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Keeps a copy to look at, when asked.
void keep(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("LOKET_KEEP_MINUTES");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile::remove(folder + QLatin1Char('/') + name);
    QFile::copy(path, folder + QLatin1Char('/') + name);
}

// The row of slip n in the layout text: its number at the start of a line, then its summary's first word.
bool rowOf(const QString &layoutText, const SuggestionSlip &slip)
{
    const QString first = slip.entry.summary.section(QLatin1Char(' '), 0, 0);
    const QRegularExpression row(QStringLiteral("(^|\\n)\\s*%1\\s+%2\\b").arg(slip.number).arg(first));
    return row.match(layoutText).hasMatch();
}

} // namespace

TEST_CASE("the signed minutes carry the number, the date in words, every slip and the signatures",
    "[suggestions][print]")
{
    Indonesian id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ba.pdf"));
    const SuggestionMinutes m = minutes(true);
    test::Umask umask(022);
    auto pages = MinutesPdf::write(path, m);
    REQUIRE(pages.ok());
    keep(path, QStringLiteral("minutes-signed.pdf"));
    CHECK(pages.value() >= 2);
    CHECK(test::ownerOnly(path));

    const QString raw = pdfText(path);
    const QString text = raw.simplified();
    CAPTURE(raw.toStdString());
    CHECK(text.contains(QStringLiteral("BERITA ACARA PEMBUKAAN KOTAK SARAN")));
    CHECK(text.contains(QStringLiteral("Nomor: BA/KS/2026/11/01")));
    CHECK(text.contains(
        QStringLiteral("Pada hari ini Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam")));
    CHECK(text.contains(QStringLiteral("pukul 09.00 WIB")));
    CHECK(text.contains(QStringLiteral("Ruang tunggu lantai 1")));
    CHECK(text.contains(QStringLiteral("1 November 2026 s.d. 30 November 2026")));
    CHECK(text.contains(QStringLiteral("Rusak (segel kertas robek di sisi kiri, gembok masih terkunci)")));
    CHECK(text.contains(QStringLiteral("Unsur masyarakat")));
    CHECK(text.contains(QStringLiteral("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
                                       "sebagaimana mestinya.")));
    CHECK(text.contains(QStringLiteral("Cibinong, 30 November 2026")));
    CHECK(text.contains(QStringLiteral("Mengetahui")));
    CHECK(text.contains(QStringLiteral("Camat Cibinong")));
    CHECK(text.contains(QStringLiteral("NIP. 19720514 199803 1 007")));
    CHECK(!text.contains(QStringLiteral("198403122009022004")));
    CHECK(text.contains(QStringLiteral("NIP. 19840312 200902 2 004"))); // an opener's, grouped too
    CHECK(!text.contains(QStringLiteral("DRAF")));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari %1").arg(pages.value())));
    CHECK(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages.value())));
    // The long summary is there to its last words, nothing cut off.
    CHECK(text.contains(QStringLiteral("semoga segera")));
    CHECK(text.contains(QStringLiteral("ditindaklanjuti.")));

    // The count by kind, as many as the slips of each kind given, and the total.
    const QString layout = pdfText(path, 0, true);
    for (const SlipKind kind : allSlipKinds()) {
        const QString name = QRegularExpression::escape(slipKindName(kind));
        const QRegularExpression count(QStringLiteral("\\d\\.\\s+%1\\s+(\\d+)\\s*(\\n|$)").arg(name));
        const auto match = count.match(layout);
        CAPTURE(slipKindName(kind).toStdString());
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).toInt() == kPerKind[int(kind)]);
    }
    const QRegularExpression total(QStringLiteral("Jumlah\\s+23\\s*\\n"));
    CHECK(total.match(layout).hasMatch());

    // Every slip's row, and on every page the slips run onto, the table's header again.
    int found = 0;
    int pagesWithSlips = 0;
    for (int page = 1; page <= pages.value(); ++page) {
        const QString pageText = pdfText(path, page, true);
        int here = 0;
        for (const SuggestionSlip &slip : m.slips)
            here += rowOf(pageText, slip) ? 1 : 0;
        found += here;
        if (here > 0) {
            ++pagesWithSlips;
            CAPTURE(page);
            CHECK(pageText.contains(QStringLiteral("Penanggung")));
            CHECK(pageText.contains(QStringLiteral("Keputusan")));
        }
        // The title of the slips' table stays with its header and first row.
        if (pageText.contains(QStringLiteral("D. Daftar lembar saran"))) {
            CHECK(pageText.contains(QStringLiteral("Ringkasan isi")));
            CHECK(rowOf(pageText, m.slips.first()));
        }
        // The signatures are never split: the head's, with its NIP, on the page of every other.
        if (pageText.contains(QStringLiteral("Mengetahui"))) {
            CHECK(pageText.contains(QStringLiteral("NIP. 19720514 199803 1 007")));
            CHECK(pageText.contains(QStringLiteral("Demikian berita acara")));
            for (const QString &nip : { QStringLiteral("NIP. 19840312 200902 2 004"),
                     QStringLiteral("NIP. 19920718 201903 2 011"), QStringLiteral("NIP. 19781123 200501 1 003") })
                CHECK(pageText.contains(nip));
            CHECK(pageText.contains(QStringLiteral("Ujang Sopandi")));
        }
    }
    CHECK(found == m.slips.size());
    CHECK(pagesWithSlips >= 2); // the table does break across pages here
}

TEST_CASE("a draft says DRAF and has no number", "[suggestions][print]")
{
    Indonesian id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.pdf"));
    auto pages = MinutesPdf::write(path, minutes(false));
    REQUIRE(pages.ok());
    keep(path, QStringLiteral("minutes-draft.pdf"));
    const QString text = pdfText(path).simplified();
    CHECK(text.contains(QStringLiteral("DRAF")));
    CHECK(text.contains(QStringLiteral("Nomor: —")));
    CHECK(!text.contains(QStringLiteral("BA/KS/")));
    // The head of office from the profile, until the session is signed.
    CHECK(text.contains(QStringLiteral("NIP. 19720514 199803 1 007")));
    // Every page is marked.
    for (int page = 1; page <= pages.value(); ++page)
        CHECK(pdfText(path, page).contains(QStringLiteral("DRAF")));
}

TEST_CASE("minutes into a folder that does not exist fail and leave no file", "[suggestions][print]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/ba.pdf"));
    auto pages = MinutesPdf::write(path, minutes(true));
    REQUIRE_FALSE(pages.ok());
    CHECK(pages.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("no"))).exists());
}

TEST_CASE("the minutes in English keep the Indonesian date in words", "[suggestions][print]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(MinutesPdf::write(path, minutes(true)).ok());
    keep(path, QStringLiteral("minutes-en.pdf"));
    const QString text = pdfText(path).simplified();
    CHECK(text.contains(QStringLiteral("MINUTES OF THE OPENING OF THE SUGGESTION BOX")));
    CHECK(text.contains(IndonesianWords::openingPhrase(QDate(2026, 11, 30))));
}

TEST_CASE("minutes of an empty box in another time zone, with the person's text printed as typed",
    "[suggestions][print]")
{
    Indonesian id;
    SuggestionMinutes m = minutes(true);
    m.slips.clear();
    m.summary = SessionSummary {};
    m.office.timeZone = OfficeTimeZone::WITA;
    m.office.city.clear();
    m.session.openedTime = QTime(13, 30);
    m.session.openedOn = QDate(2027, 1, 1);
    m.session.place = QStringLiteral("Aula <lantai 2> & teras");
    m.session.seal = SealCondition::Utuh;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    auto pages = MinutesPdf::write(path, m);
    REQUIRE(pages.ok());
    CHECK(pages.value() <= 2);
    const QString text = pdfText(path).simplified();
    CHECK(text.contains(QStringLiteral("Pada hari ini Jumat tanggal satu bulan Januari tahun dua ribu dua puluh tujuh")));
    CHECK(text.contains(QStringLiteral("pukul 13.30 WITA")));
    CHECK(text.contains(QStringLiteral("Aula <lantai 2> & teras")));
    CHECK(text.contains(QStringLiteral("Kotak saran tidak berisi lembar saran.")));
    CHECK(text.contains(QStringLiteral("Jumlah lembar saran : 0 (nol)")));
    CHECK(text.contains(QStringLiteral("Keadaan segel : Utuh")));
    CHECK(QRegularExpression(QStringLiteral("Jumlah\\s+0")).match(pdfText(path, 0, true)).hasMatch());
    CHECK(text.contains(QStringLiteral("1 Januari 2027"))); // the date above the signatures, without a city
}
