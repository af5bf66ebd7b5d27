// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace loket {

enum class Role { Admin, Supervisor, Officer, FollowUp };

// What an actor may do. Checked in core services; the GUI only hides what
// the core would refuse anyway.
enum class Permission {
    ManageUsers,       // add, disable users, reset passwords
    ManageSettings,    // office profile, catalog, calendar, printers, language for all
    ManageBackups,     // list and restore backups from the application
    ViewAudit,
    ServeQueue,        // counter actions
    IssueTicket,       // kiosk or on a citizen's behalf
    MonitorQueue,      // move or cancel any ticket, see all counters
    ManageStandards,
    ViewStandards,
    LogComplaint,      // write down a complaint told at the counter, by letter, phone …
    WorkComplaints,    // the follow-up team: verify, follow up the ones assigned, see identities
    ManageComplaints,  // supervisors: assign, close, see all
    ManageSuggestions, // supervisors: the boxes, open a box's session, sign the minutes
    RecordSlips,       // the team at the opening: members and slips of a draft session
    ViewReports,
    EnterSurvey,       // record a satisfaction-survey response: staff from paper or online forms,
                       // the survey screen (the kiosk actor) the answers given on it
    ManageSurvey,      // supervisors: reword the questionnaire, the survey's period, weighting and profile lists
};

QString roleCode(Role role);                 // "admin", "supervisor", "officer", "followup"
std::optional<Role> roleFromCode(const QString &code);
QString roleDisplayName(Role role);          // translated
bool roleHas(Role role, Permission permission);
QString permissionCode(Permission permission);

} // namespace loket
