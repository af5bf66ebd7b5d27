// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeProfile.h"
#include "core/complaints/Complaint.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace loket {

// The monthly opening of the suggestion boxes (kotak saran, domain.md §5).

// What a slip is.
enum class SlipKind { Pengaduan, Saran, Apresiasi, Pertanyaan, Kosong };
// What the team decided for it.
enum class SlipDecision { TindakLanjut, Dijawab, Arsip, Lapor, BukanKewenangan };
// The seal of the box as it was found.
enum class SealCondition { Utuh, Rusak };
// Who was there: the team that opened the box, or a witness.
enum class MemberRole { Opener, Witness };
enum class SessionState { Draft, Signed };

QString slipKindCode(SlipKind k);          // "pengaduan" …
std::optional<SlipKind> slipKindFromCode(const QString &code);
QString slipKindName(SlipKind k);          // "Pengaduan/keluhan" …
QList<SlipKind> allSlipKinds();
QString slipDecisionCode(SlipDecision d);  // "tindak_lanjut" …
std::optional<SlipDecision> slipDecisionFromCode(const QString &code);
QString slipDecisionName(SlipDecision d);  // "Diteruskan ke tim tindak lanjut" …
QList<SlipDecision> allSlipDecisions();
QString sealCode(SealCondition s);         // "utuh", "rusak"
std::optional<SealCondition> sealFromCode(const QString &code);
QString sealName(SealCondition s);
QString memberRoleCode(MemberRole r);      // "opener", "witness"
std::optional<MemberRole> memberRoleFromCode(const QString &code);
QString memberRoleName(MemberRole r);
QString sessionStateCode(SessionState s);  // "draft", "signed"
QString sessionStateName(SessionState s);
// "U1" … "U9" (the survey's elements), or empty.
bool isSurveyElement(const QString &code);
QString surveyElementName(const QString &code); // "U1 Persyaratan" …

struct SuggestionText {
    Q_DECLARE_TR_FUNCTIONS(SuggestionText)
};

struct SuggestionBox {
    qint64 id = 0;
    QString name;      // "Kotak Saran 1"
    QString location;  // "Ruang tunggu lantai 1"
    bool active = true;
    QDate lastOpened;  // the latest opening (draft or signed), invalid when never
};

struct SessionMember {
    qint64 id = 0;
    MemberRole role = MemberRole::Opener;
    QString name;
    QString nip;       // a witness without one is "unsur masyarakat"
    QString teamRole;  // "Ketua", "Anggota", "Sekretaris"; for a witness its standing (e.g. "Unsur masyarakat")
    bool isPublic() const { return role == MemberRole::Witness && nip.isEmpty(); }
};

// What the team types for a slip.
struct SlipEntry {
    QString summary;                       // what the slip says
    SlipKind kind = SlipKind::Saran;
    qint64 serviceId = 0;                  // 0 = none
    QString element;                       // "U1".."U9" or empty
    std::optional<SlipDecision> decision;  // empty = not yet decided
    qint64 ownerId = 0;                    // the person in charge (a user), 0 = none
    QDate target;                          // invalid = none
};

// How a slip's decision stands after signing.
enum class FollowState {
    Draft,    // the session is not signed yet
    Done,     // archived, marked done, or its complaint settled
    Pending,  // to be done, its target date not passed
    Overdue,  // to be done, its target date passed
};
QString followStateName(FollowState s);

struct SuggestionSlip {
    qint64 id = 0;
    qint64 sessionId = 0;
    int number = 0;                // 1, 2, 3 … within the session
    SlipEntry entry;
    QString serviceCode;
    QString serviceName;
    QString ownerName;
    bool hasScan = false;
    QString scanName;
    // The complaint it became when the session was signed.
    qint64 complaintId = 0;
    QString complaintNumber;
    std::optional<ComplaintState> complaintState;
    // Marked done (decisions other than tindak lanjut and arsip).
    QDateTime doneAt;
    QString doneByName;
    QString doneNote;
    FollowState follow = FollowState::Draft;
};

// The opening: what the team writes when it opens a box.
struct SessionDraft {
    qint64 boxId = 0;
    QDate openedOn;                // the day of the opening (not in the future)
    QTime openedTime;              // invalid = 09.00
    QString place;                 // empty = the box's location
    QDate periodMonth;             // any day of the month covered; invalid = since the box's last opening
    SealCondition seal = SealCondition::Utuh;
    QString sealNote;              // required when the seal is rusak
};

struct SuggestionSession {
    qint64 id = 0;
    qint64 boxId = 0;
    QString boxName;
    QString boxLocation;
    QDate openedOn;
    QTime openedTime;
    QString place;
    QDate periodFrom;
    QDate periodTo;
    SealCondition seal = SealCondition::Utuh;
    QString sealNote;
    SessionState state = SessionState::Draft;
    QString number;                // the minutes' number, given at signing
    QDateTime signedAt;            // UTC
    QString signedByName;
    // The head of office who signs "Mengetahui", as at signing (the office profile before).
    QString headTitle;
    QString headName;
    QString headNip;
    QList<SessionMember> members;
    int slipCount = 0;
    QDateTime createdAt;           // UTC
    QString createdByName;
    bool isSigned() const { return state == SessionState::Signed; }
    int witnessCount() const;
    int openerCount() const;
};

// Counts of a session, and what keeps it from being signed.
struct SessionSummary {
    std::array<int, 5> byKind {};        // by SlipKind
    std::array<int, 5> byDecision {};    // by SlipDecision
    int undecided = 0;
    int total = 0;
    QStringList missing;                 // what must be done before signing, as sentences; empty = may sign
    bool maySign() const { return missing.isEmpty(); }
};

// Everything the minutes (Berita Acara Pembukaan Kotak Saran) say.
struct SuggestionMinutes {
    OfficeProfile office;                // the letterhead
    SuggestionSession session;
    QList<SuggestionSlip> slips;
    SessionSummary summary;
};

// The supervisor's monthly review: the last 12 months up to a month.
struct SuggestionReview {
    struct Month {
        QDate month;                     // the first day
        std::array<int, 5> byKind {};
        int sessions = 0;
    };
    struct ServiceCount {
        qint64 serviceId = 0;
        QString code;
        QString name;
        int slips = 0;
        int complaints = 0;              // of which pengaduan
        int months = 0;                  // in how many of the 12 months it came up
    };
    struct Theme {
        QString label;                   // "Pembuatan KTP-el · U3 Waktu penyelesaian"
        qint64 serviceId = 0;
        QString element;
        int slips = 0;
        int months = 0;                  // recurring: in 2 or more months
    };
    QDate month;                         // the month reviewed (first day)
    QList<Month> months;                 // oldest first, 12 entries
    QList<ServiceCount> services;        // most slips first
    QList<Theme> themes;                 // recurring, most months first
    QList<SuggestionSlip> open;          // decisions of the 12 months not done yet (overdue first)
    int decided = 0;                     // slips of the 12 months with a decision that must be followed
    int done = 0;
    int overdue = 0;
    QList<SuggestionBox> notOpened;      // active boxes not opened in the month reviewed
};

// A box not opened this month, from the reminder day on.
struct BoxReminder {
    SuggestionBox box;
    QDate month;
};

} // namespace loket
