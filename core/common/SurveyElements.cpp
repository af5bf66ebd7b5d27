// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/SurveyElements.h"

namespace loket {

QStringList SurveyElements::codes()
{
    return {QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3"), QStringLiteral("U4"),
            QStringLiteral("U5"), QStringLiteral("U6"), QStringLiteral("U7"), QStringLiteral("U8"),
            QStringLiteral("U9")};
}

QStringList SurveyElements::questionnaireOrder()
{
    return {QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3"), QStringLiteral("U4"),
            QStringLiteral("U5"), QStringLiteral("U6"), QStringLiteral("U7"), QStringLiteral("U9"),
            QStringLiteral("U8")};
}

int SurveyElements::index(const QString &code)
{
    if (code.size() != 2 || code.at(0) != QLatin1Char('U'))
        return -1;
    const int n = code.at(1).digitValue();
    return n >= 1 && n <= 9 ? n - 1 : -1;
}

bool SurveyElements::isCode(const QString &code)
{
    return index(code) >= 0;
}

QString SurveyElements::name(const QString &code)
{
    switch (index(code)) {
    case 0: return tr("Requirements");
    case 1: return tr("Systems, mechanisms and procedures");
    case 2: return tr("Completion time");
    case 3: return tr("Cost/tariff");
    case 4: return tr("Product specification of the service");
    case 5: return tr("Competence of the staff");
    case 6: return tr("Conduct of the staff");
    case 7: return tr("Handling of complaints, suggestions and input");
    case 8: return tr("Facilities and infrastructure");
    default: return {};
    }
}

QString SurveyElements::label(const QString &code)
{
    return isCode(code) ? code + QLatin1Char(' ') + name(code) : QString();
}

} // namespace loket
