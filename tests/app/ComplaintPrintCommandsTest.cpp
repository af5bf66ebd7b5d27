// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint receipt|letter run as a process: the receipt as ESC/POS
// and PDF, the response letter as PDF, all private files; the person only
// where the role allows it; nothing written for an unknown complaint.
#include "core/auth/UserService.h"
#include "core/printing/EscPosDecoder.h"
#include "tests/support/FileModes.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace loket;

namespace {

const QString kPassword = QStringLiteral("kecamatan-sukamaju-2026");
const QString kResponse = QStringLiteral("Jadwal piket loket KTP-el telah diperbaiki mulai pekan depan.");

struct Office {
    test::TempDatabase t;
    QTemporaryDir dir;
    Office()
    {
        ManualClock clock(test::defaultTestMoment());
        t.exec(QStringLiteral("INSERT INTO office (id, name, city, head_title, head_name, head_nip, time_zone) VALUES "
                              "(1, 'Kecamatan Sukamaju', 'Sukamaju', 'Camat Sukamaju', 'Drs. Asep Mulyana', "
                              "'197205141998031007', 'WIB')"));
        for (int weekday = 1; weekday <= 5; ++weekday)
            t.exec(QStringLiteral("INSERT INTO office_hours VALUES (%1, '07:30', '16:00')").arg(weekday));
        t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));
        UserService users(t.db(), clock);
        auto admin = users.createFirstAdmin(
            { .username = QStringLiteral("admin"), .fullName = QStringLiteral("Admin"), .password = kPassword });
        REQUIRE(admin.ok());
        for (const auto &[name, full, nip, role] : { std::tuple { "siti", "Siti Rahma", "", Role::Officer },
                 { "dewi", "Dewi Anggraini", "198606302011011008", Role::FollowUp } }) {
            REQUIRE(users
                        .addUser(admin->actor(),
                            { .username = QLatin1String(name),
                                .fullName = QLatin1String(full),
                                .nip = QLatin1String(nip),
                                .role = role,
                                .password = kPassword })
                        .ok());
        }
    }
    test::CliRun run(const QString &user, QStringList args)
    {
        args.prepend(QStringLiteral("complaint"));
        args.prepend(QStringLiteral("--json"));
        return test::runLoketctl({ .database = t.path(), .args = args, .user = user, .password = kPassword });
    }
    QString file(const QString &name) const { return dir.filePath(name); }
    // Logged by siti, verified and answered by dewi; the register number.
    QString answered(const QString &summary, const QStringList &extra, const QString &response = kResponse)
    {
        auto added = run(QStringLiteral("siti"),
            QStringList { QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("langsung"),
                QStringLiteral("--service"), QStringLiteral("KTP"), QStringLiteral("--summary"), summary }
                + extra);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const QString number = added.json().value(QStringLiteral("number")).toString();
        REQUIRE(run(QStringLiteral("dewi"),
                    { QStringLiteral("verify-step"), number, QStringLiteral("--outcome"), QStringLiteral("complete") })
                    .exitCode
            == 0);
        REQUIRE(run(QStringLiteral("dewi"), { QStringLiteral("assign"), number, QStringLiteral("dewi") }).exitCode == 0);
        auto r = run(QStringLiteral("dewi"),
            { QStringLiteral("respond"), number, response, QStringLiteral("--letter"),
                QStringLiteral("400.8/17/Kec.Skm") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return number;
    }
};

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        WARN("pdftotext is not installed: the PDF's words are not checked");
        return {};
    }
    QProcess p;
    p.start(tool, { path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString slipText(const QString &path)
{
    return EscPosDecoder::textLines(EscPosDecoder::decode(test::fileBytes(path))).join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("the receipt as ESC/POS and as PDF, private, and a rahasia one names nobody", "[complaints][loketctl]")
{
    test::Umask umask(022);
    Office o;
    const QString open = o.answered(QStringLiteral("Antrian KTP lambat sekali"),
        { QStringLiteral("--name"), QStringLiteral("Rudi Hartono"), QStringLiteral("--address"),
            QStringLiteral("Jl. Melati 3") });
    const QString secret = o.answered(QStringLiteral("Pungutan liar di loket"),
        { QStringLiteral("--name"), QStringLiteral("Neneng Suryani"), QStringLiteral("--confidential") });

    const QString bin = o.file(QStringLiteral("receipt.bin"));
    auto r = o.run(QStringLiteral("siti"), { QStringLiteral("receipt"), open, QStringLiteral("--escpos"), bin });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("bytes")).toInt() == QFileInfo(bin).size());
    CHECK(test::fileBytes(bin).startsWith("\x1b@"));
    CHECK(test::ownerOnly(bin));
    CHECK(slipText(bin).contains(open));
    CHECK(slipText(bin).contains(QStringLiteral("Rudi Hartono"))); // siti logged it: she may see the name

    // The follow-up team may see who made the rahasia one, but the paper never says.
    const QString secretBin = o.file(QStringLiteral("secret.bin"));
    REQUIRE(o.run(QStringLiteral("dewi"), { QStringLiteral("receipt"), secret, QStringLiteral("--escpos"), secretBin })
                .exitCode
        == 0);
    CHECK(slipText(secretBin).contains(secret));
    CHECK_FALSE(slipText(secretBin).contains(QStringLiteral("Neneng")));

    const QString pdf = o.file(QStringLiteral("receipt.pdf"));
    auto p = o.run(QStringLiteral("siti"), { QStringLiteral("receipt"), secret, QStringLiteral("--pdf"), pdf });
    INFO(p.err.toStdString());
    REQUIRE(p.exitCode == 0);
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(test::ownerOnly(pdf));
    if (const QString words = pdfText(pdf); !words.isEmpty()) {
        CHECK(words.contains(secret));
        CHECK(words.contains(QStringLiteral("KECAMATAN SUKAMAJU")));
        CHECK_FALSE(words.contains(QStringLiteral("Neneng")));
    }

    // Both or neither of --escpos and --pdf is a usage error.
    CHECK(o.run(QStringLiteral("siti"), { QStringLiteral("receipt"), open }).exitCode == 1);
}

TEST_CASE("the response letter as a private A4 PDF with the number, the response and the NIP", "[complaints][loketctl]")
{
    test::Umask umask(022);
    Office o;
    const QString number = o.answered(QStringLiteral("Antrian KTP lambat sekali"),
        { QStringLiteral("--name"), QStringLiteral("Rudi Hartono"), QStringLiteral("--address"),
            QStringLiteral("Jl. Melati 3") });
    const QString pdf = o.file(QStringLiteral("letter.pdf"));
    auto r = o.run(QStringLiteral("dewi"), { QStringLiteral("letter"), number, QStringLiteral("--pdf"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pages")).toInt() == 1);
    CHECK(r.json().value(QStringLiteral("letter_number")).toString() == QStringLiteral("400.8/17/Kec.Skm"));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(test::ownerOnly(pdf));
    if (const QString words = pdfText(pdf); !words.isEmpty()) {
        CHECK(words.contains(number));
        CHECK(words.contains(kResponse));
        CHECK(words.contains(QStringLiteral("400.8/17/Kec.Skm")));
        CHECK(words.contains(QStringLiteral("Rudi Hartono")));
        CHECK(words.contains(QStringLiteral("Jl. Melati 3")));
        CHECK(words.contains(QStringLiteral("NIP. 19860630 201101 1 008"))); // dewi signs
        CHECK(words.contains(QStringLiteral("Dewi Anggraini")));
    }

    // A long response flows onto a second page, the signature with it.
    QString longResponse;
    for (int i = 1; i <= 40; ++i)
        longResponse += QStringLiteral("Paragraf %1: petugas telah memeriksa berkas, menghubungi pelapor dan "
                                       "memperbaiki jadwal pelayanan sesuai standar yang berlaku.\n\n")
                            .arg(i);
    const QString longOne = o.answered(QStringLiteral("Berkas KK hilang"), {}, longResponse.trimmed());
    const QString two = o.file(QStringLiteral("long.pdf"));
    auto l = o.run(QStringLiteral("dewi"), { QStringLiteral("letter"), longOne, QStringLiteral("--pdf"), two });
    REQUIRE(l.exitCode == 0);
    CHECK(l.json().value(QStringLiteral("pages")).toInt() >= 2);
    if (const QString words = pdfText(two); !words.isEmpty()) {
        CHECK(words.contains(QStringLiteral("Paragraf 1:")));
        CHECK(words.contains(QStringLiteral("Paragraf 40:")));
        CHECK(words.contains(QStringLiteral("NIP.")));
    }
}

TEST_CASE("an officer gets no letter of a rahasia complaint, and an unknown complaint writes nothing",
    "[complaints][loketctl]")
{
    Office o;
    const QString secret = o.answered(QStringLiteral("Pungutan liar di loket"),
        { QStringLiteral("--name"), QStringLiteral("Neneng Suryani"), QStringLiteral("--confidential") });

    // siti logged it and may read it, but not who made it: a letter would need
    // the addressee, so she is refused (exit 4), the refusal in the audit log.
    const QString refused = o.file(QStringLiteral("refused.pdf"));
    auto r = o.run(QStringLiteral("siti"), { QStringLiteral("letter"), secret, QStringLiteral("--pdf"), refused });
    CHECK(r.exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(refused));
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.identity_view' "
                                    "AND outcome = 'refused'"))
              .toInt()
        == 1);

    // The follow-up team sends it: the name is on it.
    const QString sent = o.file(QStringLiteral("sent.pdf"));
    REQUIRE(o.run(QStringLiteral("dewi"), { QStringLiteral("letter"), secret, QStringLiteral("--pdf"), sent }).exitCode
        == 0);
    if (const QString words = pdfText(sent); !words.isEmpty())
        CHECK(words.contains(QStringLiteral("Neneng Suryani")));

    for (const QStringList &args :
        { QStringList { QStringLiteral("letter"), QStringLiteral("ADU/2026/11/9999"), QStringLiteral("--pdf") },
            QStringList { QStringLiteral("receipt"), QStringLiteral("ADU/2026/11/9999"), QStringLiteral("--pdf") },
            QStringList {
                QStringLiteral("receipt"), QStringLiteral("ADU/2026/11/9999"), QStringLiteral("--escpos") } }) {
        const QString none = o.file(QStringLiteral("none-%1").arg(args.first()));
        auto u = o.run(QStringLiteral("dewi"), args + QStringList { none });
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        CHECK(u.exitCode == 2);
        CHECK_FALSE(u.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(none));
    }
}
