// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AuditText.h"

#include "core/auth/Role.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace loket {

namespace {

struct Label {
    const char *code;
    const char *text;  // QT_TRANSLATE_NOOP("AuditText", …)
};

// Families first (the part before the dot), then every action, in the order
// the audit page's filter lists them.
constexpr std::array kFamilies {
    Label { "login", QT_TRANSLATE_NOOP("AuditText", "Sign-in") },
    Label { "user", QT_TRANSLATE_NOOP("AuditText", "Users") },
    Label { "queue", QT_TRANSLATE_NOOP("AuditText", "Queue") },
    Label { "counter", QT_TRANSLATE_NOOP("AuditText", "Counters") },
    Label { "service", QT_TRANSLATE_NOOP("AuditText", "Services") },
    Label { "unit", QT_TRANSLATE_NOOP("AuditText", "Units") },
    Label { "priority_reason", QT_TRANSLATE_NOOP("AuditText", "Priority reasons") },
    Label { "holiday", QT_TRANSLATE_NOOP("AuditText", "Holidays") },
    Label { "settings", QT_TRANSLATE_NOOP("AuditText", "Settings") },
    Label { "standard", QT_TRANSLATE_NOOP("AuditText", "Service standards") },
    Label { "maklumat", QT_TRANSLATE_NOOP("AuditText", "Service declaration (Maklumat)") },
    Label { "backup", QT_TRANSLATE_NOOP("AuditText", "Backups") },
    Label { "stats", QT_TRANSLATE_NOOP("AuditText", "Statistics") },
    Label { "audit", QT_TRANSLATE_NOOP("AuditText", "Audit log") },
    Label { "complaint", QT_TRANSLATE_NOOP("AuditText", "Complaints") },
    Label { "suggestion", QT_TRANSLATE_NOOP("AuditText", "Suggestion boxes") },
    Label { "survey", QT_TRANSLATE_NOOP("AuditText", "Satisfaction survey") },
};

constexpr std::array kActions {
    Label { "login", QT_TRANSLATE_NOOP("AuditText", "Sign-in") },
    Label { "user.add", QT_TRANSLATE_NOOP("AuditText", "User added") },
    Label { "user.update", QT_TRANSLATE_NOOP("AuditText", "User changed") },
    Label { "user.passwd", QT_TRANSLATE_NOOP("AuditText", "Password changed") },
    Label { "user.enable", QT_TRANSLATE_NOOP("AuditText", "User enabled") },
    Label { "user.disable", QT_TRANSLATE_NOOP("AuditText", "User disabled") },
    Label { "user.unlock", QT_TRANSLATE_NOOP("AuditText", "Account unlocked") },
    Label { "user.list", QT_TRANSLATE_NOOP("AuditText", "User list viewed") },
    Label { "queue.issue", QT_TRANSLATE_NOOP("AuditText", "Ticket issued") },
    Label { "queue.walkin", QT_TRANSLATE_NOOP("AuditText", "Ticket issued at a counter") },
    Label { "queue.call", QT_TRANSLATE_NOOP("AuditText", "Ticket called") },
    Label { "queue.call_out_of_turn", QT_TRANSLATE_NOOP("AuditText", "Ticket called out of turn") },
    Label { "queue.recall", QT_TRANSLATE_NOOP("AuditText", "Ticket called again") },
    Label { "queue.start", QT_TRANSLATE_NOOP("AuditText", "Service started") },
    Label { "queue.finish", QT_TRANSLATE_NOOP("AuditText", "Service finished") },
    Label { "queue.no_show", QT_TRANSLATE_NOOP("AuditText", "Citizen did not come") },
    Label { "queue.hold", QT_TRANSLATE_NOOP("AuditText", "Ticket put on hold") },
    Label { "queue.resume", QT_TRANSLATE_NOOP("AuditText", "Ticket resumed") },
    Label { "queue.transfer", QT_TRANSLATE_NOOP("AuditText", "Ticket transferred") },
    Label { "queue.cancel", QT_TRANSLATE_NOOP("AuditText", "Ticket cancelled") },
    Label { "queue.close_day", QT_TRANSLATE_NOOP("AuditText", "Queue day closed") },
    Label { "counter.signin", QT_TRANSLATE_NOOP("AuditText", "Signed in at a counter") },
    Label { "counter.open", QT_TRANSLATE_NOOP("AuditText", "Counter opened") },
    Label { "counter.pause", QT_TRANSLATE_NOOP("AuditText", "Counter on a break") },
    Label { "counter.close", QT_TRANSLATE_NOOP("AuditText", "Counter closed") },
    Label { "counter.add", QT_TRANSLATE_NOOP("AuditText", "Counter added") },
    Label { "counter.update", QT_TRANSLATE_NOOP("AuditText", "Counter changed") },
    Label { "service.add", QT_TRANSLATE_NOOP("AuditText", "Service added") },
    Label { "service.update", QT_TRANSLATE_NOOP("AuditText", "Service changed") },
    Label { "service.active", QT_TRANSLATE_NOOP("AuditText", "Service switched on or off") },
    Label { "unit.add", QT_TRANSLATE_NOOP("AuditText", "Unit added") },
    Label { "unit.rename", QT_TRANSLATE_NOOP("AuditText", "Unit renamed") },
    Label { "unit.active", QT_TRANSLATE_NOOP("AuditText", "Unit switched on or off") },
    Label { "priority_reason.add", QT_TRANSLATE_NOOP("AuditText", "Priority reason added") },
    Label { "priority_reason.activate", QT_TRANSLATE_NOOP("AuditText", "Priority reason switched on") },
    Label { "priority_reason.deactivate", QT_TRANSLATE_NOOP("AuditText", "Priority reason switched off") },
    Label { "holiday.add", QT_TRANSLATE_NOOP("AuditText", "Holiday added") },
    Label { "holiday.remove", QT_TRANSLATE_NOOP("AuditText", "Holiday removed") },
    Label { "holiday.import", QT_TRANSLATE_NOOP("AuditText", "Holidays imported") },
    Label { "settings.change", QT_TRANSLATE_NOOP("AuditText", "Setting changed") },
    Label { "settings.office", QT_TRANSLATE_NOOP("AuditText", "Office profile changed") },
    Label { "settings.calendar", QT_TRANSLATE_NOOP("AuditText", "Calendar rule changed") },
    Label { "settings.queue_order", QT_TRANSLATE_NOOP("AuditText", "Queue order rule changed") },
    Label { "standard.read", QT_TRANSLATE_NOOP("AuditText", "Service standards viewed") },
    Label { "standard.create_draft", QT_TRANSLATE_NOOP("AuditText", "Standard draft created") },
    Label { "standard.save_draft", QT_TRANSLATE_NOOP("AuditText", "Standard draft saved") },
    Label { "standard.discard_draft", QT_TRANSLATE_NOOP("AuditText", "Standard draft discarded") },
    Label { "standard.set", QT_TRANSLATE_NOOP("AuditText", "Standard put in force") },
    Label { "standard.consultation_add", QT_TRANSLATE_NOOP("AuditText", "Public consultation recorded") },
    Label { "standard.consultation_remove", QT_TRANSLATE_NOOP("AuditText", "Public consultation removed") },
    Label { "standard.publication_add", QT_TRANSLATE_NOOP("AuditText", "Standard publication recorded") },
    Label { "standard.publication_remove", QT_TRANSLATE_NOOP("AuditText", "Standard publication removed") },
    Label { "standard.review_add", QT_TRANSLATE_NOOP("AuditText", "Standard review recorded") },
    Label { "standard.review_remove", QT_TRANSLATE_NOOP("AuditText", "Standard review removed") },
    Label { "standard.import", QT_TRANSLATE_NOOP("AuditText", "Service standards imported") },
    Label { "standard.export", QT_TRANSLATE_NOOP("AuditText", "Service standards exported") },
    Label { "maklumat.save", QT_TRANSLATE_NOOP("AuditText", "Maklumat saved") },
    Label { "maklumat.publication_add", QT_TRANSLATE_NOOP("AuditText", "Maklumat publication recorded") },
    Label { "maklumat.publication_remove", QT_TRANSLATE_NOOP("AuditText", "Maklumat publication removed") },
    Label { "backup.restore", QT_TRANSLATE_NOOP("AuditText", "Backup restored") },
    Label { "stats.read", QT_TRANSLATE_NOOP("AuditText", "Statistics viewed") },
    Label { "audit.read", QT_TRANSLATE_NOOP("AuditText", "Audit log viewed") },
    Label { "audit.verify", QT_TRANSLATE_NOOP("AuditText", "Audit log chain checked") },
    Label { "complaint.add", QT_TRANSLATE_NOOP("AuditText", "Complaint logged") },
    Label { "complaint.read", QT_TRANSLATE_NOOP("AuditText", "Complaint viewed") },
    Label { "complaint.identity_view", QT_TRANSLATE_NOOP("AuditText", "Complainant's identity viewed") },
    Label { "complaint.verify", QT_TRANSLATE_NOOP("AuditText", "Complaint verified") },
    Label { "complaint.assign", QT_TRANSLATE_NOOP("AuditText", "Complaint assigned") },
    Label { "complaint.note", QT_TRANSLATE_NOOP("AuditText", "Complaint follow-up note") },
    Label { "complaint.respond", QT_TRANSLATE_NOOP("AuditText", "Complaint response sent") },
    Label { "complaint.wait", QT_TRANSLATE_NOOP("AuditText", "Complaint waiting for the complainant") },
    Label { "complaint.resume", QT_TRANSLATE_NOOP("AuditText", "Complaint resumed") },
    Label { "complaint.close", QT_TRANSLATE_NOOP("AuditText", "Complaint closed") },
    Label { "complaint.reopen", QT_TRANSLATE_NOOP("AuditText", "Complaint reopened") },
    Label { "complaint.attach", QT_TRANSLATE_NOOP("AuditText", "Complaint attachment added") },
    Label { "complaint.attachment_read", QT_TRANSLATE_NOOP("AuditText", "Complaint attachment opened") },
    Label { "complaint.chain_verify", QT_TRANSLATE_NOOP("AuditText", "Complaint history chain checked") },
    Label { "complaint.report", QT_TRANSLATE_NOOP("AuditText", "Complaint report made") },
    Label { "suggestion.box_add", QT_TRANSLATE_NOOP("AuditText", "Suggestion box added") },
    Label { "suggestion.box_update", QT_TRANSLATE_NOOP("AuditText", "Suggestion box changed") },
    Label { "suggestion.open", QT_TRANSLATE_NOOP("AuditText", "Suggestion box opened") },
    Label { "suggestion.update", QT_TRANSLATE_NOOP("AuditText", "Suggestion box opening changed") },
    Label { "suggestion.discard", QT_TRANSLATE_NOOP("AuditText", "Suggestion box opening discarded") },
    Label { "suggestion.member_add", QT_TRANSLATE_NOOP("AuditText", "Opening team member or witness added") },
    Label { "suggestion.member_remove", QT_TRANSLATE_NOOP("AuditText", "Opening team member or witness removed") },
    Label { "suggestion.slip_add", QT_TRANSLATE_NOOP("AuditText", "Suggestion slip recorded") },
    Label { "suggestion.slip_update", QT_TRANSLATE_NOOP("AuditText", "Suggestion slip changed") },
    Label { "suggestion.slip_remove", QT_TRANSLATE_NOOP("AuditText", "Suggestion slip removed") },
    Label { "suggestion.scan_add", QT_TRANSLATE_NOOP("AuditText", "Suggestion slip scan added") },
    Label { "suggestion.scan_read", QT_TRANSLATE_NOOP("AuditText", "Suggestion slip scan opened") },
    Label { "suggestion.sign", QT_TRANSLATE_NOOP("AuditText", "Suggestion box minutes signed") },
    Label { "suggestion.done", QT_TRANSLATE_NOOP("AuditText", "Suggestion slip decision carried out") },
    Label { "suggestion.read", QT_TRANSLATE_NOOP("AuditText", "Suggestion box minutes viewed") },
    Label { "survey.reword", QT_TRANSLATE_NOOP("AuditText", "Survey question reworded") },
    Label { "survey.response_add", QT_TRANSLATE_NOOP("AuditText", "Survey response entered") },
    Label { "survey.settings", QT_TRANSLATE_NOOP("AuditText", "Survey settings changed") },
    Label { "survey.index", QT_TRANSLATE_NOOP("AuditText", "Satisfaction index read") },
    Label { "survey.report", QT_TRANSLATE_NOOP("AuditText", "Satisfaction survey report made") },
    Label { "survey.report_settings", QT_TRANSLATE_NOOP("AuditText", "Survey report settings changed") },
    Label { "report.monthly", QT_TRANSLATE_NOOP("AuditText", "Monthly report read") },
    Label { "report.evaluation", QT_TRANSLATE_NOOP("AuditText", "Evaluation self-check read") },
    Label { "survey.import", QT_TRANSLATE_NOOP("AuditText", "Survey responses imported") },
    Label { "survey.comment", QT_TRANSLATE_NOOP("AuditText", "Survey comment handled") },
    Label { "survey.plan_read", QT_TRANSLATE_NOOP("AuditText", "Survey follow-up plan read") },
    Label { "survey.plan_add", QT_TRANSLATE_NOOP("AuditText", "Survey follow-up item added") },
    Label { "survey.plan_update", QT_TRANSLATE_NOOP("AuditText", "Survey follow-up item changed") },
    Label { "survey.plan_status", QT_TRANSLATE_NOOP("AuditText", "Survey follow-up item's status changed") },
    Label { "survey.plan_done", QT_TRANSLATE_NOOP("AuditText", "Survey follow-up item done") },
    Label { "survey.publish", QT_TRANSLATE_NOOP("AuditText", "Survey result's publication recorded") },
    Label { "survey.forum", QT_TRANSLATE_NOOP("AuditText", "Survey result's public forum recorded") },
    Label { "survey.handoff", QT_TRANSLATE_NOOP("AuditText", "Ticket handed to the survey screen") },
};

constexpr std::array kEntities {
    Label { "user", QT_TRANSLATE_NOOP("AuditText", "user") },
    Label { "ticket", QT_TRANSLATE_NOOP("AuditText", "ticket") },
    Label { "counter", QT_TRANSLATE_NOOP("AuditText", "counter") },
    Label { "service", QT_TRANSLATE_NOOP("AuditText", "service") },
    Label { "unit", QT_TRANSLATE_NOOP("AuditText", "unit") },
    Label { "priority_reason", QT_TRANSLATE_NOOP("AuditText", "priority reason") },
    Label { "holiday", QT_TRANSLATE_NOOP("AuditText", "holiday") },
    Label { "setting", QT_TRANSLATE_NOOP("AuditText", "setting") },
    Label { "settings", QT_TRANSLATE_NOOP("AuditText", "settings") },
    Label { "office", QT_TRANSLATE_NOOP("AuditText", "office") },
    Label { "standard", QT_TRANSLATE_NOOP("AuditText", "standard") },
    Label { "consultation", QT_TRANSLATE_NOOP("AuditText", "consultation") },
    Label { "publication", QT_TRANSLATE_NOOP("AuditText", "publication") },
    Label { "review", QT_TRANSLATE_NOOP("AuditText", "review") },
    Label { "maklumat", QT_TRANSLATE_NOOP("AuditText", "maklumat") },
    Label { "backup", QT_TRANSLATE_NOOP("AuditText", "backup") },
    Label { "complaint", QT_TRANSLATE_NOOP("AuditText", "complaint") },
    Label { "suggestion_box", QT_TRANSLATE_NOOP("AuditText", "suggestion box") },
    Label { "suggestion_session", QT_TRANSLATE_NOOP("AuditText", "suggestion box opening") },
    Label { "suggestion_slip", QT_TRANSLATE_NOOP("AuditText", "suggestion slip") },
    Label { "survey_question", QT_TRANSLATE_NOOP("AuditText", "survey question") },
    Label { "survey_response", QT_TRANSLATE_NOOP("AuditText", "survey response") },
};

constexpr std::array kPermissions {
    Label { "manage_users", QT_TRANSLATE_NOOP("AuditText", "manage users") },
    Label { "manage_settings", QT_TRANSLATE_NOOP("AuditText", "change settings") },
    Label { "manage_backups", QT_TRANSLATE_NOOP("AuditText", "manage backups") },
    Label { "view_audit", QT_TRANSLATE_NOOP("AuditText", "view the audit log") },
    Label { "serve_queue", QT_TRANSLATE_NOOP("AuditText", "serve at a counter") },
    Label { "issue_ticket", QT_TRANSLATE_NOOP("AuditText", "issue tickets") },
    Label { "monitor_queue", QT_TRANSLATE_NOOP("AuditText", "manage the queue") },
    Label { "manage_standards", QT_TRANSLATE_NOOP("AuditText", "manage service standards") },
    Label { "view_standards", QT_TRANSLATE_NOOP("AuditText", "view service standards") },
    Label { "manage_complaints", QT_TRANSLATE_NOOP("AuditText", "assign and close complaints") },
    Label { "work_complaints", QT_TRANSLATE_NOOP("AuditText", "follow up complaints") },
    Label { "log_complaint", QT_TRANSLATE_NOOP("AuditText", "log a complaint") },
    Label { "manage_suggestions", QT_TRANSLATE_NOOP("AuditText", "open suggestion boxes and sign the minutes") },
    Label { "record_slips", QT_TRANSLATE_NOOP("AuditText", "record suggestion slips") },
    Label { "view_reports", QT_TRANSLATE_NOOP("AuditText", "view reports") },
    Label { "enter_survey", QT_TRANSLATE_NOOP("AuditText", "enter survey responses") },
    Label { "manage_survey", QT_TRANSLATE_NOOP("AuditText", "manage the satisfaction survey") },
};

// Codes that appear inside details.
constexpr std::array kValueCodes {
    Label { "no_change", QT_TRANSLATE_NOOP("AuditText", "no change needed") },
    Label { "revision_needed", QT_TRANSLATE_NOOP("AuditText", "revision needed") },
    Label { "revised", QT_TRANSLATE_NOOP("AuditText", "revised") },
    Label { "libur_nasional", QT_TRANSLATE_NOOP("AuditText", "national holiday") },
    Label { "cuti_bersama", QT_TRANSLATE_NOOP("AuditText", "collective leave") },
    Label { "libur_lokal", QT_TRANSLATE_NOOP("AuditText", "local holiday") },
};

// Details as sentences, {name} standing for a value.
constexpr std::array kDetails {
    Label { "login.unknown_user", QT_TRANSLATE_NOOP("AuditText", "unknown user name") },
    Label { "login.wrong_password", QT_TRANSLATE_NOOP("AuditText", "wrong password ({attempt} of {max})") },
    Label { "login.wrong_password_locked",
        QT_TRANSLATE_NOOP("AuditText", "wrong password ({attempt} of {max}); account locked until {until}") },
    Label { "login.wrong_password_any", QT_TRANSLATE_NOOP("AuditText", "wrong password") },
    Label { "login.wrong_password_disabled",
        QT_TRANSLATE_NOOP("AuditText", "wrong password; the account is disabled") },
    Label { "login.locked", QT_TRANSLATE_NOOP("AuditText", "account locked until {until}") },
    Label { "login.disabled", QT_TRANSLATE_NOOP("AuditText", "the account is disabled") },
    Label { "login.rehash", QT_TRANSLATE_NOOP("AuditText", "stored password renewed to current protection") },
    Label { "permission.missing", QT_TRANSLATE_NOOP("AuditText", "not allowed to {permission}") },
    Label { "user.role", QT_TRANSLATE_NOOP("AuditText", "role: {role}") },
    Label { "user.first_admin", QT_TRANSLATE_NOOP("AuditText", "first administrator") },
    Label { "user.first_admin_exists",
        QT_TRANSLATE_NOOP("AuditText", "not the first administrator: users already exist") },
    Label { "user.wrong_current_password", QT_TRANSLATE_NOOP("AuditText", "wrong current password") },
    Label { "user.own_password", QT_TRANSLATE_NOOP("AuditText", "own password changed") },
    Label { "user.password_by_admin", QT_TRANSLATE_NOOP("AuditText", "password set by an administrator") },
    Label { "user.own_account", QT_TRANSLATE_NOOP("AuditText", "one's own account") },
    Label { "user.last_admin", QT_TRANSLATE_NOOP("AuditText", "the last active administrator") },
    Label { "user.was_locked", QT_TRANSLATE_NOOP("AuditText", "the account was locked") },
    Label { "user.failures_cleared", QT_TRANSLATE_NOOP("AuditText", "{count} wrong password(s) forgotten") },
    Label { "user.full_name", QT_TRANSLATE_NOOP("AuditText", "full name") },
    Label { "user.nip", QT_TRANSLATE_NOOP("AuditText", "NIP") },
    Label { "user.role_change", QT_TRANSLATE_NOOP("AuditText", "role {from_role} → {to_role}") },
    Label { "active.on", QT_TRANSLATE_NOOP("AuditText", "switched on") },
    Label { "active.off", QT_TRANSLATE_NOOP("AuditText", "switched off") },
    Label { "calendar.cuti_closed", QT_TRANSLATE_NOOP("AuditText", "the office is closed on collective leave days") },
    Label { "calendar.cuti_open", QT_TRANSLATE_NOOP("AuditText", "collective leave days are working days") },
    Label { "holiday.file_refused", QT_TRANSLATE_NOOP("AuditText", "the file was refused") },
    Label { "holiday.bundled", QT_TRANSLATE_NOOP("AuditText", "bundled list: {count} added") },
    Label { "holiday.imported",
        QT_TRANSLATE_NOOP("AuditText", "{file}: {added} added, {updated} updated, {unchanged} unchanged") },
    Label { "holiday.entry", QT_TRANSLATE_NOOP("AuditText", "{kind}: {name}") },
    Label { "queue.order",
        QT_TRANSLATE_NOOP("AuditText",
            "at most {max} priority tickets in a row; a ticket waiting {minutes} minutes goes first") },
    Label { "standard.consultation",
        QT_TRANSLATE_NOOP("AuditText", "services {services}, {date}, {groups} group(s)") },
    Label { "standard.review", QT_TRANSLATE_NOOP("AuditText", "service {service}, {date}: {outcome}") },
    Label { "standard.publication", QT_TRANSLATE_NOOP("AuditText", "service {service}, {medium}, {date}") },
    Label { "maklumat.publication", QT_TRANSLATE_NOOP("AuditText", "{medium}, {date}") },
    Label { "standard.csv_drafts", QT_TRANSLATE_NOOP("AuditText", "from CSV: drafts of {services}") },
    Label { "complaint.add", QT_TRANSLATE_NOOP("AuditText", "channel {channel}, tier {tier}") },
    Label { "complaint.step", QT_TRANSLATE_NOOP("AuditText", "step: {event}") },
    Label { "complaint.not_assignee", QT_TRANSLATE_NOOP("AuditText", "assigned to {assignee}") },
    Label { "complaint.attachment", QT_TRANSLATE_NOOP("AuditText", "attachment {name}") },
    Label { "complaint.identity", QT_TRANSLATE_NOOP("AuditText", "the complainant's identity") },
    Label { "complaint.confidential", QT_TRANSLATE_NOOP("AuditText", "a confidential complainant's identity") },
    Label { "suggestion.signed",
        QT_TRANSLATE_NOOP("AuditText", "minutes {number}: {slips} slip(s), {complaints} complaint(s) created") },
    Label { "suggestion.slip", QT_TRANSLATE_NOOP("AuditText", "slip {number}: {kind}, {decision}") },
    Label { "survey.reword", QT_TRANSLATE_NOOP("AuditText", "questionnaire version {version}") },
    Label { "survey.response", QT_TRANSLATE_NOOP("AuditText", "channel {channel}, service {service}") },
    Label { "survey.settings", QT_TRANSLATE_NOOP("AuditText", "period {period}, weighting {weighting}") },
    Label { "survey.import", QT_TRANSLATE_NOOP("AuditText", "{count} response(s)") },
    Label { "survey.comment", QT_TRANSLATE_NOOP("AuditText", "decision {flag}") },
    Label { "survey.plan", QT_TRANSLATE_NOOP("AuditText", "period {period}, element {element}") },
    Label { "survey.plan_status", QT_TRANSLATE_NOOP("AuditText", "status {status}") },
    Label { "survey.publish", QT_TRANSLATE_NOOP("AuditText", "on {medium}") },
    Label { "survey.forum", QT_TRANSLATE_NOOP("AuditText", "forum on {date}") },
    Label { "survey.handoff", QT_TRANSLATE_NOOP("AuditText", "from loket {counter}") },
    Label { "chain.intact", QT_TRANSLATE_NOOP("AuditText", "intact, {count} entries") },
    Label { "chain.broken", QT_TRANSLATE_NOOP("AuditText", "broken ({count} entries)") },
    Label { "office.first_run", QT_TRANSLATE_NOOP("AuditText", "first-run setup") },
    Label { "office.created", QT_TRANSLATE_NOOP("AuditText", "created") },
    Label { "office.changed", QT_TRANSLATE_NOOP("AuditText", "changed: {fields}") },
    Label { "backup.restored",
        QT_TRANSLATE_NOOP("AuditText", "schema {from} → {to}; the previous database is kept as {kept}") },
};

template <std::size_t N>
const char *find(const std::array<Label, N> &table, const QString &code)
{
    for (const Label &l : table) {
        if (code == QLatin1String(l.code))
            return l.text;
    }
    return nullptr;
}

QString tt(const char *text)
{
    return QCoreApplication::translate("AuditText", text);
}

QString words(QString code)
{
    return code.replace(QLatin1Char('_'), QLatin1Char(' '));
}

// Rows written as free English text before details were data. Each rule
// turns the text into the same code and values as a structured detail.
struct Legacy {
    const char *actionPrefix;   // "" = any action
    const char *pattern;
    const char *code;
    std::array<const char *, 4> names;
};

const std::array kLegacy {
    Legacy { "login", "^unknown user$", "login.unknown_user", {} },
    Legacy { "login", "^wrong password (\\d+) of (\\d+), account locked until (\\S+)$",
        "login.wrong_password_locked", { "attempt", "max", "until" } },
    Legacy { "login", "^wrong password (\\d+) of (\\d+)$", "login.wrong_password", { "attempt", "max" } },
    Legacy { "login", "^wrong password, account disabled$", "login.wrong_password_disabled", {} },
    Legacy { "login", "^wrong password(?:, account locked until (\\S+))?$", "login.wrong_password_any", {} },
    Legacy { "login", "^account locked until (\\S+)$", "login.locked", { "until" } },
    Legacy { "login", "^account disabled$", "login.disabled", {} },
    Legacy { "login", "^password hash renewed$", "login.rehash", {} },
    Legacy { "", "^missing permission (\\w+)$", "permission.missing", { "permission" } },
    Legacy { "user.", "^first administrator: users exist$", "user.first_admin_exists", {} },
    Legacy { "user.", "^first administrator, role (\\w+)$", "user.first_admin", { "role" } },
    Legacy { "user.", "^role (\\w+)$", "user.role", { "role" } },
    Legacy { "user.", "^wrong current password$", "user.wrong_current_password", {} },
    Legacy { "user.", "^own password changed$", "user.own_password", {} },
    Legacy { "user.", "^password set by an administrator$", "user.password_by_admin", {} },
    Legacy { "user.", "^own account$", "user.own_account", {} },
    Legacy { "user.", "^last active administrator$", "user.last_admin", {} },
    Legacy { "user.", "^was locked$", "user.was_locked", {} },
    Legacy { "user.", "^(\\d+) wrong passwords cleared$", "user.failures_cleared", { "count" } },
    Legacy { "", "^activated$", "active.on", {} },
    Legacy { "", "^deactivated$", "active.off", {} },
    Legacy { "settings.calendar", "^cuti bersama closes the office$", "calendar.cuti_closed", {} },
    Legacy { "settings.calendar", "^cuti bersama is a working day$", "calendar.cuti_open", {} },
    Legacy { "holiday.", "^file refused$", "holiday.file_refused", {} },
    Legacy { "holiday.", "^bundled list: (\\d+) added$", "holiday.bundled", { "count" } },
    Legacy { "holiday.", "^(.+): (\\d+) added, (\\d+) updated, (\\d+) unchanged$", "holiday.imported",
        { "file", "added", "updated", "unchanged" } },
    Legacy { "holiday.", "^(libur_nasional|cuti_bersama|libur_lokal) (.+)$", "holiday.entry", { "kind", "name" } },
    Legacy { "settings.queue_order", "^max_priority_in_row=(\\d+) starvation_minutes=(\\d+)$", "queue.order",
        { "max", "minutes" } },
    Legacy { "standard.consultation", "^services (.*), (\\d{4}-\\d\\d-\\d\\d), (\\d+) groups$",
        "standard.consultation", { "services", "date", "groups" } },
    Legacy { "standard.review", "^service (\\d+), (\\d{4}-\\d\\d-\\d\\d), (\\w+)$", "standard.review",
        { "service", "date", "outcome" } },
    Legacy { "standard.publication", "^service (\\d+), (.+), (\\d{4}-\\d\\d-\\d\\d)$", "standard.publication",
        { "service", "medium", "date" } },
    Legacy { "maklumat.publication", "^(.+), (\\d{4}-\\d\\d-\\d\\d)$", "maklumat.publication", { "medium", "date" } },
    Legacy { "standard.import", "^CSV: drafts of (.*)$", "standard.csv_drafts", { "services" } },
    Legacy { "settings.office", "^first-run setup$", "office.first_run", {} },
    Legacy { "settings.office", "^created$", "office.created", {} },
    Legacy { "settings.office", "^changed: (.*)$", "office.changed", { "fields" } },
    Legacy { "backup.restore", "^schema (\\d+) -> (\\d+); previous database kept as (.+)$", "backup.restored",
        { "from", "to", "kept" } },
};

bool isStructured(const QString &detail)
{
    if (!detail.startsWith(QLatin1Char('{')))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(detail.toUtf8());
    return doc.isObject() && doc.object().value(QStringLiteral("code")).isString();
}

// "full name, NIP, role officer -> supervisor" (user.update before details were data).
std::optional<QVariantMap> legacyUserChanges(const QString &detail)
{
    QVariantMap values;
    static const QRegularExpression role(QStringLiteral("^role (\\w+) -> (\\w+)$"));
    for (const QString &part : detail.split(QStringLiteral(", "))) {
        if (part == QLatin1String("full name")) {
            values.insert(QStringLiteral("full_name"), true);
        } else if (part == QLatin1String("NIP")) {
            values.insert(QStringLiteral("nip"), true);
        } else if (const auto m = role.match(part); m.hasMatch()) {
            values.insert(QStringLiteral("from_role"), m.captured(1));
            values.insert(QStringLiteral("to_role"), m.captured(2));
        } else {
            return std::nullopt;
        }
    }
    values.insert(QStringLiteral("code"), QStringLiteral("user.changes"));
    return values;
}

std::optional<QVariantMap> parse(const AuditEntry &e)
{
    const QString &d = e.detail;
    if (isStructured(d))
        return QJsonDocument::fromJson(d.toUtf8()).object().toVariantMap();
    for (const Legacy &rule : kLegacy) {
        if (!e.action.startsWith(QLatin1String(rule.actionPrefix)))
            continue;
        const QRegularExpression re(QString::fromLatin1(rule.pattern));
        const auto m = re.match(d);
        if (!m.hasMatch())
            continue;
        QVariantMap values { { QStringLiteral("code"), QString::fromLatin1(rule.code) } };
        for (int i = 0; i < int(rule.names.size()) && rule.names[i]; ++i)
            values.insert(QString::fromLatin1(rule.names[i]), m.captured(i + 1));
        return values;
    }
    if (e.action == QLatin1String("user.update") && !d.isEmpty())
        return legacyUserChanges(d);
    return std::nullopt;
}

} // namespace

QString auditDetail(const QString &code, const QVariantMap &values)
{
    QJsonObject o = QJsonObject::fromVariantMap(values);
    o.insert(QStringLiteral("code"), code);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AuditText::AuditText(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

QList<AuditText::Choice> AuditText::actionChoices()
{
    QList<Choice> out;
    for (const Label &family : kFamilies) {
        const QString prefix = QString::fromLatin1(family.code);
        QList<Choice> members;
        for (const Label &a : kActions) {
            const QString code = QString::fromLatin1(a.code);
            if (code.startsWith(prefix + QLatin1Char('.')))
                members << Choice { code, tt(a.text) };
        }
        if (members.isEmpty()) {
            out << Choice { prefix, tt(family.text) };
            continue;
        }
        out << Choice { prefix + QLatin1Char('.'), tr("%1 (all)").arg(tt(family.text)) };
        out += members;
    }
    return out;
}

QString AuditText::family(const QString &code)
{
    const QString head = code.section(QLatin1Char('.'), 0, 0);
    if (const char *text = find(kFamilies, head))
        return tt(text);
    return words(head);
}

QString AuditText::action(const QString &code)
{
    if (const char *text = find(kActions, code))
        return tt(text);
    // An action this Loket does not know (a newer one): its family and its words.
    const QString rest = code.section(QLatin1Char('.'), 1);
    if (rest.isEmpty())
        return family(code);
    return tr("%1: %2").arg(family(code), words(rest));
}

QString AuditText::outcome(const QString &code)
{
    if (code == QLatin1String("ok") || code.isEmpty())
        return tr("done");
    if (code == QLatin1String("refused"))
        return tr("refused");
    if (code == QLatin1String("failed"))
        return tr("failed");
    return words(code);
}

QString AuditText::user(const QString &username)
{
    if (username == QLatin1String("system"))
        return tr("Loket system");
    if (username == QLatin1String("?") || username.isEmpty())
        return tr("(unknown name)");
    return username;
}

QString AuditText::permission(const QString &code)
{
    if (const char *text = find(kPermissions, code))
        return tt(text);
    return words(code);
}

QString AuditText::time(const QDateTime &utc) const
{
    return QLocale().toString(utc.toTimeZone(m_zone), QStringLiteral("dd MMM yyyy HH.mm.ss"));
}

QString AuditText::record(const AuditEntry &e) const
{
    if (e.entity.isEmpty())
        return e.entityId;
    const char *text = find(kEntities, e.entity);
    const QString what = text ? tt(text) : words(e.entity);
    if (e.entity == QLatin1String("office") || e.entityId.isEmpty())
        return what;
    return QStringLiteral("%1 %2").arg(what, e.entityId);
}

QString AuditText::value(const QString &name, const QVariant &v) const
{
    if (name == QLatin1String("until") || name == QLatin1String("at")) {
        QDateTime t;
        bool number = false;
        const qint64 ms = v.toLongLong(&number);
        if (number)
            t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        else
            t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid()) {
            // On the entry's own day the hour says it all.
            const QDateTime local = t.toTimeZone(m_zone);
            if (m_day.isValid() && local.date() == m_day)
                return QLocale().toString(local, QStringLiteral("HH.mm"));
            return QLocale().toString(local, QStringLiteral("dd MMM yyyy HH.mm"));
        }
        return v.toString();
    }
    if (name == QLatin1String("date")) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : v.toString();
    }
    if (name.endsWith(QLatin1String("role"))) {
        if (const auto role = roleFromCode(v.toString()))
            return roleDisplayName(*role);
    }
    if (name == QLatin1String("permission"))
        return permission(v.toString());
    if (name == QLatin1String("outcome") || name == QLatin1String("kind")) {
        if (const char *text = find(kValueCodes, v.toString()))
            return tt(text);
        return words(v.toString());
    }
    if (name == QLatin1String("service") || name == QLatin1String("file"))
        return v.toString(); // an id or a name, not a quantity
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
        return QLocale().toString(v.toLongLong());
    bool isInt = false;
    const qint64 n = v.toString().toLongLong(&isInt);
    if (isInt)
        return QLocale().toString(n);
    return v.toString();
}

QString AuditText::detail(const AuditEntry &e) const
{
    m_day = e.at.isValid() ? e.at.toTimeZone(m_zone).date() : QDate();
    const auto parsed = parse(e);
    if (!parsed)
        return e.detail;
    const QVariantMap &values = *parsed;
    const QString code = values.value(QStringLiteral("code")).toString();
    if (code == QLatin1String("user.changes")) {
        QStringList parts;
        if (values.value(QStringLiteral("full_name")).toBool())
            parts << tt(find(kDetails, QStringLiteral("user.full_name")));
        if (values.value(QStringLiteral("nip")).toBool())
            parts << tt(find(kDetails, QStringLiteral("user.nip")));
        if (values.contains(QStringLiteral("to_role"))) {
            parts << tt(find(kDetails, QStringLiteral("user.role_change")))
                         .replace(QStringLiteral("{from_role}"), value(QStringLiteral("from_role"),
                                                                      values.value(QStringLiteral("from_role"))))
                         .replace(QStringLiteral("{to_role}"),
                             value(QStringLiteral("to_role"), values.value(QStringLiteral("to_role"))));
        }
        return parts.join(QStringLiteral(", "));
    }
    const char *text = find(kDetails, code);
    if (!text) {
        // A structured detail from a newer Loket: its words and its values.
        if (!isStructured(e.detail))
            return e.detail;
        QStringList parts { words(code.section(QLatin1Char('.'), -1)) };
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key() != QLatin1String("code"))
                parts << QStringLiteral("%1 %2").arg(words(it.key()), value(it.key(), it.value()));
        }
        return parts.join(QStringLiteral(", "));
    }
    QString out = tt(text);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), value(it.key(), it.value()));
    // %n-style plurals are not used: "(s)" reads fine in both languages.
    return out;
}

} // namespace loket
