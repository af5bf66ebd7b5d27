// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Role.h"

#include <QCoreApplication>

namespace loket {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Officer: return QStringLiteral("officer");
    case Role::FollowUp: return QStringLiteral("followup");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : {Role::Admin, Role::Supervisor, Role::Officer, Role::FollowUp}) {
        if (roleCode(r) == code.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("loket", "Administrator");
    case Role::Supervisor: return QCoreApplication::translate("loket", "Supervisor");
    case Role::Officer: return QCoreApplication::translate("loket", "Front-desk officer");
    case Role::FollowUp: return QCoreApplication::translate("loket", "Follow-up team");
    }
    return {};
}

bool roleHas(Role role, Permission p)
{
    switch (role) {
    case Role::Admin:
        // The admin runs the system; serving citizens is the officers' work,
        // but an admin may stand in at a counter.
        // Complaints are the follow-up team's and the supervisors': an admin
        // may write one down but neither works them nor sees who complained.
        // The minutes are signed by the head of office, and the slips entered
        // by the team that opened the box: the admin does neither.
        return p != Permission::ManageComplaints && p != Permission::WorkComplaints
            && p != Permission::ManageSuggestions && p != Permission::RecordSlips;
    case Role::Supervisor:
        return p == Permission::ViewAudit || p == Permission::MonitorQueue || p == Permission::ManageStandards
            || p == Permission::ViewStandards || p == Permission::ViewReports || p == Permission::ServeQueue
            || p == Permission::IssueTicket || p == Permission::ManageComplaints || p == Permission::WorkComplaints
            || p == Permission::LogComplaint || p == Permission::ManageSuggestions || p == Permission::RecordSlips
            || p == Permission::EnterSurvey || p == Permission::ManageSurvey;
    case Role::Officer:
        return p == Permission::ServeQueue || p == Permission::IssueTicket || p == Permission::ViewStandards
            || p == Permission::LogComplaint || p == Permission::RecordSlips || p == Permission::EnterSurvey;
    case Role::FollowUp:
        return p == Permission::WorkComplaints || p == Permission::LogComplaint || p == Permission::ViewStandards
            || p == Permission::RecordSlips || p == Permission::EnterSurvey;
    }
    return false;
}

QString permissionCode(Permission p)
{
    switch (p) {
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ManageSettings: return QStringLiteral("manage_settings");
    case Permission::ManageBackups: return QStringLiteral("manage_backups");
    case Permission::ViewAudit: return QStringLiteral("view_audit");
    case Permission::ServeQueue: return QStringLiteral("serve_queue");
    case Permission::IssueTicket: return QStringLiteral("issue_ticket");
    case Permission::MonitorQueue: return QStringLiteral("monitor_queue");
    case Permission::ManageStandards: return QStringLiteral("manage_standards");
    case Permission::ViewStandards: return QStringLiteral("view_standards");
    case Permission::LogComplaint: return QStringLiteral("log_complaint");
    case Permission::WorkComplaints: return QStringLiteral("work_complaints");
    case Permission::ManageComplaints: return QStringLiteral("manage_complaints");
    case Permission::ManageSuggestions: return QStringLiteral("manage_suggestions");
    case Permission::RecordSlips: return QStringLiteral("record_slips");
    case Permission::ViewReports: return QStringLiteral("view_reports");
    case Permission::EnterSurvey: return QStringLiteral("enter_survey");
    case Permission::ManageSurvey: return QStringLiteral("manage_survey");
    }
    return {};
}

} // namespace loket
