// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl suggestion: a month's opening from the box on the table to signed
// minutes and the complaints they made on the follow-up team's list.
#include "tests/app/ComplaintOffice.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::test;

namespace {

struct SuggestionOffice : ComplaintOffice {
    SuggestionOffice()
    {
        t.exec(QStringLiteral("UPDATE office SET head_name = 'Drs. Hendra Gunawan, M.Si', head_title = 'Camat Sukamaju', "
                              "head_nip = '197512031998031004' WHERE id = 1"));
    }
    // loketctl as `user`, in Indonesian (the language the office reads).
    CliRun run(const QString &user, QStringList args, bool json = true)
    {
        if (json)
            args.prepend(QStringLiteral("--json"));
        return runLoketctl({.database = t.path(), .args = args, .user = user, .password = kPassword,
                            .env = {{QStringLiteral("LOKET_LANG"), QStringLiteral("id")}}});
    }
    // Runs and requires success; the JSON answer.
    QJsonObject ok(const QString &user, const QStringList &args)
    {
        const CliRun r = run(user, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json();
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
    p.start(tool, {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("A month's opening from the box to signed minutes and the follow-up team's complaints")
{
    SuggestionOffice o;
    const QString boxId = QString::number(
        o.ok(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("box"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("Kotak Saran 1"), QStringLiteral("--location"),
                                     QStringLiteral("Ruang tunggu lantai 1")})
            .value(QStringLiteral("id"))
            .toInteger());
    REQUIRE(boxId.toInt() > 0);
    // Opened on Friday 20 November, covering the month so far.
    const QJsonObject opened = o.ok(QStringLiteral("sari"),
        {QStringLiteral("suggestion"), QStringLiteral("session"), QStringLiteral("open"), QStringLiteral("--box"), boxId,
         QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--time"), QStringLiteral("09:30"),
         QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--seal"), QStringLiteral("utuh")});
    const QString session = QString::number(opened.value(QStringLiteral("id")).toInteger());
    CHECK(opened.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(opened.value(QStringLiteral("period_to")).toString() == QStringLiteral("2026-11-20"));

    const auto member = [&](const QString &name, const QString &nip, const QString &role) {
        QStringList args {QStringLiteral("suggestion"), QStringLiteral("session"), QStringLiteral("member"), session,
                          QStringLiteral("--name"), name, QStringLiteral("--role"), role};
        if (!nip.isEmpty())
            args << QStringLiteral("--nip") << nip;
        return o.ok(QStringLiteral("siti"), args);
    };
    member(QStringLiteral("Siti Rahma"), QStringLiteral("19850612 201001 2 015"), QStringLiteral("opener"));
    member(QStringLiteral("Budi Santoso"), QString(), QStringLiteral("opener"));
    CHECK(member(QStringLiteral("H. Ahmad Fauzi"), QString(), QStringLiteral("witness")).value(QStringLiteral("team_role")).toString()
          == QStringLiteral("Unsur masyarakat"));

    const auto slip = [&](const QStringList &more) {
        return o.ok(QStringLiteral("siti"), QStringList {QStringLiteral("suggestion"), QStringLiteral("slip"),
                                                         QStringLiteral("add"), session} + more);
    };
    const QJsonObject first = slip({QStringLiteral("--kind"), QStringLiteral("pengaduan"), QStringLiteral("--summary"),
                                    QStringLiteral("Petugas loket sering tidak ada"), QStringLiteral("--service"),
                                    QStringLiteral("KTP"), QStringLiteral("--element"), QStringLiteral("U7"),
                                    QStringLiteral("--decision"), QStringLiteral("tindak_lanjut"), QStringLiteral("--owner"),
                                    QStringLiteral("dewi"), QStringLiteral("--target"), QStringLiteral("2026-12-04")});
    CHECK(first.value(QStringLiteral("number")).toInt() == 1);
    slip({QStringLiteral("--kind"), QStringLiteral("saran"), QStringLiteral("--summary"), QStringLiteral("Tambah kursi"),
          QStringLiteral("--decision"), QStringLiteral("dijawab"), QStringLiteral("--owner"), QStringLiteral("siti")});
    slip({QStringLiteral("--kind"), QStringLiteral("apresiasi"), QStringLiteral("--summary"), QStringLiteral("Cepat, terima kasih"),
          QStringLiteral("--decision"), QStringLiteral("arsip")});
    const QJsonObject last = slip({QStringLiteral("--kind"), QStringLiteral("kosong"), QStringLiteral("--summary"),
                                   QString(), QStringLiteral("--decision"), QStringLiteral("arsip")});
    CHECK(last.value(QStringLiteral("number")).toInt() == 4);

    // One witness: not yet.
    const CliRun early = o.run(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("sign"), session}, false);
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("saksi")));
    const QJsonObject shown = o.ok(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("show"), session});
    CHECK_FALSE(shown.value(QStringLiteral("summary")).toObject().value(QStringLiteral("may_sign")).toBool());
    member(QStringLiteral("Rina Marlina"), QStringLiteral("199001012015032001"), QStringLiteral("witness"));
    // An officer does not sign.
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("sign"), session}).exitCode == 4);

    const QJsonObject signedOne = o.ok(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("sign"), session});
    const QString number = signedOne.value(QStringLiteral("number")).toString();
    CHECK(number == QStringLiteral("BA/KS/2026/11/01"));
    const QJsonArray made = signedOne.value(QStringLiteral("complaints")).toArray();
    REQUIRE(made.size() == 1);

    // On the follow-up team's list, from the suggestion box, received at the opening.
    const CliRun list = o.run(QStringLiteral("dewi"), {QStringLiteral("complaint"), QStringLiteral("list"),
                                                       QStringLiteral("--channel"), QStringLiteral("kotak_saran")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray complaints = QJsonDocument::fromJson(list.outBytes).array();
    REQUIRE(complaints.size() == 1);
    const QJsonObject c = complaints.first().toObject();
    CHECK(c.value(QStringLiteral("number")).toString() == made.first().toString());
    CHECK(c.value(QStringLiteral("channel")).toString() == QStringLiteral("kotak_saran"));
    CHECK(c.value(QStringLiteral("received_day")).toString() == QStringLiteral("2026-11-20"));
    CHECK(c.value(QStringLiteral("received_at")).toString() == QStringLiteral("2026-11-20T02:30:00.000Z"));
    CHECK(c.value(QStringLiteral("assignee")).toString() == QStringLiteral("Dewi Anggraini"));

    // The minutes' counts are the slips'.
    const QJsonObject after = o.ok(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("show"), number});
    const QJsonObject byKind = after.value(QStringLiteral("summary")).toObject().value(QStringLiteral("by_kind")).toObject();
    CHECK(byKind.value(QStringLiteral("pengaduan")).toInt() == 1);
    CHECK(byKind.value(QStringLiteral("saran")).toInt() == 1);
    CHECK(byKind.value(QStringLiteral("apresiasi")).toInt() == 1);
    CHECK(byKind.value(QStringLiteral("kosong")).toInt() == 1);
    CHECK(byKind.value(QStringLiteral("pertanyaan")).toInt() == 0);
    const QJsonArray slips = after.value(QStringLiteral("slips")).toArray();
    REQUIRE(slips.size() == 4);
    CHECK(slips.first().toObject().value(QStringLiteral("complaint")).toObject().value(QStringLiteral("number")).toString()
          == made.first().toString());

    // Signed: every edit is refused with exit code 4, saying so.
    const QString slipId = QString::number(first.value(QStringLiteral("id")).toInteger());
    for (const QStringList &edit : {
             QStringList {QStringLiteral("slip"), QStringLiteral("add"), session, QStringLiteral("--kind"), QStringLiteral("saran"),
                          QStringLiteral("--summary"), QStringLiteral("x")},
             QStringList {QStringLiteral("slip"), QStringLiteral("update"), slipId, QStringLiteral("--summary"), QStringLiteral("x")},
             QStringList {QStringLiteral("slip"), QStringLiteral("remove"), slipId},
             QStringList {QStringLiteral("session"), QStringLiteral("member"), session, QStringLiteral("--name"),
                          QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("witness")},
             QStringList {QStringLiteral("session"), QStringLiteral("discard"), session, QStringLiteral("--reason"), QStringLiteral("x")},
             QStringList {QStringLiteral("sign"), session}}) {
        const CliRun refused = o.run(QStringLiteral("sari"), QStringList {QStringLiteral("suggestion")} + edit, false);
        INFO(edit.join(QLatin1Char(' ')).toStdString() << ": " << refused.err.toStdString());
        CHECK(refused.exitCode == 4);
        CHECK(refused.err.contains(number));
        CHECK(refused.err.contains(QStringLiteral("ditandatangani")));
    }

    // The minutes as a PDF.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ba.pdf"));
    const QJsonObject written = o.ok(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("minutes"), number,
                                                              QStringLiteral("--pdf"), pdf});
    CHECK(written.value(QStringLiteral("pages")).toInt() >= 1);
    CHECK((QFileInfo(pdf).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        CHECK(text.contains(number));
        CHECK(text.contains(QStringLiteral("Pada hari ini Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam")));
        CHECK(text.contains(QStringLiteral("Petugas loket sering tidak ada")));
        CHECK(text.contains(QStringLiteral("Mengetahui")));
    }
    const QJsonArray month = QJsonDocument::fromJson(
        o.run(QStringLiteral("admin"), {QStringLiteral("suggestion"), QStringLiteral("list"), QStringLiteral("--month"),
                                        QStringLiteral("2026-11")}).outBytes).array();
    REQUIRE(month.size() == 1);
    CHECK(month.first().toObject().value(QStringLiteral("number")).toString() == number);
}

TEST_CASE("Bad arguments and a future opening are refused with a reason")
{
    SuggestionOffice o;
    CHECK(o.run(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("box"), QStringLiteral("add")}).exitCode == 1);
    o.ok(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("box"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Kotak 1")});
    const CliRun future = o.run(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("session"), QStringLiteral("open"),
                                                         QStringLiteral("--box"), QStringLiteral("1"), QStringLiteral("--date"),
                                                         QStringLiteral("2026-11-24")}, false);
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(QStringLiteral("2026-11-24")));
    CHECK(o.run(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("session"), QStringLiteral("open"),
                                         QStringLiteral("--box"), QStringLiteral("1"), QStringLiteral("--date"),
                                         QStringLiteral("2026-11-20"), QStringLiteral("--seal"), QStringLiteral("retak")})
              .exitCode == 1);
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("session"), QStringLiteral("open"),
                                         QStringLiteral("--box"), QStringLiteral("1"), QStringLiteral("--date"),
                                         QStringLiteral("2026-11-20")})
              .exitCode == 4);
    const QString session = QString::number(
        o.ok(QStringLiteral("sari"), {QStringLiteral("suggestion"), QStringLiteral("session"), QStringLiteral("open"),
                                      QStringLiteral("--box"), QStringLiteral("1"), QStringLiteral("--date"),
                                      QStringLiteral("2026-11-20")})
            .value(QStringLiteral("id"))
            .toInteger());
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("slip"), QStringLiteral("add"), session,
                                         QStringLiteral("--kind"), QStringLiteral("surat")})
              .exitCode == 1);
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("slip"), QStringLiteral("add"), session,
                                         QStringLiteral("--kind"), QStringLiteral("saran"), QStringLiteral("--summary"),
                                         QStringLiteral("x"), QStringLiteral("--decision"), QStringLiteral("buang")})
              .exitCode == 1);
    CHECK(o.run(QStringLiteral("siti"), {QStringLiteral("suggestion"), QStringLiteral("show"), QStringLiteral("BA/KS/1999/01/01")})
              .exitCode == 2);
}
