// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggestions/SuggestionService.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/common/TextCheck.h"
#include "core/storage/SettingsStore.h"

#include <QSqlQuery>

namespace loket {

namespace {

Status checkText(const QString &text, const QString &field, int max, TextCheck::Kind kind = TextCheck::Kind::Line)
{
    if (Status s = TextCheck::check(text, field, kind); !s)
        return s;
    if (text.size() > max)
        return makeError(ErrorCode::InvalidInput, SuggestionService::tr("%1 is too long (%2 characters; at most %3).")
                                                      .arg(field)
                                                      .arg(text.size())
                                                      .arg(max));
    return {};
}

QString slipDetail(const SuggestionSlip &slip)
{
    return auditDetail(QStringLiteral("suggestion.slip"),
                       {{QStringLiteral("number"), slip.number}, {QStringLiteral("kind"), slipKindCode(slip.entry.kind)},
                        {QStringLiteral("decision"),
                         slip.entry.decision ? slipDecisionCode(*slip.entry.decision) : QStringLiteral("-")}});
}

} // namespace

SuggestionService::SuggestionService(DatabasePtr db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_store(db)
    , m_complaints(db, clock)
{
}

QString SuggestionService::kSession()
{
    return QStringLiteral("suggestion_session");
}

OfficeTime SuggestionService::officeTime() const
{
    auto time = CalendarRepository(m_db).officeTime();
    return time ? time.value() : OfficeTime();
}

QDate SuggestionService::today() const
{
    return officeTime().localDateOfMs(m_clock.nowMs());
}

// ---- Boxes -------------------------------------------------------------

Result<SuggestionBox> SuggestionService::addBox(const Actor &actor, const QString &nameIn, const QString &locationIn)
{
    if (!actor.can(Permission::ManageSettings)) {
        if (Status s = m_audit.require(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.box_add"),
                                       QStringLiteral("suggestion_box"));
            !s)
            return s.error();
    }
    SuggestionBox box;
    box.name = nameIn.simplified();
    box.location = locationIn.simplified();
    if (box.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the box a name, e.g. \"Kotak Saran 1\"."));
    if (Status s = checkText(box.name, tr("The box's name"), 80); !s)
        return s.error();
    if (Status s = checkText(box.location, tr("The box's location"), 120); !s)
        return s.error();
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto other = m_store.boxNamed(box.name);
        if (!other)
            return other.error();
        if (other.value() > 0)
            return makeError(ErrorCode::Conflict, tr("There is already a box named %1.").arg(TextCheck::quote(box.name)));
        auto inserted = m_store.insertBox(box, m_clock.nowMs());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_audit.record(actor, QStringLiteral("suggestion.box_add"), QStringLiteral("suggestion_box"),
                              QString::number(id), box.name);
    });
    if (!done)
        return done.error();
    box.id = id;
    return box;
}

Result<SuggestionBox> SuggestionService::updateBox(const Actor &actor, qint64 id, const QString &nameIn,
                                                   const QString &locationIn, bool active)
{
    if (!actor.can(Permission::ManageSettings)) {
        if (Status s = m_audit.require(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.box_update"),
                                       QStringLiteral("suggestion_box"), QString::number(id));
            !s)
            return s.error();
    }
    auto found = m_store.box(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Suggestion box %1 does not exist.").arg(id));
    SuggestionBox box = found->value();
    box.name = nameIn.simplified();
    box.location = locationIn.simplified();
    box.active = active;
    if (box.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the box a name, e.g. \"Kotak Saran 1\"."));
    if (Status s = checkText(box.name, tr("The box's name"), 80); !s)
        return s.error();
    if (Status s = checkText(box.location, tr("The box's location"), 120); !s)
        return s.error();
    Status done = m_db->transaction([&]() -> Status {
        auto other = m_store.boxNamed(box.name);
        if (!other)
            return other.error();
        if (other.value() > 0 && other.value() != id)
            return makeError(ErrorCode::Conflict, tr("There is already a box named %1.").arg(TextCheck::quote(box.name)));
        if (Status s = m_store.updateBox(box); !s)
            return s;
        return m_audit.record(actor, QStringLiteral("suggestion.box_update"), QStringLiteral("suggestion_box"),
                              QString::number(id), box.name);
    });
    if (!done)
        return done.error();
    return box;
}

Result<QList<SuggestionBox>> SuggestionService::boxes(const Actor &actor, bool includeInactive) const
{
    if (!actor.isUser() && !actor.isSystem())
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to see the suggestion boxes."));
    return m_store.boxes(includeInactive);
}

// ---- Sessions ----------------------------------------------------------

Status SuggestionService::checkDraft(SessionDraft &draft, const SuggestionBox &box, qint64 ignoreSessionId,
                                     QDate *periodFrom, QDate *periodTo) const
{
    const OfficeTime time = officeTime();
    const qint64 nowMs = m_clock.nowMs();
    const QDate localToday = time.localDateOfMs(nowMs);
    if (!draft.openedOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the day the box was opened."));
    if (draft.openedOn > localToday)
        return makeError(ErrorCode::InvalidInput,
                         tr("The box cannot have been opened on a day still to come (%1). Check the date.")
                             .arg(draft.openedOn.toString(Qt::ISODate)));
    if (draft.openedOn < localToday.addDays(-366))
        return makeError(ErrorCode::InvalidInput, tr("The opening was more than a year ago. Check the date."));
    if (!draft.openedTime.isValid()) {
        draft.openedTime = draft.openedOn == localToday
            ? QTime(time.localDateTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)).time().hour(),
                    time.localDateTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)).time().minute())
            : QTime(9, 0);
    }
    draft.openedTime = QTime(draft.openedTime.hour(), draft.openedTime.minute());
    if (time.utcOf(draft.openedOn, draft.openedTime).toMSecsSinceEpoch() > nowMs + ComplaintService::kFutureSlackMs)
        return makeError(ErrorCode::InvalidInput,
                         tr("The box cannot have been opened at a time still to come (%1). Check the time.")
                             .arg(draft.openedTime.toString(QStringLiteral("HH.mm"))));
    draft.place = draft.place.simplified();
    if (draft.place.isEmpty())
        draft.place = box.location.isEmpty() ? box.name : box.location;
    if (Status s = checkText(draft.place, tr("The place"), 160); !s)
        return s;
    draft.sealNote = draft.sealNote.trimmed();
    if (Status s = checkText(draft.sealNote, tr("The note on the seal"), 500, TextCheck::Kind::MultiLine); !s)
        return s;
    if (draft.seal == SealCondition::Rusak && draft.sealNote.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The seal was found broken: write what was seen (e.g. \"segel sobek di sisi kiri\")."));
    if (draft.periodMonth.isValid()) {
        *periodFrom = QDate(draft.periodMonth.year(), draft.periodMonth.month(), 1);
        *periodTo = periodFrom->addMonths(1).addDays(-1);
        if (*periodFrom > draft.openedOn)
            return makeError(ErrorCode::InvalidInput,
                             tr("The period covered (%1) begins after the opening. Check the month.")
                                 .arg(periodFrom->toString(QStringLiteral("yyyy-MM"))));
        if (*periodTo > draft.openedOn)
            *periodTo = draft.openedOn; // the slips in the box are those put in up to the opening
    } else {
        auto last = m_store.lastOpening(box.id, draft.openedOn, ignoreSessionId);
        if (!last)
            return last.error();
        *periodFrom = last->isValid() ? last->addDays(1) : QDate(draft.openedOn.year(), draft.openedOn.month(), 1);
        *periodTo = draft.openedOn;
    }
    return {};
}

Result<SuggestionSession> SuggestionService::open(const Actor &actor, const SessionDraft &in)
{
    if (Status s = m_audit.require(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.open"), kSession()); !s)
        return s.error();
    auto box = m_store.box(in.boxId);
    if (!box)
        return box.error();
    if (!box->has_value())
        return makeError(ErrorCode::NotFound, tr("Suggestion box %1 does not exist.").arg(in.boxId));
    if (!box->value().active)
        return makeError(ErrorCode::Conflict, tr("The box %1 is no longer in use.").arg(box->value().name));
    SessionDraft draft = in;
    SuggestionSession s;
    if (Status c = checkDraft(draft, box->value(), 0, &s.periodFrom, &s.periodTo); !c)
        return c.error();
    s.boxId = draft.boxId;
    s.openedOn = draft.openedOn;
    s.openedTime = draft.openedTime;
    s.place = draft.place;
    s.seal = draft.seal;
    s.sealNote = draft.sealNote;
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto existing = m_store.draftOfBox(s.boxId);
        if (!existing)
            return existing.error();
        if (existing.value() > 0)
            return makeError(ErrorCode::Conflict,
                             tr("The opening of %1 recorded earlier (number %2) is not signed yet: finish and sign it, "
                                "or discard it, before opening the box again.")
                                 .arg(box->value().name)
                                 .arg(existing.value()));
        auto inserted = m_store.insertSession(s, m_clock.nowMs(), actor.userId);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_audit.record(actor, QStringLiteral("suggestion.open"), kSession(), QString::number(id),
                              box->value().name + QLatin1Char(' ') + s.openedOn.toString(Qt::ISODate));
    });
    if (!done)
        return done.error();
    return session(actor, id);
}

Result<SuggestionSession> SuggestionService::draftFor(const Actor &actor, Permission permission, const QString &action,
                                                      qint64 sessionId) const
{
    if (permission == Permission::RecordSlips && actor.can(Permission::ManageSuggestions))
        permission = Permission::ManageSuggestions;
    if (Status s = m_audit.require(actor, permission, action, kSession(), QString::number(sessionId)); !s)
        return s.error();
    auto found = m_store.session(sessionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Suggestion box opening %1 does not exist.").arg(sessionId));
    if (found->value().isSigned())
        return makeError(ErrorCode::PermissionDenied,
                         tr("The minutes %1 are signed: a signed opening cannot be changed.").arg(found->value().number));
    return found->value();
}

Result<std::pair<SuggestionSlip, SuggestionSession>> SuggestionService::draftOfSlip(const Actor &actor,
                                                                                   const QString &action,
                                                                                   qint64 slipId) const
{
    auto found = m_store.slip(slipId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Slip %1 does not exist.").arg(slipId));
    auto session = draftFor(actor, Permission::RecordSlips, action, found->value().sessionId);
    if (!session)
        return session.error();
    return std::pair {found->value(), session.value()};
}

Result<SuggestionSession> SuggestionService::updateSession(const Actor &actor, qint64 sessionId, const SessionDraft &in)
{
    auto current = draftFor(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.update"), sessionId);
    if (!current)
        return current.error();
    auto box = m_store.box(current->boxId);
    if (!box)
        return box.error();
    if (!box->has_value())
        return makeError(ErrorCode::NotFound, tr("Suggestion box %1 does not exist.").arg(current->boxId));
    SessionDraft draft = in;
    draft.boxId = current->boxId;
    SuggestionSession s = current.value();
    if (Status c = checkDraft(draft, box->value(), sessionId, &s.periodFrom, &s.periodTo); !c)
        return c.error();
    s.openedOn = draft.openedOn;
    s.openedTime = draft.openedTime;
    s.place = draft.place;
    s.seal = draft.seal;
    s.sealNote = draft.sealNote;
    Status done = m_db->transaction([&]() -> Status {
        if (Status u = m_store.updateSession(s); !u)
            return u;
        return m_audit.record(actor, QStringLiteral("suggestion.update"), kSession(), QString::number(sessionId));
    });
    if (!done)
        return done.error();
    return session(actor, sessionId);
}

Status SuggestionService::discard(const Actor &actor, qint64 sessionId, const QString &reasonIn)
{
    auto current = draftFor(actor, Permission::ManageSuggestions, QStringLiteral("suggestion.discard"), sessionId);
    if (!current)
        return current.error();
    const QString reason = reasonIn.simplified();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the opening is discarded (e.g. \"dicatat dua kali\")."));
    if (Status s = checkText(reason, tr("The reason"), 300); !s)
        return s;
    return m_db->transaction([&]() -> Status {
        if (Status d = m_store.deleteDraft(sessionId); !d)
            return d;
        return m_audit.record(actor, QStringLiteral("suggestion.discard"), kSession(), QString::number(sessionId),
                              reason);
    });
}

Result<SessionMember> SuggestionService::addMember(const Actor &actor, qint64 sessionId, MemberRole role,
                                                   const QString &nameIn, const QString &nipIn, const QString &teamRoleIn)
{
    auto current = draftFor(actor, Permission::RecordSlips, QStringLiteral("suggestion.member_add"), sessionId);
    if (!current)
        return current.error();
    SessionMember m;
    m.role = role;
    m.name = nameIn.simplified();
    m.nip = QString(nipIn).remove(QLatin1Char(' '));
    m.teamRole = teamRoleIn.simplified();
    if (m.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Write the person's name."));
    if (Status s = checkText(m.name, tr("The name"), 120); !s)
        return s.error();
    if (Status s = checkText(m.teamRole, tr("The role in the team"), 80); !s)
        return s.error();
    static const QRegularExpression nip(QStringLiteral("^[0-9]{18}$"));
    if (!m.nip.isEmpty() && !nip.match(m.nip).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a NIP: a NIP has 18 digits (spaces allowed). Leave it empty for a witness "
                            "from the public.")
                             .arg(TextCheck::quote(nipIn)));
    if (m.teamRole.isEmpty())
        m.teamRole = role == MemberRole::Opener ? tr("Member") : (m.nip.isEmpty() ? tr("Member of the public") : tr("Staff"));
    for (const SessionMember &other : current->members) {
        if (SuggestionStore::nameKey(other.name) == SuggestionStore::nameKey(m.name))
            return makeError(ErrorCode::Conflict,
                             tr("%1 is already recorded at this opening (%2).").arg(m.name, memberRoleName(other.role)));
    }
    Status done = m_db->transaction([&]() -> Status {
        auto inserted = m_store.insertMember(sessionId, m);
        if (!inserted)
            return inserted.error();
        m.id = inserted.value();
        return m_audit.record(actor, QStringLiteral("suggestion.member_add"), kSession(), QString::number(sessionId),
                              memberRoleName(role) + QStringLiteral(": ") + m.name);
    });
    if (!done)
        return done.error();
    return m;
}

Status SuggestionService::removeMember(const Actor &actor, qint64 memberId)
{
    auto found = m_store.member(memberId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Member %1 does not exist.").arg(memberId));
    const auto &[member, sessionId] = found->value();
    auto current = draftFor(actor, Permission::RecordSlips, QStringLiteral("suggestion.member_remove"), sessionId);
    if (!current)
        return current.error();
    return m_db->transaction([&]() -> Status {
        if (Status d = m_store.deleteMember(memberId); !d)
            return d;
        return m_audit.record(actor, QStringLiteral("suggestion.member_remove"), kSession(), QString::number(sessionId),
                              memberRoleName(member.role) + QStringLiteral(": ") + member.name);
    });
}

// ---- Slips -------------------------------------------------------------

Status SuggestionService::checkEntry(const SlipEntry &e) const
{
    if (e.summary.isEmpty() && e.kind != SlipKind::Kosong)
        return makeError(ErrorCode::InvalidInput, tr("Write what the slip says (a short summary)."));
    if (Status s = checkText(e.summary, tr("The summary"), 1000, TextCheck::Kind::MultiLine); !s)
        return s;
    if (!e.element.isEmpty() && !isSurveyElement(e.element))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not one of the survey's elements U1 to U9.").arg(TextCheck::quote(e.element)));
    if (e.decision == SlipDecision::TindakLanjut && e.kind == SlipKind::Kosong)
        return makeError(ErrorCode::InvalidInput,
                         tr("An empty or irrelevant slip has nothing to follow up: archive it."));
    QSqlQuery q(m_db->connection());
    if (e.serviceId > 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM services WHERE id = ?"));
        q.addBindValue(e.serviceId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("reading the service"));
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("Service %1 does not exist.").arg(e.serviceId));
    }
    if (e.ownerId > 0) {
        q.prepare(QStringLiteral("SELECT active FROM users WHERE id = ?"));
        q.addBindValue(e.ownerId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("reading the users"));
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("User %1 does not exist.").arg(e.ownerId));
        if (q.value(0).toInt() == 0)
            return makeError(ErrorCode::InvalidInput, tr("The person put in charge no longer has an active account."));
    }
    return {};
}

Result<SuggestionSlip> SuggestionService::addSlip(const Actor &actor, qint64 sessionId, const SlipEntry &in)
{
    auto current = draftFor(actor, Permission::RecordSlips, QStringLiteral("suggestion.slip_add"), sessionId);
    if (!current)
        return current.error();
    SlipEntry e = in;
    e.summary = e.summary.trimmed();
    e.element = e.element.trimmed().toUpper();
    if (Status s = checkEntry(e); !s)
        return s.error();
    if (e.target.isValid() && e.target < current->openedOn)
        return makeError(ErrorCode::InvalidInput, tr("The target date is before the opening. Check the date."));
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto inserted = m_store.insertSlip(sessionId, e, m_clock.nowMs(), actor.userId);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        auto slip = m_store.slip(id);
        if (!slip)
            return slip.error();
        return m_audit.record(actor, QStringLiteral("suggestion.slip_add"), QStringLiteral("suggestion_slip"),
                              QString::number(id), slipDetail(**slip));
    });
    if (!done)
        return done.error();
    return slip(actor, id);
}

Result<SuggestionSlip> SuggestionService::updateSlip(const Actor &actor, qint64 slipId, const SlipEntry &in)
{
    auto found = draftOfSlip(actor, QStringLiteral("suggestion.slip_update"), slipId);
    if (!found)
        return found.error();
    const auto &current = found->second;
    SlipEntry e = in;
    e.summary = e.summary.trimmed();
    e.element = e.element.trimmed().toUpper();
    if (Status s = checkEntry(e); !s)
        return s.error();
    if (e.target.isValid() && e.target < current.openedOn)
        return makeError(ErrorCode::InvalidInput, tr("The target date is before the opening. Check the date."));
    Status done = m_db->transaction([&]() -> Status {
        if (Status u = m_store.updateSlip(slipId, e); !u)
            return u;
        SuggestionSlip changed = found->first;
        changed.entry = e;
        return m_audit.record(actor, QStringLiteral("suggestion.slip_update"), QStringLiteral("suggestion_slip"),
                              QString::number(slipId), slipDetail(changed));
    });
    if (!done)
        return done.error();
    return slip(actor, slipId);
}

Status SuggestionService::removeSlip(const Actor &actor, qint64 slipId)
{
    auto found = draftOfSlip(actor, QStringLiteral("suggestion.slip_remove"), slipId);
    if (!found)
        return found.error();
    return m_db->transaction([&]() -> Status {
        if (Status d = m_store.deleteSlip(slipId); !d)
            return d;
        return m_audit.record(actor, QStringLiteral("suggestion.slip_remove"), QStringLiteral("suggestion_slip"),
                              QString::number(slipId), slipDetail(found->first));
    });
}

Status SuggestionService::attachScan(const Actor &actor, qint64 slipId, const ComplaintAttachmentFile &file)
{
    auto found = draftOfSlip(actor, QStringLiteral("suggestion.scan_add"), slipId);
    if (!found)
        return found.error();
    const QString name = file.name.trimmed();
    if (Status s = checkText(name, tr("The scan's name"), 120); !s)
        return s;
    const qint64 maxKb = std::max(1, SettingsStore(m_db).intValue(QLatin1String(SettingKey::ComplaintAttachmentMaxKb)));
    if (file.data.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The scan %1 is empty.").arg(TextCheck::quote(name)));
    if (file.data.size() > maxKb * 1024)
        return makeError(ErrorCode::InvalidInput, tr("The scan %1 is too large (%2 KB; at most %3 KB).")
                                                      .arg(TextCheck::quote(name))
                                                      .arg((file.data.size() + 1023) / 1024)
                                                      .arg(maxKb));
    QString mime;
    if (file.data.startsWith("\x89PNG\r\n\x1a\n"))
        mime = QStringLiteral("image/png");
    else if (file.data.startsWith("\xff\xd8\xff"))
        mime = QStringLiteral("image/jpeg");
    else if (file.data.startsWith("%PDF-"))
        mime = QStringLiteral("application/pdf");
    else
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a PNG or JPEG picture or a PDF file: scan the slip again.").arg(TextCheck::quote(name)));
    return m_db->transaction([&]() -> Status {
        if (Status s = m_store.insertScan(slipId, found->first.sessionId, name, mime, file.data); !s)
            return s;
        return m_audit.record(actor, QStringLiteral("suggestion.scan_add"), QStringLiteral("suggestion_slip"),
                              QString::number(slipId), name);
    });
}

} // namespace loket
