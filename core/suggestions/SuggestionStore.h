// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/suggestions/Suggestion.h"

#include <QCoreApplication>

#include <optional>

namespace loket {

// The rows of the suggestion boxes (no rules, no permissions: SuggestionService).
class SuggestionStore {
    Q_DECLARE_TR_FUNCTIONS(SuggestionStore)
public:
    explicit SuggestionStore(DatabasePtr db);

    Result<std::optional<SuggestionBox>> box(qint64 id) const;
    Result<QList<SuggestionBox>> boxes(bool includeInactive) const;
    Result<qint64> insertBox(const SuggestionBox &box, qint64 nowMs) const;
    Status updateBox(const SuggestionBox &box) const;
    // Another box of that name (case and spaces ignored), 0 when none.
    Result<qint64> boxNamed(const QString &name) const;
    static QString nameKey(const QString &name);

    Result<std::optional<SuggestionSession>> session(qint64 id) const;
    Result<std::optional<qint64>> sessionNumbered(const QString &number) const;
    // Opened in [from, to] (both invalid = all), newest first.
    Result<QList<SuggestionSession>> sessions(QDate from, QDate to, bool withDrafts) const;
    // The box's latest opening before `day` (a draft or signed), invalid when none.
    Result<QDate> lastOpening(qint64 boxId, QDate before, qint64 ignoreSessionId) const;
    // A draft of the box, 0 when none.
    Result<qint64> draftOfBox(qint64 boxId) const;
    Result<qint64> insertSession(const SuggestionSession &s, qint64 nowMs, qint64 userId) const;
    Status updateSession(const SuggestionSession &s) const;
    Status deleteDraft(qint64 sessionId) const;
    Status markSigned(qint64 sessionId, const QString &number, int year, int month, int seq, qint64 nowMs,
                      qint64 userId, const QString &headTitle, const QString &headName, const QString &headNip) const;
    // The largest sequence given in a year (and month, when > 0).
    Result<int> lastNumberSeq(int year, int month) const;

    Result<std::optional<std::pair<SessionMember, qint64>>> member(qint64 memberId) const; // and its session
    Result<qint64> insertMember(qint64 sessionId, const SessionMember &m) const;
    Status deleteMember(qint64 memberId) const;

    Result<QList<SuggestionSlip>> slips(qint64 sessionId) const;
    Result<std::optional<SuggestionSlip>> slip(qint64 slipId) const;
    Result<std::optional<SuggestionSlip>> slipOfComplaint(qint64 complaintId) const;
    // Slips of sessions opened in [from, to], signed sessions only.
    Result<QList<std::pair<QDate, SuggestionSlip>>> signedSlips(QDate from, QDate to) const;
    // Slips of sessions signed and opened in [from, to] still to be done
    // (decision not arsip, not marked done, the complaint not settled).
    Result<QList<SuggestionSlip>> slipsToFollow(QDate from, QDate to) const;
    Result<qint64> insertSlip(qint64 sessionId, const SlipEntry &e, qint64 nowMs, qint64 userId) const;
    Status updateSlip(qint64 slipId, const SlipEntry &e) const;
    Status deleteSlip(qint64 slipId) const; // and moves the later ones up
    Status setComplaint(qint64 slipId, qint64 complaintId) const;
    Status insertScan(qint64 slipId, qint64 sessionId, const QString &name, const QString &mime,
                      const QByteArray &data) const;
    Result<std::optional<std::pair<QString, QByteArray>>> scan(qint64 slipId) const;
    Status insertDone(qint64 slipId, qint64 nowMs, qint64 userId, const QString &note) const;

private:
    Result<QList<SuggestionSlip>> readSlips(const QString &where, const QVariantList &binds) const;
    Status exec(const QString &sql, const QVariantList &binds, const QString &what) const;
    DatabasePtr m_db;
};

} // namespace loket
