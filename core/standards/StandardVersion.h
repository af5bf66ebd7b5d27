// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardContent.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace loket {

// draft → set (ditetapkan by decree) → superseded (by the next set version).
enum class VersionStatus { Draft, Set, Superseded };

QString versionStatusCode(VersionStatus status); // "draft", "set", "superseded"
std::optional<VersionStatus> versionStatusFromCode(const QString &code);
QString versionStatusName(VersionStatus status); // translated

// The decree (Surat Keputusan) that sets a standard.
struct Decree {
    QString number; // "100.3.3/17/KEC.SKJ/2026"
    QDate date; // signed on
    QDate effectiveFrom; // in force from (not before the decree date)
};

// The service a standard belongs to (read from the catalog's services table).
struct ServiceRef {
    qint64 id = 0;
    QString code; // "KK"
    QString name; // "Kartu Keluarga"
    bool active = true;
};

// One version of the standard of one service.
struct StandardVersion {
    qint64 id = 0;
    ServiceRef service;
    int number = 0; // 1, 2, … per service
    VersionStatus status = VersionStatus::Draft;
    QString decreeNumber;
    QDate decreeDate;
    QDate effectiveFrom;
    QDate effectiveTo; // invalid while in force with no end
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDateTime setAt;
    QString setBy;
    StandardContent content;

    bool isDraft() const { return status == VersionStatus::Draft; }
    // In force on `date`: set (or since superseded) and within its dates.
    bool inForceOn(QDate date) const
    {
        return status != VersionStatus::Draft && effectiveFrom.isValid() && effectiveFrom <= date
            && (!effectiveTo.isValid() || date <= effectiveTo);
    }
};

} // namespace loket
