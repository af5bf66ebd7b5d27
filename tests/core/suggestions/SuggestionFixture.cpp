// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/suggestions/SuggestionFixture.h"

#include "core/catalog/OfficeService.h"

#include <catch2/catch.hpp>

namespace loket::test {

namespace {

OfficeProfile office()
{
    OfficeProfile p;
    p.name = QStringLiteral("Kecamatan Cibinong");
    p.parentAgency = QStringLiteral("Pemerintah Kabupaten Bogor");
    p.address = QStringLiteral("Jl. Raya Tegar Beriman No. 1");
    p.city = QStringLiteral("Bogor");
    p.headName = QStringLiteral("Drs. Hendra Gunawan, M.Si");
    p.headTitle = QStringLiteral("Camat Cibinong");
    p.headNip = QStringLiteral("197512031998031004");
    return p;
}

} // namespace

SuggestionFixture::SuggestionFixture()
    : suggestions(t.db(), clock)
{
    OfficeService offices(t.db(), clock);
    Status saved = offices.isSetUp() ? offices.save(admin, office()) : offices.setupOffice(office());
    if (!saved)
        FAIL(saved.error().message.toStdString());
    setNow(wib(2026, 11, 30, 10, 0));
    auto b = suggestions.addBox(sari, QStringLiteral("Kotak Saran 1"), QStringLiteral("Ruang tunggu lantai 1"));
    REQUIRE(b.ok());
    box = b->id;
}

SuggestionSession SuggestionFixture::openSession(QDate day, QDate periodMonth)
{
    SessionDraft d;
    d.boxId = box;
    d.openedOn = day;
    d.openedTime = QTime(9, 0);
    d.periodMonth = periodMonth;
    auto s = suggestions.open(sari, d);
    if (!s)
        FAIL(s.error().message.toStdString());
    return s.value();
}

void SuggestionFixture::addTeam(qint64 sessionId)
{
    REQUIRE(suggestions.addMember(sari, sessionId, MemberRole::Opener, QStringLiteral("Siti Rahmawati"),
                                  QStringLiteral("19850612 201001 2 015"), QStringLiteral("Ketua"))
                .ok());
    REQUIRE(suggestions.addMember(siti, sessionId, MemberRole::Opener, QStringLiteral("Budi Santoso"), {},
                                  QStringLiteral("Anggota"))
                .ok());
    REQUIRE(suggestions.addMember(siti, sessionId, MemberRole::Witness, QStringLiteral("H. Ahmad Fauzi"), {}).ok());
    REQUIRE(suggestions.addMember(siti, sessionId, MemberRole::Witness, QStringLiteral("Rina Marlina"),
                                  QStringLiteral("199001012015032001"))
                .ok());
}

SuggestionSlip SuggestionFixture::addSlip(qint64 sessionId, SlipKind kind, std::optional<SlipDecision> decision,
                                          const QString &summary, qint64 serviceId, const QString &element,
                                          qint64 ownerId, QDate target)
{
    SlipEntry e;
    e.kind = kind;
    e.decision = decision;
    e.summary = summary;
    e.serviceId = serviceId;
    e.element = element;
    e.ownerId = ownerId;
    e.target = target;
    auto s = suggestions.addSlip(siti, sessionId, e);
    if (!s)
        FAIL(s.error().message.toStdString());
    return s.value();
}

SuggestionSession SuggestionFixture::signedSession(QDate day)
{
    const SuggestionSession s = openSession(day, QDate(day.year(), day.month(), 1));
    addTeam(s.id);
    addSlip(s.id, SlipKind::Pengaduan, SlipDecision::TindakLanjut, QStringLiteral("Petugas loket 2 sering tidak ada"),
            ktp, QStringLiteral("U7"), dewi.userId, day.addDays(14));
    addSlip(s.id, SlipKind::Saran, SlipDecision::Dijawab, QStringLiteral("Tambah kursi di ruang tunggu"), 0,
            QStringLiteral("U9"), siti.userId, day.addDays(7));
    addSlip(s.id, SlipKind::Apresiasi, SlipDecision::Arsip, QStringLiteral("Pelayanan KK cepat, terima kasih"), kk);
    addSlip(s.id, SlipKind::Pertanyaan, SlipDecision::Lapor, QStringLiteral("Kapan KTP-el saya jadi?"), ktp);
    addSlip(s.id, SlipKind::Kosong, SlipDecision::Arsip, QString());
    addSlip(s.id, SlipKind::Saran, SlipDecision::BukanKewenangan, QStringLiteral("Perbaiki jalan desa"));
    auto signedOne = suggestions.sign(sari, s.id);
    if (!signedOne)
        FAIL(signedOne.error().message.toStdString());
    return signedOne.value();
}

} // namespace loket::test
