// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/complaints/Complaint.h"
#include "core/storage/Database.h"
#include "core/storage/HashChain.h"

#include <QJsonObject>

#include <optional>

namespace loket {

struct Actor;

// The complaint tables as rows (no rules: ComplaintService decides).
class ComplaintStore {
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)
public:
    explicit ComplaintStore(DatabasePtr db);

    struct Number {
        QString text;
        int year = 0;
        int seq = 0;
    };
    // The next register number of `year` after `pattern` (inside the write transaction).
    Result<Number> nextNumber(const QString &pattern, QDate localToday) const;
    static QString formatNumber(const QString &pattern, QDate day, int seq);
    static bool isValidPattern(const QString &pattern);

    Result<qint64> insertComplaint(const Number &number, const ComplaintIntake &intake, QDate receivedDay,
                                   qint64 createdAtMs, qint64 createdBy) const;
    Status insertIdentity(qint64 complaintId, const ComplaintIdentity &identity) const;
    // Appends an event at the chain's end; returns its id.
    Result<qint64> appendEvent(qint64 complaintId, qint64 atMs, const Actor &actor, ComplaintEventKind kind,
                               const QJsonObject &detail, const QString &note) const;
    Status writeStatus(qint64 complaintId, const ComplaintStatus &status, qint64 lastEventId, qint64 nowMs) const;
    Result<qint64> insertAttachment(qint64 complaintId, const ComplaintAttachment &meta, const QByteArray &data,
                                    qint64 addedBy) const;

    // The intake as the received event records it (and verify compares), with
    // the SHA-256 of the complainant's identity (empty when none was given), so
    // a changed identity is found without the event holding the person.
    static QJsonObject intakeRecord(const QString &number, const ComplaintIntake &intake, QDate receivedDay,
                                    qint64 createdBy, const QString &identitySha256 = {});
    static QString identityHash(const ComplaintIdentity &identity); // "" for an empty identity

    Result<std::optional<Complaint>> load(qint64 id) const;
    Result<std::optional<qint64>> idOfNumber(const QString &number) const;
    Result<QList<ComplaintEvent>> events(qint64 complaintId) const;
    Result<ComplaintIdentity> identity(qint64 complaintId) const;
    Result<QList<ComplaintAttachment>> attachments(qint64 complaintId) const;
    // The attachment's complaint and bytes.
    Result<std::pair<qint64, QByteArray>> attachmentData(qint64 attachmentId) const;
    // Complaints matching `where` (SQL over c = complaints, s = complaint_status), newest first.
    Result<QList<Complaint>> list(const QString &where, const QVariantList &binds, const QString &order, int limit) const;
    // The body text of a complaint for the search index (details, loss, remedy).
    static QString bodyText(const ComplaintIntake &intake);

    const DatabasePtr &db() const { return m_db; }

private:
    DatabasePtr m_db;
};

} // namespace loket
