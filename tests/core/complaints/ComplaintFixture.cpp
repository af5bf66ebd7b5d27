// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/complaints/ComplaintFixture.h"

#include "core/catalog/HolidayService.h"

#include <catch2/catch.hpp>

namespace loket::test {

ComplaintFixture::ComplaintFixture()
    : complaints(t.db(), clock)
{
    HolidayService holidays(t.db(), clock);
    auto loaded = holidays.loadBundledHolidays();
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value() > 10);
    dewi = addUser(QStringLiteral("dewi"), QStringLiteral("Dewi Anggraini"), Role::FollowUp);
    eko = addUser(QStringLiteral("eko"), QStringLiteral("Eko Prasetyo"), Role::FollowUp);
}

ComplaintIntake ComplaintFixture::intake(const QString &summary) const
{
    ComplaintIntake in;
    in.channel = IntakeChannel::Langsung;
    in.type = ComplaintType::Pengaduan;
    in.tier = ComplaintTier::Normatif;
    in.serviceId = ktp;
    in.summary = summary;
    in.details = QStringLiteral("Menunggu dua jam tanpa kejelasan; petugas tidak ada di loket.");
    return in;
}

Complaint ComplaintFixture::log(const Actor &by, ComplaintIntake in, ComplaintIdentity person)
{
    auto c = complaints.add(by, std::move(in), std::move(person));
    if (!c)
        FAIL(c.error().message.toStdString());
    return c.value();
}

int ComplaintFixture::auditCount(const QString &action, const QString &outcome) const
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND outcome = '%2'")
                        .arg(action, outcome))
        .toInt();
}

} // namespace loket::test
