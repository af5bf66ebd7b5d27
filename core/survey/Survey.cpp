// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/Survey.h"

namespace loket {

QString surveyChannelCode(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::Kiosk: return QStringLiteral("kiosk");
    case SurveyChannel::Paper: return QStringLiteral("paper");
    case SurveyChannel::Online: return QStringLiteral("online");
    }
    return {};
}

std::optional<SurveyChannel> surveyChannelFromCode(const QString &code)
{
    for (SurveyChannel c : {SurveyChannel::Kiosk, SurveyChannel::Paper, SurveyChannel::Online}) {
        if (surveyChannelCode(c) == code.trimmed().toLower())
            return c;
    }
    return std::nullopt;
}

QString surveyChannelLabel(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::Kiosk: return QCoreApplication::translate("loket", "survey screen");
    case SurveyChannel::Paper: return QCoreApplication::translate("loket", "paper form");
    case SurveyChannel::Online: return QCoreApplication::translate("loket", "online form");
    }
    return {};
}

const SurveyQuestion *Questionnaire::question(const QString &element) const
{
    for (const SurveyQuestion &q : questions) {
        if (q.element == element)
            return &q;
    }
    return nullptr;
}

QStringList SurveySettings::standardEducation()
{
    return {QStringLiteral("SD"), QStringLiteral("SMP"), QStringLiteral("SMA"), QStringLiteral("D1-D3"),
            QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
}

QStringList SurveySettings::standardOccupation()
{
    return {QStringLiteral("PNS"), QStringLiteral("TNI"), QStringLiteral("POLRI"), QStringLiteral("SWASTA"),
            QStringLiteral("WIRAUSAHA"), QStringLiteral("LAINNYA")};
}

const SurveyGroupIndex *SurveyIndexReport::service(qint64 serviceId) const
{
    for (const SurveyGroupIndex &g : byService) {
        if (g.serviceId == serviceId)
            return &g;
    }
    return nullptr;
}

} // namespace loket
