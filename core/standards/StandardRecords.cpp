// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardRecords.h"

#include <QCoreApplication>

namespace loket {

QStringList suggestedConsultationGroups()
{
    // Names of groups of society as the forum minutes write them.
    return { QStringLiteral("Tokoh masyarakat"), QStringLiteral("Tokoh agama"), QStringLiteral("Akademisi"),
        QStringLiteral("LSM"), QStringLiteral("Penyandang disabilitas"), QStringLiteral("Pengguna layanan"),
        QStringLiteral("Perangkat desa/kelurahan"), QStringLiteral("Media"), QStringLiteral("Perempuan/PKK"),
        QStringLiteral("Pemuda") };
}

QStringList suggestedPublicationMedia()
{
    return { QStringLiteral("Papan pengumuman"), QStringLiteral("Website"), QStringLiteral("Media sosial"),
        QStringLiteral("Brosur/leaflet"), QStringLiteral("Banner"), QStringLiteral("Layar informasi"),
        QStringLiteral("SIPPN") };
}

bool isSippnMedium(const QString &medium)
{
    return medium.trimmed().compare(QLatin1String("SIPPN"), Qt::CaseInsensitive) == 0;
}

QString reviewOutcomeCode(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::NoChange:
        return QStringLiteral("no_change");
    case ReviewOutcome::RevisionNeeded:
        return QStringLiteral("revision_needed");
    case ReviewOutcome::Revised:
        return QStringLiteral("revised");
    }
    return {};
}

std::optional<ReviewOutcome> reviewOutcomeFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (ReviewOutcome o : { ReviewOutcome::NoChange, ReviewOutcome::RevisionNeeded, ReviewOutcome::Revised }) {
        if (reviewOutcomeCode(o) == c)
            return o;
    }
    return std::nullopt;
}

QString reviewOutcomeName(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::NoChange:
        return QCoreApplication::translate("loket", "Still adequate, no change");
    case ReviewOutcome::RevisionNeeded:
        return QCoreApplication::translate("loket", "Needs revision");
    case ReviewOutcome::Revised:
        return QCoreApplication::translate("loket", "Revised");
    }
    return {};
}

QString defaultMaklumatText()
{
    // The legal promise is written in Indonesian whatever the interface language.
    return QStringLiteral("Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan "
                          "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi "
                          "sesuai peraturan perundang-undangan yang berlaku.");
}

} // namespace loket
