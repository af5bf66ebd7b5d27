// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Csv.h"

#include <QStringDecoder>

namespace loket {

namespace {

QChar detectSeparator(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString header = end < 0 ? text : text.left(end);
    return header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
}

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Quotes, then a character a spreadsheet would start a formula with.
bool guardedShape(const QString &cell, qsizetype minQuotes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i >= minQuotes && i < cell.size() && isFormulaStart(cell.at(i));
}

} // namespace

QString Csv::guard(const QString &cell)
{
    return guardedShape(cell, 0) ? QLatin1Char('\'') + cell : cell;
}

QString Csv::unguard(const QString &cell)
{
    return guardedShape(cell, 1) ? cell.mid(1) : cell;
}

Result<QList<CsvRecord>> Csv::parse(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The file is not UTF-8 text; nothing was imported. Save it as CSV (UTF-8) and import it again."));
    }
    return parse(text);
}

Result<QList<CsvRecord>> Csv::parse(const QString &rawText)
{
    const QString text = rawText.startsWith(QChar(0xFEFF)) ? rawText.mid(1) : rawText;
    const QChar sep = detectSeparator(text);
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    QString shortRow;

    auto endField = [&] {
        current.fields << unguard(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // Blank lines between records are not records.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty())) {
            if (!records.isEmpty() && current.fields.size() < records.first().fields.size() && shortRow.isEmpty()) {
                shortRow = tr("Line %1 has %2 field(s) where the header has %3: the line is cut or a field is "
                              "missing. Nothing was imported; correct the line (put text holding the separator "
                              "in quotes) and import again.")
                               .arg(current.line)
                               .arg(current.fields.size())
                               .arg(records.first().fields.size());
            }
            records << current;
        }
        current = CsvRecord {};
        current.line = line;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                continue; // CR LF inside a quoted field is a line break like LF
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return makeError(ErrorCode::InvalidInput,
            tr("Line %1: a quoted field is never closed, so the file is cut or a quote is missing. Nothing was "
               "imported; add the missing quote (\") and import again.")
                .arg(quoteLine));
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    if (!shortRow.isEmpty())
        return makeError(ErrorCode::InvalidInput, shortRow);
    return records;
}

QString Csv::field(const QString &value, QChar separator)
{
    const QString f = guard(value);
    if (f.contains(separator) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
        || f.contains(QLatin1Char('\r')) || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '))) {
        QString quoted = f;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return f;
}

QString Csv::row(const QStringList &fields, QChar separator)
{
    QStringList out;
    for (const QString &f : fields)
        out << field(f, separator);
    return out.join(separator);
}

QByteArray Csv::toBytes(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString Csv::fromBytes(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
}

} // namespace loket
