// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Output.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace loket::cli {

void printTable(QTextStream &out, const QList<QStringList> &rows, Columns columns)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (columns == Columns::NumbersRight && i > 0)
                line += QStringLiteral("  ") + row.at(i).rightJustified(widths.at(i));
            else
                line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
    out.flush();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("loketctl", "yes") : QCoreApplication::translate("loketctl", "no");
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double share)
{
    // A space before the sign, as Indonesian (and SI) writing has it.
    return decimal(share * 100.0, 1) + QStringLiteral(" %");
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString ticketEventName(const QString &kind)
{
    struct Name {
        const char *kind;
        const char *text;
    };
    static const Name names[] = {
        { "issue", QT_TRANSLATE_NOOP("loketctl", "issued") },
        { "walkin", QT_TRANSLATE_NOOP("loketctl", "issued at the counter") },
        { "call", QT_TRANSLATE_NOOP("loketctl", "called") },
        { "recall", QT_TRANSLATE_NOOP("loketctl", "called again") },
        { "start", QT_TRANSLATE_NOOP("loketctl", "service started") },
        { "finish", QT_TRANSLATE_NOOP("loketctl", "finished") },
        { "no_show", QT_TRANSLATE_NOOP("loketctl", "did not come") },
        { "hold", QT_TRANSLATE_NOOP("loketctl", "put on hold") },
        { "resume", QT_TRANSLATE_NOOP("loketctl", "resumed") },
        { "transfer", QT_TRANSLATE_NOOP("loketctl", "transferred") },
        { "cancel", QT_TRANSLATE_NOOP("loketctl", "cancelled") },
        { "expire", QT_TRANSLATE_NOOP("loketctl", "expired at day's end") },
    };
    for (const Name &n : names) {
        if (kind == QLatin1String(n.kind))
            return QCoreApplication::translate("loketctl", n.text);
    }
    return QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("ya"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")
        || t == QLatin1String("tidak"))
        return false;
    return std::nullopt;
}

} // namespace loket::cli
