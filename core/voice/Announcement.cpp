// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voice/Announcement.h"

#include "core/storage/SettingsStore.h"
#include "core/voice/IndonesianNumber.h"

#include <QRegularExpression>

namespace loket {

namespace {

constexpr qsizetype kMaxTemplateLength = 300;

const QString &placeholderNumber()
{
    static const QString s = QStringLiteral("{nomor}");
    return s;
}
const QString &placeholderCounter()
{
    static const QString s = QStringLiteral("{loket}");
    return s;
}
const QString &placeholderService()
{
    static const QString s = QStringLiteral("{layanan}");
    return s;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{[^{}]*\\}"));
    return re;
}

QString readDigits(const QString &run, NumberReading reading)
{
    if (reading == NumberReading::Digits)
        return IndonesianNumber::digits(run);
    // Leading zeros are padding on the ticket, not part of the number. Runs
    // too long for a number are read digit by digit rather than wrongly.
    if (run.size() > 15)
        return IndonesianNumber::digits(run);
    return IndonesianNumber::words(run.toLongLong());
}

} // namespace

QString numberReadingCode(NumberReading reading)
{
    return reading == NumberReading::Words ? QStringLiteral("words") : QStringLiteral("digits");
}

std::optional<NumberReading> numberReadingFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("digits"))
        return NumberReading::Digits;
    if (c == QLatin1String("words"))
        return NumberReading::Words;
    return std::nullopt;
}

Announcement::Announcement(QString templateText, NumberReading reading)
    : m_template(std::move(templateText))
    , m_reading(reading)
{ }

Announcement Announcement::fromSettings(const SettingsStore &settings)
{
    QString text = settings.stringValue(QLatin1String(SettingKey::BoardAnnouncementTemplate)).trimmed();
    if (!validateTemplate(text).ok())
        text = defaultTemplate();
    const NumberReading reading
        = numberReadingFromCode(settings.stringValue(QLatin1String(SettingKey::BoardNumberReading)))
              .value_or(NumberReading::Digits);
    return Announcement(text, reading);
}

QString Announcement::defaultTemplate()
{
    return QStringLiteral("Nomor antrian {nomor}, silakan menuju loket {loket}");
}

QStringList Announcement::placeholders()
{
    return { placeholderNumber(), placeholderCounter(), placeholderService() };
}

Status Announcement::validateTemplate(const QString &text)
{
    QStringList problems;
    if (text.trimmed().isEmpty()) {
        problems << tr("The announcement is empty. Write what the board says, with {nomor} where the ticket "
                       "number goes.");
    } else if (!text.contains(placeholderNumber(), Qt::CaseInsensitive)) {
        problems << tr("The announcement does not say the ticket number. Put {nomor} where the number goes.");
    }
    if (text.size() > kMaxTemplateLength)
        problems << tr("The announcement is longer than %1 characters. Shorten it: citizens wait for it.")
                        .arg(kMaxTemplateLength);
    const QStringList known = placeholders();
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured(0);
        if (!known.contains(found, Qt::CaseInsensitive)) {
            problems << tr("%1 is not a placeholder Loket knows. Use %2.").arg(found, known.join(QStringLiteral(", ")));
        }
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

QString Announcement::phrase(const QString &ticketNumber, int counterNumber, const QString &serviceName) const
{
    QString text = m_template;
    text.replace(placeholderNumber(), spokenTicket(ticketNumber, m_reading), Qt::CaseInsensitive);
    text.replace(placeholderCounter(), counterNumber > 0 ? IndonesianNumber::words(counterNumber) : QString(),
        Qt::CaseInsensitive);
    text.replace(placeholderService(), serviceName.simplified(), Qt::CaseInsensitive);
    text.remove(placeholderPattern());
    return text.simplified();
}

QString Announcement::spokenTicket(const QString &ticketNumber, NumberReading reading)
{
    QStringList parts;
    QString digits;
    auto flushDigits = [&] {
        if (!digits.isEmpty())
            parts << readDigits(digits, reading);
        digits.clear();
    };
    for (QChar c : ticketNumber) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits += c;
            continue;
        }
        flushDigits();
        if (c.isLetter())
            parts << c.toUpper();
    }
    flushDigits();
    return parts.join(QLatin1Char(' '));
}

} // namespace loket
