// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintService.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/common/TextCheck.h"
#include "core/standards/StandardComponent.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/TextIndex.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {


Status checkLength(const QString &text, const QString &field, int max)
{
    if (text.size() > max)
        return makeError(ErrorCode::InvalidInput,
                         ComplaintService::tr("%1 is too long (%2 characters; at most %3).").arg(field).arg(text.size()).arg(max));
    return {};
}

} // namespace

QString ComplaintService::kEntity()
{
    return QStringLiteral("complaint");
}

ComplaintService::ComplaintService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
    , m_store(m_db)
{
}

Result<ComplaintLifecycle> ComplaintService::lifecycle() const
{
    CalendarRepository repo(m_db);
    auto calendar = repo.load();
    if (!calendar)
        return calendar.error();
    auto time = repo.officeTime();
    if (!time)
        return time.error();
    const SettingsStore settings(m_db);
    auto days = [&](const char *key, int fallback) {
        const int v = settings.intValue(QLatin1String(key));
        return v >= 1 && v <= 365 ? v : fallback;
    };
    DeadlinePolicy p;
    p.verifyDays = days(SettingKey::ComplaintVerifyDays, 3);
    p.firstFollowUpDays = days(SettingKey::ComplaintFirstFollowUpDays, 5);
    p.ringanDays = days(SettingKey::ComplaintSettleRinganDays, 2);
    p.normatifDays = days(SettingKey::ComplaintSettleNormatifDays, 5);
    p.tidakBerkadarDays = days(SettingKey::ComplaintSettleTidakBerkadarDays, 14);
    p.berkadarDays = days(SettingKey::ComplaintSettleBerkadarDays, 60);
    p.autoCloseDays = days(SettingKey::ComplaintAutoCloseDays, 10);
    return ComplaintLifecycle(calendar.value(), time.value(), p);
}

QDate ComplaintService::today() const
{
    auto time = CalendarRepository(m_db).officeTime();
    const OfficeTime t = time ? time.value() : OfficeTime();
    return t.localDateOfMs(m_clock.nowMs());
}

Status ComplaintService::checkAttachment(const ComplaintAttachmentFile &file, ComplaintAttachment &meta) const
{
    const QString name = QFileInfo(file.name).fileName();
    if (Status s = TextCheck::check(name, tr("The attachment's name")); !s)
        return s;
    if (Status s = checkLength(name, tr("The attachment's name"), 120); !s)
        return s;
    const qint64 maxKb = std::max(1, SettingsStore(m_db).intValue(QLatin1String(SettingKey::ComplaintAttachmentMaxKb)));
    if (file.data.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The attachment %1 is empty.").arg(name));
    if (file.data.size() > maxKb * 1024) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The attachment %1 is too large (%2 KB; at most %3 KB). Scan it at a lower resolution or "
                            "split it.")
                             .arg(name)
                             .arg((file.data.size() + 1023) / 1024)
                             .arg(maxKb));
    }
    // The type is what the bytes are, whatever the name says.
    const QByteArray &d = file.data;
    if (d.startsWith("%PDF-"))
        meta.mime = QStringLiteral("application/pdf");
    else if (d.startsWith("\x89PNG\r\n\x1a\n"))
        meta.mime = QStringLiteral("image/png");
    else if (d.startsWith("\xFF\xD8\xFF"))
        meta.mime = QStringLiteral("image/jpeg");
    else
        return makeError(ErrorCode::InvalidInput,
                         tr("The attachment %1 is not a photo (JPEG, PNG) or a PDF scan.").arg(name));
    // The name's extension says what the bytes are, so the system viewer never runs a renamed program.
    const QString ext = meta.mime == QLatin1String("application/pdf") ? QStringLiteral("pdf")
        : meta.mime == QLatin1String("image/png")                     ? QStringLiteral("png")
                                                                      : QStringLiteral("jpg");
    const QString suffix = QFileInfo(name).suffix().toLower();
    const bool fits = suffix == ext || (ext == QLatin1String("jpg") && suffix == QLatin1String("jpeg"));
    meta.name = fits ? name : QFileInfo(name).completeBaseName() + QLatin1Char('.') + ext;
    meta.size = d.size();
    meta.sha256 = QString::fromLatin1(QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex());
    return {};
}

Status ComplaintService::storeAttachment(const Actor &actor, qint64 id, const ComplaintAttachmentFile &file,
                                         qint64 nowMs, qint64 *eventId)
{
    ComplaintAttachment meta;
    if (Status s = checkAttachment(file, meta); !s)
        return s;
    meta.addedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    auto existing = m_store.attachments(id);
    if (!existing)
        return existing.error();
    for (const ComplaintAttachment &a : existing.value()) {
        if (a.sha256 == meta.sha256)
            return makeError(ErrorCode::Conflict, tr("This file is already attached (as %1).").arg(a.name));
    }
    auto attachmentId = m_store.insertAttachment(id, meta, file.data, actor.userId);
    if (!attachmentId)
        return attachmentId.error();
    auto ev = m_store.appendEvent(id, nowMs, actor, ComplaintEventKind::Attached,
        QJsonObject {{QStringLiteral("attachment_id"), attachmentId.value()}, {QStringLiteral("name"), meta.name},
            {QStringLiteral("mime"), meta.mime}, {QStringLiteral("size"), meta.size},
            {QStringLiteral("sha256"), meta.sha256}},
        QString());
    if (!ev)
        return ev.error();
    *eventId = ev.value();
    return {};
}

Status ComplaintService::rewriteStatus(qint64 id, const ComplaintLifecycle &life, qint64 nowMs, qint64 lastEventId)
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT received_at, tier FROM complaints WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a complaint"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Complaint %1 does not exist.").arg(id));
    const QDateTime receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    const ComplaintTier tier = tierFromCode(q.value(1).toString()).value_or(ComplaintTier::Normatif);
    q.finish();
    auto events = m_store.events(id);
    if (!events)
        return events.error();
    return m_store.writeStatus(id, life.derive(receivedAt, tier, events.value()), lastEventId, nowMs);
}

Result<Complaint> ComplaintService::add(const Actor &actor, ComplaintIntake in, ComplaintIdentity person,
                                        const QList<ComplaintAttachmentFile> &attachments)
{
    if (Status allowed = m_audit.require(actor, Permission::LogComplaint, QStringLiteral("complaint.add"), kEntity()); !allowed)
        return allowed.error();
    in.summary = in.summary.trimmed();
    in.laporNumber = in.laporNumber.trimmed();
    in.component = in.component.trimmed();
    person.name = person.name.trimmed();
    person.phone = person.phone.trimmed();
    person.email = person.email.trimmed();
    person.address = person.address.trimmed();
    if (in.summary.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Write what the complaint is about (the summary)."));
    using K = TextCheck::Kind;
    const struct {
        const QString &text;
        QString field;
        K kind;
        int max;
    } texts[] = {
        {in.summary, tr("The summary"), K::Line, 300},
        {in.details, tr("What happened"), K::MultiLine, 20000},
        {in.loss, tr("The loss"), K::MultiLine, 5000},
        {in.remedy, tr("The remedy asked for"), K::MultiLine, 5000},
        {in.laporNumber, tr("The SP4N-LAPOR! number"), K::Line, 40},
        {person.name, tr("The name"), K::Line, 120},
        {person.phone, tr("The phone number"), K::Line, 30},
        {person.email, tr("The email address"), K::Line, 120},
        {person.address, tr("The address"), K::MultiLine, 500},
    };
    for (const auto &t : texts) {
        if (Status s = TextCheck::check(t.text, t.field, t.kind); !s)
            return s.error();
        if (Status s = checkLength(t.text, t.field, t.max); !s)
            return s.error();
    }
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 .-]{4,24}$"));
    if (!person.phone.isEmpty() && !phone.match(person.phone).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a phone number: write 5 to 25 digits, spaces, dots or dashes, e.g. 0812 3456 7890.")
                             .arg(TextCheck::quote(person.phone)));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!person.email.isEmpty() && !email.match(person.email).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not an email address.").arg(TextCheck::quote(person.email)));
    if (in.anonymous && !person.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("An anonymous complaint has no name or contact. Leave them out, or mark the complaint "
                            "confidential to keep the person's identity secret."));
    if (!in.component.isEmpty() && !standardComponentFromCode(in.component))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not one of the 14 components of a service standard.").arg(TextCheck::quote(in.component)));
    const qint64 nowMs = m_clock.nowMs();
    if (!in.receivedAt.isValid())
        in.receivedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    in.receivedAt = in.receivedAt.toUTC();
    if (in.receivedAt.toMSecsSinceEpoch() > nowMs + kFutureSlackMs)
        return makeError(ErrorCode::InvalidInput,
                         tr("The complaint cannot have been received in the future. Check the date and time of receipt."));
    if (in.receivedAt.toMSecsSinceEpoch() < nowMs - 366LL * 24 * 3600 * 1000)
        return makeError(ErrorCode::InvalidInput,
                         tr("The complaint was received more than a year ago. Check the date of receipt."));
    for (const ComplaintAttachmentFile &f : attachments) {
        ComplaintAttachment meta;
        if (Status s = checkAttachment(f, meta); !s)
            return s.error();
    }
    auto life = lifecycle();
    if (!life)
        return life.error();
    QString pattern = SettingsStore(m_db).stringValue(QLatin1String(SettingKey::ComplaintNumberPattern));
    if (!ComplaintStore::isValidPattern(pattern))
        pattern = QStringLiteral("ADU/{YYYY}/{MM}/{NNNN}");
    const QDate localToday = life->officeTime().localDateOfMs(nowMs);
    const QDate receivedDay = life->calendar().effectiveReceiptDay(life->officeTime().localDateTime(in.receivedAt));

    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        if (in.serviceId > 0 || in.ticketId > 0) {
            // The ticket names the service when none was chosen.
            if (in.ticketId > 0) {
                QSqlQuery &t = m_db->prepared(QStringLiteral("SELECT service_id FROM tickets WHERE id = ?"));
                t.addBindValue(in.ticketId);
                if (!t.exec())
                    return m_db->sqlError(t.lastError(), tr("reading the ticket"));
                if (!t.next())
                    return makeError(ErrorCode::NotFound, tr("Ticket %1 does not exist.").arg(in.ticketId));
                if (in.serviceId <= 0)
                    in.serviceId = t.value(0).toLongLong();
                t.finish();
            }
            QSqlQuery &s = m_db->prepared(QStringLiteral("SELECT 1 FROM services WHERE id = ?"));
            s.addBindValue(in.serviceId);
            if (!s.exec())
                return m_db->sqlError(s.lastError(), tr("reading the service"));
            const bool exists = s.next();
            s.finish();
            if (!exists)
                return makeError(ErrorCode::NotFound, tr("Service %1 does not exist.").arg(in.serviceId));
        }
        auto number = m_store.nextNumber(pattern, localToday);
        if (!number)
            return number.error();
        auto inserted = m_store.insertComplaint(number.value(), in, receivedDay, nowMs, actor.userId);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (!person.isEmpty()) {
            if (Status s = m_store.insertIdentity(id, person); !s)
                return s;
        }
        auto ev = m_store.appendEvent(id, nowMs, actor, ComplaintEventKind::Received,
            QJsonObject {{QStringLiteral("intake"), ComplaintStore::intakeRecord(number->text, in, receivedDay, actor.userId,
                ComplaintStore::identityHash(person))}},
            QString());
        if (!ev)
            return ev.error();
        qint64 lastEvent = ev.value();
        for (const ComplaintAttachmentFile &f : attachments) {
            if (Status s = storeAttachment(actor, id, f, nowMs, &lastEvent); !s)
                return s;
        }
        if (Status s = rewriteStatus(id, life.value(), nowMs, lastEvent); !s)
            return s;
        if (Status s = TextIndex::complaints(m_db)->put(id, in.summary, ComplaintStore::bodyText(in)); !s)
            return s;
        return m_audit.record(actor, QStringLiteral("complaint.add"), kEntity(), number->text,
            auditDetail(QStringLiteral("complaint.add"),
                {{QStringLiteral("channel"), channelCode(in.channel)}, {QStringLiteral("tier"), tierCode(in.tier)}}));
    });
    if (!done)
        return done.error();
    auto loaded = m_store.load(id);
    if (!loaded)
        return loaded.error();
    return withDaysLeft(std::move(*loaded.value()), life.value());
}

Status ComplaintService::requireWork(const Actor &actor, const Complaint &c, const QString &action, Who who) const
{
    if (actor.can(Permission::ManageComplaints))
        return {};
    if (Status s = m_audit.require(actor, Permission::WorkComplaints, action, kEntity(), c.number); !s)
        return s;
    if (who == Who::AnyWorker)
        return {};
    const qint64 assignee = c.status.assigneeId;
    if (assignee == actor.userId || (assignee == 0 && who == Who::AssigneeOrUnassigned))
        return {};
    (void)m_audit.record(actor, action, kEntity(), c.number,
        auditDetail(QStringLiteral("complaint.not_assignee"), {{QStringLiteral("assignee"), c.assigneeName}}),
        QStringLiteral("refused"));
    if (assignee == 0)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Complaint %1 is not assigned yet. Take it (assign it to yourself) or ask a supervisor to "
                            "assign it, then follow it up.")
                             .arg(c.number));
    return makeError(ErrorCode::PermissionDenied,
                     tr("Complaint %1 is assigned to %2. Only %2 or a supervisor may work on it.").arg(c.number, c.assigneeName));
}

Result<Complaint> ComplaintService::step(const Actor &actor, qint64 id, const QString &action, const Step &decide,
                                         const QString &indexText)
{
    auto life = lifecycle();
    if (!life)
        return life.error();
    const qint64 nowMs = m_clock.nowMs();
    Status done = m_db->transaction([&]() -> Status {
        auto loaded = m_store.load(id);
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return makeError(ErrorCode::NotFound, tr("Complaint %1 does not exist.").arg(id));
        QString note;
        auto decided = decide(loaded->value(), note);
        if (!decided)
            return decided.error();
        auto ev = m_store.appendEvent(id, nowMs, actor, decided->first, decided->second, note);
        if (!ev)
            return ev.error();
        if (Status s = rewriteStatus(id, life.value(), nowMs, ev.value()); !s)
            return s;
        if (!indexText.trimmed().isEmpty()) {
            if (Status s = TextIndex::complaints(m_db)->append(id, indexText); !s)
                return s;
        }
        return m_audit.record(actor, action, kEntity(), loaded->value().number,
            auditDetail(QStringLiteral("complaint.step"), {{QStringLiteral("event"), eventKindCode(decided->first)}}));
    });
    if (!done)
        return done.error();
    auto c = m_store.load(id);
    if (!c)
        return c.error();
    return withDaysLeft(std::move(*c.value()), life.value());
}

} // namespace loket
