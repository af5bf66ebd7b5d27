// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardRecordStore.h"
#include "core/standards/StandardRecords.h"
#include "core/storage/Database.h"

namespace loket {

// The records kept around the standards: public consultations (with their
// minutes), publications, reviews, and the office's Maklumat Pelayanan.
// Adding or removing needs Permission::ManageStandards and is audited;
// reading needs ViewStandards, except maklumat(), a public promise shown
// to citizens without a login.
class StandardRegister
{
    Q_DECLARE_TR_FUNCTIONS(StandardRegister)
public:
    StandardRegister(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // Largest minutes file accepted (a scanned berita acara as PDF).
    static constexpr qint64 kMaxMinutesBytes = 20 * 1024 * 1024;

    Result<QList<Consultation>> consultations(const Actor &actor, qint64 serviceId = 0) const;
    Result<QByteArray> consultationMinutes(const Actor &actor, qint64 consultationId) const;
    Result<qint64> addConsultation(const Actor &actor, const Consultation &consultation);
    Status removeConsultation(const Actor &actor, qint64 consultationId);

    Result<QList<Publication>> publications(const Actor &actor, qint64 serviceId = 0) const;
    Result<qint64> addPublication(const Actor &actor, const Publication &publication);
    Status removePublication(const Actor &actor, qint64 publicationId);

    Result<QList<StandardReview>> reviews(const Actor &actor, qint64 serviceId = 0) const;
    Result<qint64> addReview(const Actor &actor, const StandardReview &review);
    Status removeReview(const Actor &actor, qint64 reviewId);

    Result<Maklumat> maklumat() const;
    // Saves the text and the decree; publications are kept.
    Status saveMaklumat(const Actor &actor, const QString &text, const QString &decreeNumber, QDate decreeDate);
    Result<qint64> addMaklumatPublication(const Actor &actor, const Publication &publication);
    Status removeMaklumatPublication(const Actor &actor, qint64 publicationId);

    // What is wrong with a record before it is saved (empty when fine);
    // used by the forms and by the import.
    static QStringList consultationProblems(const Consultation &consultation);
    static QStringList publicationProblems(const Publication &publication);
    static QStringList reviewProblems(const StandardReview &review);

private:
    Status requireService(qint64 serviceId) const;
    Status requireRead(const Actor &actor, qint64 serviceId) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    StandardRecordStore m_store;
};

} // namespace loket
