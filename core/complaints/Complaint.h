// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace loket {

// How a complaint reached the office (domain.md §4).
enum class IntakeChannel { Langsung, Surat, Telepon, Sms, Email, Website, MediaSosial, WhatsApp, KotakSaran, Lapor };
enum class ComplaintType { Aspirasi, Pengaduan, PermintaanInformasi };
// The severity tier, which gives the working days to settle it.
enum class ComplaintTier { Ringan, Normatif, TidakBerkadarPengawasan, BerkadarPengawasan };

// Where a complaint stands. Open states run the clocks; Waiting stops them.
enum class ComplaintState {
    Received,   // logged, not yet verified
    Verified,   // complete, waiting for a follow-up officer
    Assigned,   // given to a member of the follow-up team
    InFollowUp, // the follow-up has started (a note)
    Waiting,    // waiting for the complainant (incomplete file, a question): the clock stands still
    Responded,  // the response was sent; closes by itself when the complainant does not answer
    Closed,     // resolved (by a supervisor or automatically)
    Forwarded,  // not this office's authority: forwarded to another
    Archived,   // verified and archived (no follow-up possible or needed)
};

// What each step of a complaint is (its events).
enum class ComplaintEventKind {
    Received, Verified, Assigned, Note, Responded, Waiting, Resumed, Closed, Reopened, Attached,
};

// The outcome of the verification.
enum class VerifyOutcome { Complete, Incomplete, NotOurAuthority, Archived };

// How a complaint was closed.
enum class CloseHow { Resolved, Automatic };

QString channelCode(IntakeChannel c);
std::optional<IntakeChannel> channelFromCode(const QString &code);
QString channelName(IntakeChannel c);
QList<IntakeChannel> allChannels();

QString typeCode(ComplaintType t);
std::optional<ComplaintType> typeFromCode(const QString &code);
QString typeName(ComplaintType t);
QList<ComplaintType> allTypes();

QString tierCode(ComplaintTier t);
std::optional<ComplaintTier> tierFromCode(const QString &code);
QString tierName(ComplaintTier t);
QList<ComplaintTier> allTiers();

QString stateCode(ComplaintState s);
std::optional<ComplaintState> stateFromCode(const QString &code);
QString stateName(ComplaintState s);
QList<ComplaintState> allStates();
bool isOpen(ComplaintState s); // not closed, forwarded or archived

QString eventKindCode(ComplaintEventKind k);
std::optional<ComplaintEventKind> eventKindFromCode(const QString &code);
QString eventKindName(ComplaintEventKind k);

QString verifyOutcomeCode(VerifyOutcome o);
std::optional<VerifyOutcome> verifyOutcomeFromCode(const QString &code);
QString verifyOutcomeName(VerifyOutcome o);

// A stored event kind code as people read it ("note" → "Catatan tindak lanjut"); an unknown code as it is.
QString eventKindLabel(const QString &code);

// Every user-visible name above is translated through this context.
struct ComplaintText {
    Q_DECLARE_TR_FUNCTIONS(ComplaintText)
};

// What is received: the complaint without the person.
struct ComplaintIntake {
    IntakeChannel channel = IntakeChannel::Langsung;
    ComplaintType type = ComplaintType::Pengaduan;
    ComplaintTier tier = ComplaintTier::Normatif;
    qint64 serviceId = 0;      // 0 = none named
    QString component;         // a StandardComponent code, or empty
    QDateTime receivedAt;      // invalid = now; a letter keeps its real receipt time
    QString laporNumber;       // SP4N-LAPOR! tracking number
    qint64 ticketId = 0;       // the ticket being served when it was told at the counter
    QString summary;
    QString details;           // what happened
    QString loss;              // the loss suffered
    QString remedy;            // what the complainant asks for
    bool anonymous = false;    // the person is unknown
    bool confidential = false; // rahasia: the identity is kept secret
};

// Who complained: only what is needed (UU 27/2022).
struct ComplaintIdentity {
    QString name;
    QString phone;
    QString email;
    QString address;
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && email.isEmpty() && address.isEmpty(); }
};

// One file attached (a photo, a scan).
struct ComplaintAttachmentFile {
    QString name;
    QByteArray data;
    // Reads a file the user chose (far too large files are refused before
    // they are read; the service checks the limit, the type and the name).
    static Result<ComplaintAttachmentFile> read(const QString &path);
};

struct ComplaintAttachment {
    qint64 id = 0;
    QString name;
    QString mime;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
};

// One step of a complaint.
struct ComplaintEvent {
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 userId = 0;
    QString username;
    ComplaintEventKind kind = ComplaintEventKind::Note;
    QJsonObject detail; // per kind: outcome, assignee, forwarded_to, letter_number, how, state_before …
    QString note;
    // One line for the timeline: the kind with what it holds ("Ditugaskan: Dewi
    // Anggraini", the verification's outcome, the file's name, the letter).
    QString summary() const;
};

// One deadline: the day it falls due, and when it was met.
struct Deadline {
    QDate due;       // invalid = does not apply
    QDateTime metAt; // invalid = not (yet) met
    bool applies() const { return due.isValid(); }
    bool met() const { return metAt.isValid(); }
};

// The state and deadlines of a complaint, derived from its events.
struct ComplaintStatus {
    ComplaintState state = ComplaintState::Received;
    qint64 assigneeId = 0;
    Deadline verify;
    Deadline firstFollowUp;
    Deadline settle;
    QDate autoCloseDue; // the response plus the auto-close days, while Responded
    QDate nextDue;      // the earliest open deadline (invalid while waiting or when none)
    QDateTime respondedAt;
    QDateTime closedAt;
    QString closedHow;  // "resolved", "automatic", "forwarded", "archived"
    QDate pausedSince;  // while Waiting
    int pausedDays = 0; // working days the clock stood still so far (ended pauses)
};

// A complaint as lists and files show it (without the person).
struct Complaint {
    qint64 id = 0;
    QString number;
    ComplaintIntake intake; // receivedAt in UTC
    QDate receivedDay;      // the day the clock counts from (after closing time: the next working day)
    QString serviceName;
    QString ticketNumber;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QString createdByName;
    QString assigneeName;
    ComplaintStatus status;
    int daysLeft = 0;       // working days to nextDue (negative: overdue); 0 when none
    bool hasIdentity = false;
};

} // namespace loket
