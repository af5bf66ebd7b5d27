// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/SurveyPeriod.h"

#include <QRegularExpression>

namespace loket {

namespace {

int monthsOf(SurveyPeriod::Kind kind)
{
    switch (kind) {
    case SurveyPeriod::Kind::Quarter: return 3;
    case SurveyPeriod::Kind::Semester: return 6;
    case SurveyPeriod::Kind::Year: return 12;
    }
    return 12;
}

int countOf(SurveyPeriod::Kind kind)
{
    return 12 / monthsOf(kind);
}

QString roman(int n)
{
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    return n >= 1 && n <= 4 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

} // namespace

bool SurveyPeriod::isValid() const
{
    return year >= 1900 && year <= 9999 && number >= 1 && number <= countOf(kind);
}

QDate SurveyPeriod::from() const
{
    if (!isValid())
        return {};
    return QDate(year, (number - 1) * monthsOf(kind) + 1, 1);
}

QDate SurveyPeriod::to() const
{
    if (!isValid())
        return {};
    return from().addMonths(monthsOf(kind)).addDays(-1);
}

SurveyPeriod SurveyPeriod::containing(Kind kind, QDate day)
{
    return SurveyPeriod {kind, day.year(), (day.month() - 1) / monthsOf(kind) + 1};
}

SurveyPeriod SurveyPeriod::previous() const
{
    return containing(kind, from().addDays(-1));
}

SurveyPeriod SurveyPeriod::next() const
{
    return containing(kind, to().addDays(1));
}

QString SurveyPeriod::code() const
{
    switch (kind) {
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(year).arg(number);
    case Kind::Semester: return QStringLiteral("%1-S%2").arg(year).arg(number);
    case Kind::Year: return QString::number(year);
    }
    return {};
}

std::optional<SurveyPeriod> SurveyPeriod::fromCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-([QS])(\\d))?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    SurveyPeriod p;
    p.year = m.captured(1).toInt();
    if (m.captured(2).isEmpty()) {
        p.kind = Kind::Year;
        p.number = 1;
    } else {
        p.kind = m.captured(2).toUpper() == QLatin1String("Q") ? Kind::Quarter : Kind::Semester;
        p.number = m.captured(3).toInt();
    }
    if (!p.isValid())
        return std::nullopt;
    return p;
}

QString SurveyPeriod::label() const
{
    switch (kind) {
    case Kind::Quarter: return tr("Quarter %1 %2").arg(roman(number)).arg(year);
    case Kind::Semester: return tr("Semester %1 %2").arg(roman(number)).arg(year);
    case Kind::Year: return tr("Year %1").arg(year);
    }
    return {};
}

QString SurveyPeriod::shortLabel() const
{
    switch (kind) {
    case Kind::Quarter: return tr("Q%1 %2", "a quarter, short (a chart's axis)").arg(number).arg(year);
    case Kind::Semester: return tr("H%1 %2", "a semester, short (a chart's axis)").arg(number).arg(year);
    case Kind::Year: return QString::number(year);
    }
    return {};
}

QString SurveyPeriod::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Quarter: return QStringLiteral("quarter");
    case Kind::Semester: return QStringLiteral("semester");
    case Kind::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<SurveyPeriod::Kind> SurveyPeriod::kindFromCode(const QString &code)
{
    for (Kind k : {Kind::Quarter, Kind::Semester, Kind::Year}) {
        if (kindCode(k) == code.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

QString SurveyPeriod::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Quarter: return tr("quarterly");
    case Kind::Semester: return tr("every semester");
    case Kind::Year: return tr("yearly");
    }
    return {};
}

} // namespace loket
