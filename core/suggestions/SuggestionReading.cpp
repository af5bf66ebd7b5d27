// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the openings: sessions, slips with how their decisions stand, the
// summary before signing, the minutes, the monthly review and the reminders.
#include "core/suggestions/SuggestionService.h"

#include "core/auth/UserService.h"
#include "core/auth/UserStore.h"
#include "core/catalog/OfficeService.h"
#include "core/storage/SettingsStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace loket {

Status SuggestionService::mayRead(const Actor &actor, const SuggestionSession &s) const
{
    if (actor.isSystem())
        return {};
    if (s.isSigned()) {
        if (actor.isUser())
            return {};
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to read the minutes."));
    }
    if (actor.can(Permission::ManageSuggestions))
        return {};
    return m_audit.require(actor, Permission::RecordSlips, QStringLiteral("suggestion.read"), kSession(),
                           QString::number(s.id));
}

SuggestionSlip SuggestionService::withFollow(SuggestionSlip slip, bool isSigned, QDate day)
{
    if (!isSigned) {
        slip.follow = FollowState::Draft;
        return slip;
    }
    const bool late = slip.entry.target.isValid() && slip.entry.target < day;
    if (slip.entry.decision == SlipDecision::Arsip || slip.doneAt.isValid()) {
        slip.follow = FollowState::Done;
    } else if (slip.entry.decision == SlipDecision::TindakLanjut) {
        const bool settled = slip.complaintState
            && (!isOpen(*slip.complaintState) || *slip.complaintState == ComplaintState::Responded);
        slip.follow = settled ? FollowState::Done : (late ? FollowState::Overdue : FollowState::Pending);
    } else {
        slip.follow = late ? FollowState::Overdue : FollowState::Pending;
    }
    return slip;
}

QList<SuggestionSlip> SuggestionService::withFollow(QList<SuggestionSlip> slips, bool isSigned, QDate day)
{
    for (SuggestionSlip &s : slips)
        s = withFollow(s, isSigned, day);
    return slips;
}

Result<SuggestionSession> SuggestionService::session(const Actor &actor, qint64 id) const
{
    auto found = m_store.session(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Suggestion box opening %1 does not exist.").arg(id));
    if (Status s = mayRead(actor, found->value()); !s)
        return s.error();
    return found->value();
}

Result<SuggestionSession> SuggestionService::find(const Actor &actor, const QString &numberOrId) const
{
    const QString text = numberOrId.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId && id > 0)
        return session(actor, id);
    auto numbered = m_store.sessionNumbered(text);
    if (!numbered)
        return numbered.error();
    if (!numbered->has_value())
        return makeError(ErrorCode::NotFound, tr("There are no minutes numbered %1.").arg(text));
    return session(actor, numbered->value());
}

Result<QList<SuggestionSession>> SuggestionService::sessions(const Actor &actor, QDate month) const
{
    if (!actor.isUser() && !actor.isSystem())
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to read the minutes."));
    const bool drafts = actor.can(Permission::RecordSlips) || actor.can(Permission::ManageSuggestions);
    QDate from, to;
    if (month.isValid()) {
        from = QDate(month.year(), month.month(), 1);
        to = from.addMonths(1).addDays(-1);
    }
    auto list = m_store.sessions(from, to, drafts);
    if (!list)
        return list.error();
    QList<SuggestionSession> out = list.value();
    for (SuggestionSession &s : out) {
        auto full = m_store.session(s.id);
        if (!full)
            return full.error();
        if (full->has_value())
            s.members = full->value().members;
    }
    return out;
}

Result<QList<SuggestionSlip>> SuggestionService::slips(const Actor &actor, qint64 sessionId) const
{
    auto s = session(actor, sessionId);
    if (!s)
        return s.error();
    auto list = m_store.slips(sessionId);
    if (!list)
        return list.error();
    return withFollow(list.value(), s->isSigned(), today());
}

Result<SuggestionSlip> SuggestionService::slip(const Actor &actor, qint64 slipId) const
{
    auto found = m_store.slip(slipId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("Slip %1 does not exist.").arg(slipId));
    auto s = session(actor, found->value().sessionId);
    if (!s)
        return s.error();
    return withFollow(found->value(), s->isSigned(), today());
}

Result<ComplaintAttachmentFile> SuggestionService::scan(const Actor &actor, qint64 slipId) const
{
    auto found = slip(actor, slipId);
    if (!found)
        return found.error();
    auto data = m_store.scan(slipId);
    if (!data)
        return data.error();
    if (!data->has_value())
        return makeError(ErrorCode::NotFound, tr("Slip %1 has no scan.").arg(found->number));
    if (Status s = m_audit.record(actor, QStringLiteral("suggestion.scan_read"), QStringLiteral("suggestion_slip"),
                                  QString::number(slipId), data->value().first);
        !s)
        return s.error();
    return ComplaintAttachmentFile {data->value().first, data->value().second};
}

Result<SessionSummary> SuggestionService::summary(const Actor &actor, qint64 sessionId) const
{
    auto s = session(actor, sessionId);
    if (!s)
        return s.error();
    auto list = m_store.slips(sessionId);
    if (!list)
        return list.error();
    SessionSummary out;
    QStringList undecided;
    for (const SuggestionSlip &slip : list.value()) {
        ++out.total;
        ++out.byKind[std::size_t(slip.entry.kind)];
        if (slip.entry.decision)
            ++out.byDecision[std::size_t(*slip.entry.decision)];
        else
            undecided << QString::number(slip.number);
    }
    out.undecided = int(undecided.size());
    if (s->isSigned())
        return out;
    if (s->openerCount() == 0)
        out.missing << tr("Record at least one member of the team that opened the box.");
    if (s->witnessCount() < 2)
        out.missing << tr("The box is opened before at least two witnesses: %n more to record.", nullptr,
                          2 - s->witnessCount());
    if (!undecided.isEmpty())
        out.missing << tr("Decide what happens to every slip: %n without a decision (number %1).", nullptr,
                          int(undecided.size()))
                           .arg(undecided.join(QStringLiteral(", ")));
    auto office = OfficeService(m_db, m_clock).get();
    if (!office || office->headName.trimmed().isEmpty())
        out.missing << tr("Write the head of office's name in the office profile: the minutes are signed "
                          "\"Mengetahui\" by the head of office.");
    return out;
}

Result<SuggestionMinutes> SuggestionService::minutes(const Actor &actor, qint64 sessionId) const
{
    SuggestionMinutes m;
    auto s = session(actor, sessionId);
    if (!s)
        return s.error();
    m.session = s.value();
    auto list = slips(actor, sessionId);
    if (!list)
        return list.error();
    m.slips = list.value();
    auto counts = summary(actor, sessionId);
    if (!counts)
        return counts.error();
    m.summary = counts.value();
    if (auto office = OfficeService(m_db, m_clock).get())
        m.office = office.value();
    if (!m.session.isSigned()) {
        m.session.headTitle = m.office.headTitle;
        m.session.headName = m.office.headName;
        m.session.headNip = m.office.headNip;
    }
    return m;
}

Result<std::optional<SuggestionSlip>> SuggestionService::slipOfComplaint(const Actor &actor, qint64 complaintId) const
{
    if (!actor.isUser() && !actor.isSystem())
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to read the minutes."));
    auto found = m_store.slipOfComplaint(complaintId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return found.value();
    return std::optional<SuggestionSlip>(withFollow(found->value(), true, today()));
}

Result<SuggestionReview> SuggestionService::review(const Actor &actor, QDate month) const
{
    if (!actor.can(Permission::ManageSuggestions)) {
        if (Status s = m_audit.require(actor, Permission::ViewReports, QStringLiteral("suggestion.read"), kSession()); !s)
            return s.error();
    }
    SuggestionReview r;
    r.month = QDate(month.year(), month.month(), 1);
    const QDate from = r.month.addMonths(-11);
    const QDate to = r.month.addMonths(1).addDays(-1);
    const QDate day = today();
    for (int i = 0; i < 12; ++i)
        r.months.append(SuggestionReview::Month {from.addMonths(i), {}, 0});
    const auto monthIndex = [&](QDate d) { return (d.year() - from.year()) * 12 + d.month() - from.month(); };

    auto sessions = m_store.sessions(from, to, false);
    if (!sessions)
        return sessions.error();
    QSet<qint64> openedBoxes;
    for (const SuggestionSession &s : sessions.value()) {
        const int i = monthIndex(s.openedOn);
        if (i >= 0 && i < 12)
            ++r.months[i].sessions;
    }
    auto drafts = m_store.sessions(r.month, to, true);
    if (!drafts)
        return drafts.error();
    for (const SuggestionSession &s : drafts.value())
        openedBoxes.insert(s.boxId);
    auto boxes = m_store.boxes(false);
    if (!boxes)
        return boxes.error();
    for (const SuggestionBox &b : boxes.value()) {
        if (!openedBoxes.contains(b.id))
            r.notOpened << b;
    }

    auto slips = m_store.signedSlips(from, to);
    if (!slips)
        return slips.error();
    QHash<qint64, SuggestionReview::ServiceCount> services;
    QHash<qint64, QSet<int>> serviceMonths;
    struct ThemeKey {
        qint64 service;
        QString element;
        bool operator==(const ThemeKey &o) const { return service == o.service && element == o.element; }
    };
    QList<std::pair<ThemeKey, SuggestionReview::Theme>> themes;
    QList<QSet<int>> themeMonths;
    for (const auto &[opened, slipIn] : slips.value()) {
        const int i = monthIndex(opened);
        if (i < 0 || i >= 12)
            continue;
        const SuggestionSlip slip = withFollow(slipIn, true, day);
        ++r.months[i].byKind[std::size_t(slip.entry.kind)];
        if (slip.entry.decision && *slip.entry.decision != SlipDecision::Arsip) {
            ++r.decided;
            r.done += slip.follow == FollowState::Done ? 1 : 0;
            r.overdue += slip.follow == FollowState::Overdue ? 1 : 0;
        }
        if (slip.entry.kind == SlipKind::Kosong || slip.entry.kind == SlipKind::Apresiasi)
            continue; // themes and services are what people ask to change
        if (slip.entry.serviceId > 0) {
            auto &c = services[slip.entry.serviceId];
            c.serviceId = slip.entry.serviceId;
            c.code = slip.serviceCode;
            c.name = slip.serviceName;
            ++c.slips;
            c.complaints += slip.entry.kind == SlipKind::Pengaduan ? 1 : 0;
            serviceMonths[slip.entry.serviceId].insert(i);
        }
        if (slip.entry.serviceId > 0 || !slip.entry.element.isEmpty()) {
            const ThemeKey key {slip.entry.serviceId, slip.entry.element};
            auto it = std::find_if(themes.begin(), themes.end(), [&](const auto &t) { return t.first == key; });
            if (it == themes.end()) {
                QStringList label;
                if (!slip.serviceName.isEmpty())
                    label << slip.serviceName;
                if (!slip.entry.element.isEmpty())
                    label << surveyElementName(slip.entry.element);
                themes.append({key, SuggestionReview::Theme {label.join(QStringLiteral(" · ")), key.service,
                                                             key.element, 0, 0}});
                themeMonths.append(QSet<int>());
                it = themes.end() - 1;
            }
            ++it->second.slips;
            themeMonths[int(it - themes.begin())].insert(i);
        }
    }
    for (auto it = services.begin(); it != services.end(); ++it) {
        it->months = int(serviceMonths.value(it.key()).size());
        r.services << it.value();
    }
    std::sort(r.services.begin(), r.services.end(), [](const auto &a, const auto &b) {
        return a.slips != b.slips ? a.slips > b.slips : a.name < b.name;
    });
    for (int i = 0; i < themes.size(); ++i) {
        SuggestionReview::Theme t = themes[i].second;
        t.months = int(themeMonths[i].size());
        if (t.months >= 2)
            r.themes << t;
    }
    std::sort(r.themes.begin(), r.themes.end(), [](const auto &a, const auto &b) {
        return a.months != b.months ? a.months > b.months : (a.slips != b.slips ? a.slips > b.slips : a.label < b.label);
    });

    auto open = m_store.slipsToFollow(from, to);
    if (!open)
        return open.error();
    for (const SuggestionSlip &s : withFollow(open.value(), true, day)) {
        if (s.follow != FollowState::Done)
            r.open << s;
    }
    std::stable_sort(r.open.begin(), r.open.end(), [](const SuggestionSlip &a, const SuggestionSlip &b) {
        return (a.follow == FollowState::Overdue) > (b.follow == FollowState::Overdue);
    });
    return r;
}

Result<QList<BoxReminder>> SuggestionService::reminders(const Actor &actor) const
{
    if (!actor.can(Permission::ManageSuggestions))
        return QList<BoxReminder>();
    const QDate day = today();
    const int from = std::clamp(SettingsStore(m_db).intValue(QLatin1String(SettingKey::SuggestionReminderDay)), 1, 28);
    if (day.day() < from)
        return QList<BoxReminder>();
    const QDate month(day.year(), day.month(), 1);
    auto boxes = m_store.boxes(false);
    if (!boxes)
        return boxes.error();
    QList<BoxReminder> out;
    for (const SuggestionBox &b : boxes.value()) {
        if (!b.lastOpened.isValid() || b.lastOpened < month)
            out << BoxReminder {b, month};
    }
    return out;
}

Result<QList<SuggestionService::Person>> SuggestionService::people(const Actor &actor) const
{
    if (!actor.isUser() && !actor.isSystem())
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to see the suggestion boxes."));
    auto users = UserStore(m_db, m_clock).list();
    if (!users)
        return users.error();
    QList<Person> out;
    for (const User &u : users.value()) {
        if (u.active && u.role != Role::Admin)
            out << Person {u.id, u.username, u.fullName, roleDisplayName(u.role)};
    }
    std::sort(out.begin(), out.end(), [](const Person &a, const Person &b) { return a.fullName < b.fullName; });
    return out;
}

} // namespace loket
