// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Signing the minutes (the number, the complaints of the slips sent to the
// follow-up team) and what is done about the slips afterwards.
#include "core/suggestions/SuggestionService.h"

#include "core/auth/AuditText.h"
#include "core/catalog/OfficeService.h"
#include "core/common/TextCheck.h"
#include "core/complaints/ComplaintStore.h"
#include "core/storage/SettingsStore.h"

namespace loket {

namespace {

ComplaintType complaintTypeOf(SlipKind kind)
{
    switch (kind) {
    case SlipKind::Pengaduan: return ComplaintType::Pengaduan;
    case SlipKind::Pertanyaan: return ComplaintType::PermintaanInformasi;
    case SlipKind::Saran:
    case SlipKind::Apresiasi:
    case SlipKind::Kosong: break;
    }
    return ComplaintType::Aspirasi;
}

} // namespace

bool SuggestionService::isValidPattern(const QString &pattern)
{
    return ComplaintStore::isValidPattern(pattern) && pattern.contains(QLatin1String("{YYYY}"));
}

QString SuggestionService::numberText(const QString &pattern, QDate month, int seq)
{
    return ComplaintStore::formatNumber(pattern, month, seq);
}

Result<SuggestionSession> SuggestionService::sign(const Actor &actor, qint64 sessionId)
{
    auto current = draftFor(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.sign"), sessionId);
    if (!current)
        return current.error();
    auto counts = summary(actor, sessionId);
    if (!counts)
        return counts.error();
    if (!counts->maySign())
        return makeError(ErrorCode::InvalidInput,
                         tr("The minutes cannot be signed yet:\n%1").arg(counts->missing.join(QLatin1Char('\n'))));
    Result<QList<SuggestionSlip>> slips = QList<SuggestionSlip>();
    OfficeProfile office;
    if (auto o = OfficeService(m_db, m_clock).get())
        office = o.value();
    QString pattern = SettingsStore(m_db).stringValue(QLatin1String(SettingKey::SuggestionNumberPattern));
    if (!isValidPattern(pattern))
        pattern = QStringLiteral("BA/KS/{YYYY}/{MM}/{NN}");
    const bool perMonth = pattern.contains(QLatin1String("{MM}"));
    const SuggestionSession s = current.value();
    const OfficeTime time = officeTime();
    const QDateTime receivedAt = time.utcOf(s.openedOn, s.openedTime);
    int created = 0;
    QString number;
    Status done = m_db->transaction([&]() -> Status {
        // Read again under the write lock: another counter may have signed it
        // or added a slip since (a second signing would make the complaints twice).
        auto fresh = m_store.session(sessionId);
        if (!fresh)
            return fresh.error();
        if (!fresh->has_value())
            return makeError(ErrorCode::NotFound, tr("Suggestion box opening %1 does not exist.").arg(sessionId));
        if (fresh->value().isSigned())
            return makeError(ErrorCode::PermissionDenied,
                             tr("The minutes %1 are signed: a signed opening cannot be changed.").arg(fresh->value().number));
        slips = m_store.slips(sessionId);
        if (!slips)
            return slips.error();
        for (const SuggestionSlip &slip : slips.value()) {
            if (!slip.entry.decision)
                return makeError(ErrorCode::Conflict, tr("Slip %1 was added without a decision meanwhile: decide it, "
                                                         "then sign.").arg(slip.number));
        }
        auto last = m_store.lastNumberSeq(s.openedOn.year(), perMonth ? s.openedOn.month() : 0);
        if (!last)
            return last.error();
        const int seq = last.value() + 1;
        number = numberText(pattern, s.openedOn, seq);
        for (const SuggestionSlip &slip : slips.value()) {
            if (slip.entry.decision != SlipDecision::TindakLanjut)
                continue;
            ComplaintIntake in;
            in.channel = IntakeChannel::KotakSaran;
            in.type = complaintTypeOf(slip.entry.kind);
            in.tier = ComplaintTier::Normatif;
            in.serviceId = slip.entry.serviceId;
            in.receivedAt = receivedAt;
            in.summary = slip.entry.summary.simplified().left(300);
            in.details = tr("From the suggestion box %1 (%2), opened on %3: minutes %4, slip %5.\n%6")
                             .arg(s.boxName, s.boxLocation, s.openedOn.toString(QStringLiteral("dd.MM.yyyy")), number)
                             .arg(slip.number)
                             .arg(slip.entry.summary);
            in.anonymous = true;
            auto complaint = m_complaints.add(actor, in);
            if (!complaint)
                return complaint.error();
            if (Status l = m_store.setComplaint(slip.id, complaint->id); !l)
                return l;
            if (slip.entry.ownerId > 0) {
                // Given straight to the person in charge when that person follows up complaints.
                auto assignees = m_complaints.assignees(actor);
                if (!assignees)
                    return assignees.error();
                for (const ComplaintService::Assignee &a : assignees.value()) {
                    if (a.userId != slip.entry.ownerId)
                        continue;
                    auto verified = m_complaints.verify(actor, complaint->id, VerifyOutcome::Complete,
                                                        tr("Decided at the opening of the suggestion box (minutes %1).")
                                                            .arg(number));
                    if (!verified)
                        return verified.error();
                    auto given = m_complaints.assign(actor, complaint->id, a.userId);
                    if (!given)
                        return given.error();
                }
            }
            ++created;
        }
        if (Status m = m_store.markSigned(sessionId, number, s.openedOn.year(), perMonth ? s.openedOn.month() : 0, seq,
                                          m_clock.nowMs(), actor.userId, office.headTitle, office.headName,
                                          office.headNip);
            !m)
            return m;
        return m_audit.record(actor, QStringLiteral("suggestion.sign"), kSession(), QString::number(sessionId),
                              auditDetail(QStringLiteral("suggestion.signed"),
                                          {{QStringLiteral("number"), number},
                                           {QStringLiteral("slips"), int(slips->size())},
                                           {QStringLiteral("complaints"), created}}));
    });
    if (!done)
        return done.error();
    return session(actor, sessionId);
}

Result<SuggestionSlip> SuggestionService::markDone(const Actor &actor, qint64 slipId, const QString &noteIn)
{
    if (!actor.isUser())
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to record what was done."));
    auto found = m_store.slip(slipId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Slip %1 does not exist.").arg(slipId));
    const SuggestionSlip slip = found->value();
    if (slip.entry.ownerId != actor.userId) {
        if (Status s = m_audit.require(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.done"),
                                       QStringLiteral("suggestion_slip"), QString::number(slipId));
            !s)
            return s.error();
    }
    auto session = m_store.session(slip.sessionId);
    if (!session)
        return session.error();
    if (!session->has_value() || !session->value().isSigned())
        return makeError(ErrorCode::Conflict, tr("The minutes of this slip are not signed yet: a decision is carried "
                                                 "out once they are."));
    if (slip.entry.decision == SlipDecision::TindakLanjut)
        return makeError(ErrorCode::Conflict, tr("Slip %1 became complaint %2: it is done when the complaint is settled.")
                                                  .arg(slip.number)
                                                  .arg(slip.complaintNumber));
    if (slip.entry.decision == SlipDecision::Arsip)
        return makeError(ErrorCode::Conflict, tr("Slip %1 was archived: there is nothing left to do.").arg(slip.number));
    if (slip.doneAt.isValid())
        return makeError(ErrorCode::Conflict, tr("Slip %1 was already marked done.").arg(slip.number));
    const QString note = noteIn.trimmed();
    if (note.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Write what was done (e.g. \"dijawab melalui papan pengumuman 3 Desember\")."));
    if (Status s = TextCheck::check(note, tr("What was done"), TextCheck::Kind::MultiLine); !s)
        return s.error();
    if (note.size() > 1000)
        return makeError(ErrorCode::InvalidInput, tr("What was done is too long (at most 1000 characters)."));
    Status done = m_db->transaction([&]() -> Status {
        if (Status s = m_store.insertDone(slipId, m_clock.nowMs(), actor.userId, note); !s)
            return s;
        return m_audit.record(actor, QStringLiteral("suggestion.done"), QStringLiteral("suggestion_slip"),
                              QString::number(slipId), note);
    });
    if (!done)
        return done.error();
    return this->slip(actor, slipId);
}

} // namespace loket
