// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace loket::test {

namespace {

qint64 insert(const TempDatabase &t, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(t.db()->connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.lastInsertId().toLongLong();
}

} // namespace

QueueFixture::QueueFixture()
    : clock(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC))
    , queue(t.db(), clock)
    , counters(t.db(), clock)
{
    t.exec(QStringLiteral("INSERT INTO office (id, name, time_zone) VALUES (1, 'Kecamatan Cibeunying Kaler', 'WIB')"));
    for (int weekday = 1; weekday <= 5; ++weekday)
        t.exec(QStringLiteral("INSERT INTO office_hours VALUES (%1, '07:30', '16:00')").arg(weekday));
    ktp = insert(t,
        QStringLiteral("INSERT INTO services (code, prefix, name, target_minutes, sort_order) VALUES (?, ?, ?, ?, ?)"),
        { QStringLiteral("KTP"), QStringLiteral("A"), QStringLiteral("KTP-el"), 15, 1 });
    kk = insert(t,
        QStringLiteral("INSERT INTO services (code, prefix, name, target_minutes, sort_order) VALUES (?, ?, ?, ?, ?)"),
        { QStringLiteral("KK"), QStringLiteral("B"), QStringLiteral("Kartu Keluarga"), 20, 2 });
    iumk = insert(t,
        QStringLiteral("INSERT INTO services (code, prefix, name, active, sort_order) VALUES (?, ?, ?, FALSE, 3)"),
        { QStringLiteral("IUMK"), QStringLiteral("C"), QStringLiteral("IUMK") });
    loket1 = insert(t, QStringLiteral("INSERT INTO counters (number, name) VALUES (1, 'Loket 1')"), {});
    loket2 = insert(t, QStringLiteral("INSERT INTO counters (number, name) VALUES (2, 'Loket 2')"), {});
    loket3 = insert(t, QStringLiteral("INSERT INTO counters (number, name) VALUES (3, 'Loket 3')"), {});
    const std::pair<qint64, qint64> served[] = { { loket1, ktp }, { loket1, kk }, { loket2, ktp }, { loket3, kk } };
    for (const auto &[counter, service] : served)
        insert(t, QStringLiteral("INSERT INTO counter_services VALUES (?, ?)"), { counter, service });
    lansia = t.scalar(QStringLiteral("SELECT id FROM priority_reasons WHERE code = 'lansia'")).toLongLong();

    siti = addUser(QStringLiteral("siti"), QStringLiteral("Siti Rahma"), Role::Officer);
    budi = addUser(QStringLiteral("budi"), QStringLiteral("Budi Santoso"), Role::Officer);
    ani = addUser(QStringLiteral("ani"), QStringLiteral("Ani Lestari"), Role::Officer);
    sari = addUser(QStringLiteral("sari"), QStringLiteral("Sari Wulandari"), Role::Supervisor);
    admin = addUser(QStringLiteral("admin"), QStringLiteral("Administrator"), Role::Admin);

    REQUIRE(counters.signIn(siti, loket1).ok());
    REQUIRE(counters.open(siti, loket1).ok());
    REQUIRE(counters.signIn(budi, loket2).ok());
    REQUIRE(counters.open(budi, loket2).ok());
}

Actor QueueFixture::addUser(const QString &username, const QString &fullName, Role role)
{
    Actor a;
    a.userId = insert(t,
        QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) "
                       "VALUES (?, ?, ?, 'not-used-in-these-tests', 0)"),
        { username, fullName, roleCode(role) });
    a.username = username;
    a.fullName = fullName;
    a.role = role;
    return a;
}

Ticket QueueFixture::issue(qint64 serviceId, qint64 priorityReasonId)
{
    auto ticket = queue.issue(QueueService::kioskActor(), serviceId, priorityReasonId);
    if (!ticket)
        FAIL(ticket.error().message.toStdString());
    return ticket.value();
}

Ticket QueueFixture::callNext(const Actor &officer, qint64 counterId)
{
    auto ticket = queue.callNext(officer, counterId);
    if (!ticket)
        FAIL(ticket.error().message.toStdString());
    return ticket.value();
}

Ticket QueueFixture::reload(const Ticket &ticket) const
{
    auto again = queue.ticket(ticket.id);
    if (!again)
        FAIL(again.error().message.toStdString());
    return again.value();
}

QStringList QueueFixture::eventKinds(qint64 ticketId) const
{
    QStringList kinds;
    auto events = queue.events(ticketId);
    REQUIRE(events.ok());
    for (const TicketEvent &e : events.value())
        kinds << e.kind;
    return kinds;
}

} // namespace loket::test
