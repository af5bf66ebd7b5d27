// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardVersion.h"

#include <QCoreApplication>

namespace loket {

QString versionStatusCode(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Draft:
        return QStringLiteral("draft");
    case VersionStatus::Set:
        return QStringLiteral("set");
    case VersionStatus::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

std::optional<VersionStatus> versionStatusFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (VersionStatus s : { VersionStatus::Draft, VersionStatus::Set, VersionStatus::Superseded }) {
        if (versionStatusCode(s) == c)
            return s;
    }
    return std::nullopt;
}

QString versionStatusName(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Draft:
        return QCoreApplication::translate("loket", "Draft");
    case VersionStatus::Set:
        return QCoreApplication::translate("loket", "Set (in force)");
    case VersionStatus::Superseded:
        return QCoreApplication::translate("loket", "Superseded");
    }
    return {};
}

} // namespace loket
