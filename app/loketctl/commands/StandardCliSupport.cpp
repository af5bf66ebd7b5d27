// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/commands/StandardCliSupport.h"

#include "core/standards/StandardService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace loket::cli::standardcli {

QJsonValue isoDate(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

void printVersion(QTextStream &out, const StandardVersion &v, const QList<StandardVersion> &history)
{
    out << QStringLiteral("%1 — %2\n").arg(v.service.code, v.service.name);
    out << QCoreApplication::translate("loketctl", "Version %1: %2").arg(v.number).arg(versionStatusName(v.status))
        << '\n';
    if (!v.isDraft()) {
        out << QCoreApplication::translate("loketctl", "Decree: %1 of %2, in force from %3%4")
                   .arg(v.decreeNumber, dateText(v.decreeDate), dateText(v.effectiveFrom),
                       v.effectiveTo.isValid()
                           ? QCoreApplication::translate("loketctl", " to %1").arg(dateText(v.effectiveTo))
                           : QString())
            << '\n';
    }
    const StandardContent &c = v.content;
    auto heading = [&](StandardComponent component) {
        out << '\n'
            << (static_cast<int>(component) + 1) << ". " << standardComponentName(component)
            << (c.isFilled(component) ? QString()
                                      : QLatin1Char(' ') + QCoreApplication::translate("loketctl", "(empty)"))
            << '\n';
    };
    heading(StandardComponent::Requirements);
    for (qsizetype i = 0; i < c.requirements.size(); ++i) {
        const Requirement &r = c.requirements.at(i);
        out << "   " << (i + 1) << ". " << r.name << " ("
            << (r.form == DocumentForm::Original ? QCoreApplication::translate("loketctl", "original")
                                                 : QCoreApplication::translate("loketctl", "copy"))
            << ", " << r.count << ')' << (r.notes.isEmpty() ? QString() : QStringLiteral(" — ") + r.notes) << '\n';
    }
    heading(StandardComponent::Procedure);
    for (qsizetype i = 0; i < c.procedure.size(); ++i) {
        const ProcedureStep &s = c.procedure.at(i);
        out << "   " << (i + 1) << ". " << s.description
            << (s.performer.isEmpty() ? QString() : QStringLiteral(" [") + s.performer + QLatin1Char(']')) << '\n';
    }
    heading(StandardComponent::ServiceTime);
    if (c.serviceTime.isSet())
        out << "   " << c.serviceTime.displayText() << '\n';
    heading(StandardComponent::Cost);
    if (c.costRupiah) {
        out << "   "
            << (*c.costRupiah == 0 ? QCoreApplication::translate("loketctl", "Free (Rp 0)")
                                   : QStringLiteral("Rp %1").arg(
                                       QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(*c.costRupiah)))
            << (c.costLegalBasis.isEmpty() ? QString() : QStringLiteral(" — ") + c.costLegalBasis) << '\n';
    }
    heading(StandardComponent::Products);
    for (const QString &p : c.products)
        out << "   - " << p << '\n';
    heading(StandardComponent::ComplaintHandling);
    for (const ComplaintChannel &ch : c.complaintChannels)
        out << "   - " << ch.channel << (ch.contact.isEmpty() ? QString() : QStringLiteral(": ") + ch.contact) << '\n';
    for (StandardComponent component : textComponents()) {
        heading(component);
        for (const QString &line : c.text(component).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << "   " << line << '\n';
    }
    if (history.size() > 1) {
        out << '\n' << QCoreApplication::translate("loketctl", "Versions:") << '\n';
        for (const StandardVersion &h : history) {
            out << QStringLiteral("   v%1  %2  %3  %4 – %5\n")
                       .arg(h.number)
                       .arg(versionStatusName(h.status).leftJustified(10),
                           h.decreeNumber.isEmpty() ? QStringLiteral("-") : h.decreeNumber, dateText(h.effectiveFrom),
                           dateText(h.effectiveTo));
        }
    }
    out.flush();
}

QJsonObject complianceJson(const ComplianceSummary &s)
{
    QJsonArray services;
    for (const ServiceCompliance &c : s.services) {
        services << QJsonObject { { QStringLiteral("code"), c.service.code },
            { QStringLiteral("name"), c.service.name },
            { QStringLiteral("version_in_force"), c.versionInForce ? QJsonValue(*c.versionInForce) : QJsonValue() },
            { QStringLiteral("filled_components"), c.filledComponents },
            { QStringLiteral("components_complete"), c.componentsComplete },
            { QStringLiteral("set_by_decree"), c.setByDecree }, { QStringLiteral("decree_number"), c.decreeNumber },
            { QStringLiteral("consultations"), c.consultations },
            { QStringLiteral("consultation_groups"), c.consultationGroups },
            { QStringLiteral("publication_media"), c.publicationMedia }, { QStringLiteral("on_sippn"), c.onSippn },
            { QStringLiteral("published_fully"), c.publishedFully() },
            { QStringLiteral("last_review"), isoDate(c.lastReview) },
            { QStringLiteral("review_due"), isoDate(c.reviewDue) },
            { QStringLiteral("reviewed_in_period"), c.reviewedInPeriod },
            { QStringLiteral("criteria_met"), c.criteriaMet() } };
    }
    return QJsonObject { { QStringLiteral("date"), isoDate(s.date) },
        { QStringLiteral("review_months"), s.reviewMonths }, { QStringLiteral("services"), services },
        { QStringLiteral("totals"),
            QJsonObject { { QStringLiteral("services"), s.serviceCount }, { QStringLiteral("complete"), s.complete },
                { QStringLiteral("set"), s.set }, { QStringLiteral("consulted"), s.consulted },
                { QStringLiteral("published_fully"), s.publishedFully }, { QStringLiteral("on_sippn"), s.onSippn },
                { QStringLiteral("reviewed"), s.reviewed }, { QStringLiteral("fully_compliant"), s.fullyCompliant } } },
        { QStringLiteral("maklumat_signed"), s.maklumatSigned },
        { QStringLiteral("maklumat_media"), s.maklumatMedia } };
}

Result<ChosenVersion> chooseVersion(const DatabasePtr &db, const Clock &clock, const Actor &actor,
    const QString &code, std::optional<int> number, QDate date)
{
    StandardService standards(db, clock);
    auto svc = standards.service(code);
    if (!svc)
        return svc.error();
    auto history = standards.versions(actor, svc->id);
    if (!history)
        return history.error();
    std::optional<StandardVersion> chosen;
    if (number) {
        auto v = standards.version(actor, svc->id, *number);
        if (!v)
            return v.error();
        chosen = v.value();
    } else {
        for (const StandardVersion &v : history.value()) {
            if (v.inForceOn(date))
                chosen = v;
        }
        if (!chosen && !history->isEmpty())
            chosen = history->last();
    }
    if (!chosen) {
        return makeError(ErrorCode::Nothing,
            QCoreApplication::translate("loketctl",
                "%1 has no standard yet. Write one in the application, or "
                "import one with \"loketctl standard import\".")
                .arg(svc->code));
    }
    return ChosenVersion { *chosen, history.value() };
}

} // namespace loket::cli::standardcli
