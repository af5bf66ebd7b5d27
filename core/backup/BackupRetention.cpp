// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupRetention.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace loket {

namespace {

const QRegularExpression &dailyPattern()
{
    static const QRegularExpression re(QStringLiteral("^loket-(\\d{4})-(\\d{2})-(\\d{2})\\.(db|dump)$"));
    return re;
}

const QRegularExpression &monthlyPattern()
{
    static const QRegularExpression re(QStringLiteral("^loket-(\\d{4})-(\\d{2})-monthly\\.(db|dump)$"));
    return re;
}

const QRegularExpression &manualPattern()
{
    static const QRegularExpression re(QStringLiteral("^loket-manual-(\\d{4})(\\d{2})(\\d{2})-(\\d{6})\\.(db|dump)$"));
    return re;
}

// Newest first; a file's and a server's backup of one date (an office that
// moved onto a server that day) in the order of their names.
QStringList beyondNewest(std::vector<std::pair<QDate, QString>> files, int keep)
{
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList out;
    for (size_t i = static_cast<size_t>(std::max(keep, 0)); i < files.size(); ++i)
        out << files[i].second;
    return out;
}

} // namespace

BackupRetention::BackupRetention(int keepDaily, int keepMonthly)
    // The backup just made is never deleted, whatever the setting says.
    : m_keepDaily(std::max(keepDaily, 1))
    , m_keepMonthly(std::max(keepMonthly, 0))
{ }

QString BackupRetention::dailyFileName(QDate day, const QString &suffix)
{
    return QStringLiteral("loket-") + day.toString(Qt::ISODate) + suffix;
}

QString BackupRetention::monthlyFileName(QDate dayInMonth, const QString &suffix)
{
    return QStringLiteral("loket-") + dayInMonth.toString(QStringLiteral("yyyy-MM")) + QStringLiteral("-monthly")
        + suffix;
}

QString BackupRetention::manualFileName(const QDateTime &localTime, const QString &suffix)
{
    return QStringLiteral("loket-manual-") + localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")) + suffix;
}

QString BackupRetention::kindCode(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Monthly:
        return QStringLiteral("monthly");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<BackupName> BackupRetention::parse(const QString &fileName)
{
    auto date = [](const QRegularExpressionMatch &m, bool withDay) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), withDay ? m.captured(3).toInt() : 1);
    };
    if (const auto m = dailyPattern().match(fileName); m.hasMatch()) {
        const QDate d = date(m, true);
        if (d.isValid())
            return BackupName { BackupKind::Daily, d };
        return std::nullopt;
    }
    if (const auto m = monthlyPattern().match(fileName); m.hasMatch()) {
        const QDate d = date(m, false);
        if (d.isValid())
            return BackupName { BackupKind::Monthly, d };
        return std::nullopt;
    }
    if (const auto m = manualPattern().match(fileName); m.hasMatch()) {
        const QDate d = date(m, true);
        if (d.isValid())
            return BackupName { BackupKind::Manual, d };
    }
    return std::nullopt;
}

QStringList BackupRetention::toDelete(const QStringList &fileNames) const
{
    std::vector<std::pair<QDate, QString>> daily;
    std::vector<std::pair<QDate, QString>> monthly;
    for (const QString &name : fileNames) {
        const auto parsed = parse(name);
        if (!parsed)
            continue;
        if (parsed->kind == BackupKind::Daily)
            daily.emplace_back(parsed->date, name);
        else if (parsed->kind == BackupKind::Monthly)
            monthly.emplace_back(parsed->date, name);
    }
    return beyondNewest(std::move(daily), m_keepDaily) + beyondNewest(std::move(monthly), m_keepMonthly);
}

} // namespace loket
