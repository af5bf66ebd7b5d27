// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardComponent.h"

#include <QCoreApplication>
#include <QStringList>

namespace loket {

QList<StandardComponent> allStandardComponents()
{
    return { StandardComponent::Requirements, StandardComponent::Procedure, StandardComponent::ServiceTime,
        StandardComponent::Cost, StandardComponent::Products, StandardComponent::ComplaintHandling,
        StandardComponent::LegalBasis, StandardComponent::Facilities, StandardComponent::Competence,
        StandardComponent::InternalSupervision, StandardComponent::Staffing, StandardComponent::ServiceGuarantee,
        StandardComponent::SecurityGuarantee, StandardComponent::PerformanceEvaluation };
}

QList<StandardComponent> serviceDeliveryComponents()
{
    return allStandardComponents().mid(0, 6);
}

QList<StandardComponent> textComponents()
{
    return allStandardComponents().mid(6);
}

bool isServiceDelivery(StandardComponent component)
{
    return static_cast<int>(component) < static_cast<int>(StandardComponent::LegalBasis);
}

QString standardComponentCode(StandardComponent component)
{
    switch (component) {
    case StandardComponent::Requirements:
        return QStringLiteral("requirements");
    case StandardComponent::Procedure:
        return QStringLiteral("procedure");
    case StandardComponent::ServiceTime:
        return QStringLiteral("service_time");
    case StandardComponent::Cost:
        return QStringLiteral("cost");
    case StandardComponent::Products:
        return QStringLiteral("products");
    case StandardComponent::ComplaintHandling:
        return QStringLiteral("complaints");
    case StandardComponent::LegalBasis:
        return QStringLiteral("legal_basis");
    case StandardComponent::Facilities:
        return QStringLiteral("facilities");
    case StandardComponent::Competence:
        return QStringLiteral("competence");
    case StandardComponent::InternalSupervision:
        return QStringLiteral("internal_supervision");
    case StandardComponent::Staffing:
        return QStringLiteral("staffing");
    case StandardComponent::ServiceGuarantee:
        return QStringLiteral("service_guarantee");
    case StandardComponent::SecurityGuarantee:
        return QStringLiteral("security_guarantee");
    case StandardComponent::PerformanceEvaluation:
        return QStringLiteral("performance_evaluation");
    }
    return {};
}

std::optional<StandardComponent> standardComponentFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (StandardComponent c : allStandardComponents()) {
        if (standardComponentCode(c) == wanted)
            return c;
    }
    return std::nullopt;
}

QString standardComponentName(StandardComponent component)
{
    switch (component) {
    case StandardComponent::Requirements:
        return QCoreApplication::translate("loket", "Requirements");
    case StandardComponent::Procedure:
        return QCoreApplication::translate("loket", "System, mechanism and procedure");
    case StandardComponent::ServiceTime:
        return QCoreApplication::translate("loket", "Service time");
    case StandardComponent::Cost:
        return QCoreApplication::translate("loket", "Cost/tariff");
    case StandardComponent::Products:
        return QCoreApplication::translate("loket", "Service products");
    case StandardComponent::ComplaintHandling:
        return QCoreApplication::translate("loket", "Handling of complaints, suggestions and feedback");
    case StandardComponent::LegalBasis:
        return QCoreApplication::translate("loket", "Legal basis");
    case StandardComponent::Facilities:
        return QCoreApplication::translate("loket", "Facilities and infrastructure");
    case StandardComponent::Competence:
        return QCoreApplication::translate("loket", "Competence of the staff");
    case StandardComponent::InternalSupervision:
        return QCoreApplication::translate("loket", "Internal supervision");
    case StandardComponent::Staffing:
        return QCoreApplication::translate("loket", "Number of staff");
    case StandardComponent::ServiceGuarantee:
        return QCoreApplication::translate("loket", "Service guarantee");
    case StandardComponent::SecurityGuarantee:
        return QCoreApplication::translate("loket", "Security and safety guarantee");
    case StandardComponent::PerformanceEvaluation:
        return QCoreApplication::translate("loket", "Performance evaluation of the staff");
    }
    return {};
}

QString standardComponentNames(const QList<StandardComponent> &components)
{
    QStringList names;
    for (StandardComponent c : components)
        names << standardComponentName(c);
    // Several names themselves hold commas ("System, mechanism and procedure").
    return names.join(QStringLiteral("; "));
}

} // namespace loket
