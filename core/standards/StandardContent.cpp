// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardContent.h"

#include <QCoreApplication>

namespace loket {

namespace {

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

QString indexed(const char *list, qsizetype i, const char *field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(i).arg(QLatin1String(field));
}

} // namespace

QString documentFormCode(DocumentForm form)
{
    return form == DocumentForm::Original ? QStringLiteral("original") : QStringLiteral("copy");
}

std::optional<DocumentForm> documentFormFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("original"))
        return DocumentForm::Original;
    if (c == QLatin1String("copy"))
        return DocumentForm::Copy;
    return std::nullopt;
}

bool StandardContent::isFilled(StandardComponent component) const
{
    switch (component) {
    case StandardComponent::Requirements:
        return !requirements.isEmpty();
    case StandardComponent::Procedure:
        return !procedure.isEmpty();
    case StandardComponent::ServiceTime:
        return serviceTime.isSet();
    case StandardComponent::Cost:
        return costRupiah.has_value();
    case StandardComponent::Products:
        return !products.isEmpty();
    case StandardComponent::ComplaintHandling:
        return !complaintChannels.isEmpty();
    default:
        return !blank(text(component));
    }
}

QList<StandardComponent> StandardContent::missingComponents() const
{
    QList<StandardComponent> missing;
    for (StandardComponent c : allStandardComponents()) {
        if (!isFilled(c))
            missing << c;
    }
    return missing;
}

int StandardContent::filledCount() const
{
    return int(allStandardComponents().size() - missingComponents().size());
}

QString StandardContent::text(StandardComponent component) const
{
    switch (component) {
    case StandardComponent::LegalBasis:
        return legalBasis;
    case StandardComponent::Facilities:
        return facilities;
    case StandardComponent::Competence:
        return competence;
    case StandardComponent::InternalSupervision:
        return internalSupervision;
    case StandardComponent::Staffing:
        return staffing;
    case StandardComponent::ServiceGuarantee:
        return serviceGuarantee;
    case StandardComponent::SecurityGuarantee:
        return securityGuarantee;
    case StandardComponent::PerformanceEvaluation:
        return performanceEvaluation;
    default:
        return {};
    }
}

void StandardContent::setText(StandardComponent component, const QString &value)
{
    switch (component) {
    case StandardComponent::LegalBasis:
        legalBasis = value;
        break;
    case StandardComponent::Facilities:
        facilities = value;
        break;
    case StandardComponent::Competence:
        competence = value;
        break;
    case StandardComponent::InternalSupervision:
        internalSupervision = value;
        break;
    case StandardComponent::Staffing:
        staffing = value;
        break;
    case StandardComponent::ServiceGuarantee:
        serviceGuarantee = value;
        break;
    case StandardComponent::SecurityGuarantee:
        securityGuarantee = value;
        break;
    case StandardComponent::PerformanceEvaluation:
        performanceEvaluation = value;
        break;
    default:
        break;
    }
}

QList<ContentProblem> StandardContent::problems() const
{
    QList<ContentProblem> out;
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const Requirement &r = requirements.at(i);
        if (blank(r.name))
            out << ContentProblem { indexed("requirements", i, "name"),
                QCoreApplication::translate("loket",
                    "The requirement has no document name: "
                    "name the document or remove the line.") };
        if (r.count < 1)
            out << ContentProblem { indexed("requirements", i, "count"),
                QCoreApplication::translate("loket", "The number of sheets must be 1 or more.") };
    }
    for (qsizetype i = 0; i < procedure.size(); ++i) {
        if (blank(procedure.at(i).description))
            out << ContentProblem { indexed("procedure", i, "description"),
                QCoreApplication::translate("loket",
                    "The step has no description: describe it "
                    "or remove the step.") };
    }
    if (serviceTime.amount < 0)
        out << ContentProblem { QStringLiteral("service_time.amount"),
            QCoreApplication::translate("loket", "The service time cannot be negative.") };
    if (costRupiah && *costRupiah < 0)
        out << ContentProblem { QStringLiteral("cost.rupiah"),
            QCoreApplication::translate("loket",
                "The cost cannot be negative; enter 0 for a "
                "free service.") };
    // A fee without a regulation behind it is an illegal levy (pungli).
    if (costRupiah && *costRupiah > 0 && blank(costLegalBasis))
        out << ContentProblem { QStringLiteral("cost.legal_basis"),
            QCoreApplication::translate("loket",
                "A service that costs money must name the "
                "regulation that sets the fee.") };
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (blank(products.at(i)))
            out << ContentProblem { QStringLiteral("products[%1]").arg(i),
                QCoreApplication::translate("loket",
                    "The product has no name: name it or remove "
                    "the line.") };
    }
    for (qsizetype i = 0; i < complaintChannels.size(); ++i) {
        if (blank(complaintChannels.at(i).channel))
            out << ContentProblem { indexed("complaints", i, "channel"),
                QCoreApplication::translate("loket",
                    "The complaint channel has no name (e.g. "
                    "SP4N-LAPOR!, WhatsApp, kotak saran).") };
    }
    return out;
}

} // namespace loket
