// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardRecords.h"
#include "core/storage/Database.h"

#include <QList>

namespace loket {

// The SQL for consultations, publications, reviews and the Maklumat.
// No permission checks (see StandardRegister and MaklumatService).
// Lists are ordered by date, then by entry.
class StandardRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(StandardRecordStore)
public:
    explicit StandardRecordStore(DatabasePtr db);

    // Those that discussed the service (serviceId 0: all). Minutes bytes are left out of lists.
    Result<QList<Consultation>> consultations(qint64 serviceId) const;
    Result<QByteArray> consultationMinutes(qint64 consultationId) const;
    Result<qint64> insertConsultation(const Consultation &c, const QString &username, qint64 nowMs) const;
    Status deleteConsultation(qint64 id) const;

    Result<QList<Publication>> publications(qint64 serviceId) const;
    Result<qint64> insertPublication(const Publication &p, const QString &username, qint64 nowMs) const;
    Status deletePublication(qint64 id) const;

    Result<QList<StandardReview>> reviews(qint64 serviceId) const;
    Result<qint64> insertReview(const StandardReview &r, const QString &username, qint64 nowMs) const;
    Status deleteReview(qint64 id) const;

    // The stored Maklumat, or the default text when the office has none yet.
    Result<Maklumat> maklumat() const;
    Status saveMaklumat(const Maklumat &m, const QString &username, qint64 nowMs) const; // text and decree
    Result<qint64> insertMaklumatPublication(const Publication &p, const QString &username, qint64 nowMs) const;
    Status deleteMaklumatPublications() const;
    Status deleteMaklumatPublication(qint64 id) const;

    // Everything kept about one service's standard, for an import that replaces it.
    Status deleteServiceRegister(qint64 serviceId) const;

private:
    Status deleteById(const char *table, qint64 id, const QString &what) const;

    DatabasePtr m_db;
};

} // namespace loket
