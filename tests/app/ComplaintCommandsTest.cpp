// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint run as a process: a complaint from the counter to its
// closing, identity protection, bad input, tamper detection.
#include "tests/app/ComplaintOffice.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>

using namespace loket;

namespace {

using Office = test::ComplaintOffice;
const QString kPassword = test::ComplaintOffice::kPassword;

} // namespace

TEST_CASE("logged at the counter, followed up, answered and closed", "[complaints][loketctl]")
{
    Office o;
    auto added = o.run(QStringLiteral("siti"),
        {QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("langsung"),
            QStringLiteral("--service"), QStringLiteral("KTP"), QStringLiteral("--summary"),
            QStringLiteral("Antrian KTP lambat sekali"), QStringLiteral("--name"), QStringLiteral("Rudi Hartono"),
            QStringLiteral("--phone"), QStringLiteral("081234567890"), QStringLiteral("--confidential")});
    REQUIRE(added.exitCode == 0);
    const QJsonObject c = added.json();
    CHECK(c.value(QStringLiteral("number")).toString() == QStringLiteral("ADU/2026/11/0001"));
    CHECK(c.value(QStringLiteral("state")).toString() == QStringLiteral("received"));
    const QJsonObject deadlines = c.value(QStringLiteral("deadlines")).toObject();
    CHECK(deadlines.value(QStringLiteral("verify")).toString() == QStringLiteral("2026-11-26"));
    CHECK(deadlines.value(QStringLiteral("first_follow_up")).toString() == QStringLiteral("2026-11-30"));
    CHECK(deadlines.value(QStringLiteral("settle")).toString() == QStringLiteral("2026-11-30"));
    const QString number = c.value(QStringLiteral("number")).toString();

    // The officer sees the complaint without the person; the follow-up team sees who, and that is logged.
    auto bySiti = o.run(QStringLiteral("siti"), {QStringLiteral("complaint"), QStringLiteral("show"), number});
    REQUIRE(bySiti.exitCode == 0);
    CHECK_FALSE(bySiti.json().contains(QStringLiteral("identity")));
    CHECK_FALSE(bySiti.out.contains(QStringLiteral("Rudi")));
    auto byDewi = o.run(QStringLiteral("dewi"), {QStringLiteral("complaint"), QStringLiteral("show"), number});
    REQUIRE(byDewi.exitCode == 0);
    CHECK(byDewi.json().value(QStringLiteral("identity")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Rudi Hartono"));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.identity_view' AND outcome = 'ok'")) == 1);

    auto step = [&](const QString &user, const QStringList &args) {
        auto r = o.run(user, QStringList {QStringLiteral("complaint")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().value(QStringLiteral("state")).toString();
    };
    CHECK(step(QStringLiteral("dewi"), {QStringLiteral("verify-step"), number, QStringLiteral("--outcome"), QStringLiteral("complete")})
          == QStringLiteral("verified"));
    CHECK(step(QStringLiteral("sari"), {QStringLiteral("assign"), number, QStringLiteral("dewi")}) == QStringLiteral("assigned"));
    CHECK(step(QStringLiteral("dewi"), {QStringLiteral("note"), number, QStringLiteral("Koordinasi"), QStringLiteral("dengan"),
              QStringLiteral("Kasi")}) == QStringLiteral("in_follow_up"));
    CHECK(step(QStringLiteral("dewi"), {QStringLiteral("respond"), number, QStringLiteral("Sudah diperbaiki"),
              QStringLiteral("--letter"), QStringLiteral("800/1/Kec")}) == QStringLiteral("responded"));
    auto refused = o.run(QStringLiteral("siti"), {QStringLiteral("complaint"), QStringLiteral("close"), number});
    CHECK(refused.exitCode == 4);
    CHECK(step(QStringLiteral("sari"), {QStringLiteral("close"), number}) == QStringLiteral("closed"));

    auto found = o.run(QStringLiteral("dewi"), {QStringLiteral("complaint"), QStringLiteral("search"), QStringLiteral("koordinasi")});
    REQUIRE(found.exitCode == 0);
    CHECK(QJsonDocument::fromJson(found.outBytes).array().size() == 1);

    auto intact = o.run(QStringLiteral("sari"), {QStringLiteral("complaint"), QStringLiteral("verify")});
    CHECK(intact.exitCode == 0);
    CHECK(intact.json().value(QStringLiteral("count")).toInt() == 6);

    // An edit behind Loket's back is named and fails the command.
    o.t.schema(QStringLiteral("DROP TRIGGER complaint_events_no_update"));
    const qint64 noteId = o.t.scalar(QStringLiteral("SELECT id FROM complaint_events WHERE kind = 'note'")).toLongLong();
    o.t.exec(QStringLiteral("UPDATE complaint_events SET note = 'tidak ada masalah' WHERE id = %1").arg(noteId));
    auto broken = o.run(QStringLiteral("sari"), {QStringLiteral("complaint"), QStringLiteral("verify")});
    CHECK(broken.exitCode == 2);
    CHECK(broken.json().value(QStringLiteral("first_break")).toObject().value(QStringLiteral("event_id")).toInteger() == noteId);
}

TEST_CASE("add: bad input gets a clear message and changes nothing", "[complaints][loketctl]")
{
    Office o;
    auto add = [&](const QStringList &more) {
        return o.run(QStringLiteral("siti"), QStringList {QStringLiteral("complaint"), QStringLiteral("add"),
                                                 QStringLiteral("--summary"), QStringLiteral("Keluhan")} + more);
    };
    auto unknown = add({QStringLiteral("--channel"), QStringLiteral("fax")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("whatsapp")));
    // The fixture's moment is 23 November 2026, 08.00 WIB: the 24th is in the future.
    auto future = add({QStringLiteral("--channel"), QStringLiteral("surat"), QStringLiteral("--received"), QStringLiteral("2026-11-24T10:00")});
    CHECK(future.exitCode == 2);
    auto badTime = add({QStringLiteral("--channel"), QStringLiteral("surat"), QStringLiteral("--received"), QStringLiteral("kemarin")});
    CHECK(badTime.exitCode == 1);
    QFile big(o.t.dir() + QStringLiteral("/scan.pdf"));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write("%PDF-1.4\n");
    big.write(QByteArray(11 * 1024 * 1024, 'x'));
    big.close();
    auto tooLarge = add({QStringLiteral("--channel"), QStringLiteral("langsung"), QStringLiteral("--attach"), big.fileName()});
    CHECK(tooLarge.exitCode == 2);
    CHECK(tooLarge.err.contains(QStringLiteral("scan.pdf")));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM complaint_attachments")) == 0);
}

TEST_CASE("complaints logged by several counters at once get distinct numbers in order", "[complaints][loketctl]")
{
    Office o;
    QList<QProcess *> running;
    for (int i = 0; i < 4; ++i) {
        auto *p = new QProcess;
        QProcessEnvironment env = test::processEnvironment();
        env.insert(QStringLiteral("LOKET_PASSWORD"), kPassword);
        p->setProcessEnvironment(env);
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(test::loketctlProgram(), {QStringLiteral("--database"), o.t.path(), QStringLiteral("--user"), QStringLiteral("siti"),
            QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"),
            QStringLiteral("langsung"), QStringLiteral("--summary"), QStringLiteral("Keluhan dari loket %1").arg(i + 1)});
        running << p;
    }
    QSet<QString> numbers;
    for (QProcess *p : running) {
        REQUIRE(p->waitForFinished(60000));
        CHECK(p->exitCode() == 0);
        numbers << QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(QStringLiteral("number")).toString();
        delete p;
    }
    CHECK(numbers == QSet<QString> {QStringLiteral("ADU/2026/11/0001"), QStringLiteral("ADU/2026/11/0002"),
                         QStringLiteral("ADU/2026/11/0003"), QStringLiteral("ADU/2026/11/0004")});
    auto intact = o.run(QStringLiteral("sari"), {QStringLiteral("complaint"), QStringLiteral("verify")});
    CHECK(intact.exitCode == 0);
    CHECK(intact.json().value(QStringLiteral("count")).toInt() == 4);
}
