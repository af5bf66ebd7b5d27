// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardsExchange.h"

#include <QCoreApplication>
#include <QStringList>

namespace loket {

QString ImportProblem::text() const
{
    if (where.startsWith(QLatin1String("line ")) && !field.isEmpty())
        return QStringLiteral("%1, %2: %3").arg(where, field, message);
    if (where.isEmpty() && field.isEmpty())
        return message; // a problem of the whole file, e.g. a CSV cut in the middle
    return QStringLiteral("%1: %2").arg(where.isEmpty() ? field : where, message);
}

Error importProblemsError(const QList<ImportProblem> &problems)
{
    constexpr int kShown = 50;
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < kShown; ++i)
        lines << problems.at(i).text();
    if (problems.size() > kShown)
        lines << QCoreApplication::translate("loket", "… and %1 more problems.").arg(problems.size() - kShown);
    return makeError(ErrorCode::InvalidInput,
        QCoreApplication::translate("loket",
            "Nothing was imported: the file has %n problem(s). "
            "Correct them and import it again.",
            nullptr, int(problems.size()))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

Status runImport(const Database &db, bool dryRun, const std::function<Status()> &work)
{
    bool rehearsed = false;
    Status done = db.transaction([&]() -> Status {
        if (Status st = work(); !st)
            return st;
        if (!dryRun)
            return {};
        rehearsed = true;
        // Any error rolls the transaction back; this one only ends the rehearsal.
        return makeError(ErrorCode::Nothing, QStringLiteral("dry run: rolled back"));
    });
    if (!done && rehearsed)
        return {};
    return done;
}

} // namespace loket
