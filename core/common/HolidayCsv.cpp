// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/HolidayCsv.h"

#include "core/common/Csv.h"
#include "core/common/TextCheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace loket {

Result<QList<Holiday>> HolidayCsv::parse(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The holiday file is not UTF-8 text; nothing was imported. Save it as CSV (UTF-8) "
               "and import it again."));
    }
    return parse(text);
}

Result<QList<Holiday>> HolidayCsv::parse(const QString &text)
{
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    auto records = Csv::parse(text);
    if (!records) {
        return makeError(ErrorCode::InvalidInput,
            tr("The holiday file cannot be read, so nothing was imported.") + QLatin1Char('\n')
                + records.error().message);
    }

    QStringList problems;
    QList<Holiday> holidays;
    QHash<QDate, int> lineOfDate;
    bool headerSeen = false;
    for (const CsvRecord &record : records.value()) {
        const int lineNo = record.line;
        QStringList fields;
        for (const QString &f : record.fields)
            fields << f.trimmed();
        if (!headerSeen) {
            headerSeen = true;
            const QStringList header { QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name") };
            QStringList lowered;
            for (const QString &f : fields)
                lowered << f.toLower();
            if (lowered != header) {
                problems << tr("Line %1: the first line must be the header \"date,kind,name\".").arg(lineNo);
                // A file without a header still gets its data lines checked.
                if (fields.size() == 3 && !dateRe.match(fields.at(0)).hasMatch())
                    continue;
            } else {
                continue;
            }
        }
        if (fields.size() != 3) {
            problems << tr("Line %1: expected 3 fields (date,kind,name) but found %2. Put a name that contains a "
                           "comma in double quotes.")
                            .arg(lineNo)
                            .arg(fields.size());
            continue;
        }
        Holiday h;
        bool lineOk = true;
        const QString dateText = fields.at(0);
        h.date = dateRe.match(dateText).hasMatch() ? QDate::fromString(dateText, Qt::ISODate) : QDate();
        if (!h.date.isValid()) {
            problems << tr("Line %1, field \"date\": \"%2\" is not a date. Write it as YYYY-MM-DD, e.g. 2026-08-17.")
                            .arg(lineNo)
                            .arg(TextCheck::quote(dateText));
            lineOk = false;
        }
        const auto kind = holidayKindFromCode(fields.at(1));
        if (!kind) {
            problems << tr("Line %1, field \"kind\": \"%2\" is not a kind of holiday. Use libur_nasional, "
                           "cuti_bersama or libur_lokal.")
                            .arg(lineNo)
                            .arg(TextCheck::quote(fields.at(1)));
            lineOk = false;
        } else {
            h.kind = *kind;
        }
        h.name = fields.at(2).simplified();
        if (const auto bad = TextCheck::problem(fields.at(2), TextCheck::Kind::Line)) {
            problems << tr("Line %1, field \"name\": the name %2. Type the name again without it.")
                            .arg(lineNo)
                            .arg(*bad);
            lineOk = false;
        } else if (h.name.isEmpty()) {
            problems << tr("Line %1, field \"name\": the name is empty. Write the name of the holiday.").arg(lineNo);
            lineOk = false;
        }
        if (h.date.isValid()) {
            const auto seen = lineOfDate.constFind(h.date);
            if (seen != lineOfDate.cend()) {
                problems << tr("Line %1, field \"date\": %2 is already listed on line %3. List each date once.")
                                .arg(lineNo)
                                .arg(TextCheck::quote(dateText))
                                .arg(*seen);
                lineOk = false;
            } else {
                lineOfDate.insert(h.date, lineNo);
            }
        }
        if (lineOk)
            holidays << h;
    }
    if (!headerSeen) {
        return makeError(ErrorCode::InvalidInput,
            tr("The holiday file is empty. It needs the header line \"date,kind,name\" and one line "
               "per holiday."));
    }
    if (!problems.isEmpty()) {
        QString message = tr("The holiday file has %n problem(s), so nothing was imported. Correct the file and "
                             "import it again.",
            nullptr, int(problems.size()));
        for (int i = 0; i < problems.size() && i < MaxProblemsReported; ++i)
            message += QLatin1Char('\n') + problems.at(i);
        if (problems.size() > MaxProblemsReported)
            message += QLatin1Char('\n') + tr("(and %n more)", nullptr, int(problems.size() - MaxProblemsReported));
        return makeError(ErrorCode::InvalidInput, message);
    }
    return holidays;
}

QString HolidayCsv::write(const QList<Holiday> &holidays)
{
    QList<Holiday> sorted = holidays;
    std::sort(sorted.begin(), sorted.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    QString out = QStringLiteral("date,kind,name\n");
    for (const Holiday &h : sorted)
        out += Csv::row({ h.date.toString(Qt::ISODate), holidayKindCode(h.kind), h.name }) + QLatin1Char('\n');
    return out;
}

} // namespace loket
