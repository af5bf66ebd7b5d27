// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardCompliance.h"

#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardRecordStore.h"
#include "core/standards/StandardRepository.h"

#include <QSet>

namespace loket {

namespace {

QString normalized(const QString &s)
{
    return s.simplified().toLower();
}

} // namespace

StandardCompliance::StandardCompliance(DatabasePtr db)
    : m_db(std::move(db))
    , m_audit(m_db)
{ }

Result<ComplianceSummary> StandardCompliance::summary(const Actor &actor, QDate date) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.read"), QStringLiteral("standard"));
        !ok)
        return ok.error();
    StandardRepository repo(m_db);
    StandardRecordStore store(m_db);
    ComplianceSummary out;
    out.date = date;
    out.reviewMonths = ReviewSchedule(m_db).periodMonths();

    auto services = repo.services();
    if (!services)
        return services.error();
    auto consultations = store.consultations(0);
    if (!consultations)
        return consultations.error();
    auto publications = store.publications(0);
    if (!publications)
        return publications.error();
    auto reviews = store.reviews(0);
    if (!reviews)
        return reviews.error();
    auto inForce = repo.inForceByService(date);
    if (!inForce)
        return inForce.error();
    auto drafts = repo.draftsByService();
    if (!drafts)
        return drafts.error();

    for (const ServiceRef &s : services.value()) {
        if (!s.active)
            continue;
        ServiceCompliance row;
        row.service = s;
        std::optional<StandardVersion> counted;
        if (const auto v = inForce->find(s.id); v != inForce->end())
            counted = v->second;
        if (counted) {
            row.versionInForce = counted->number;
            row.setByDecree = true;
            row.decreeNumber = counted->decreeNumber;
            row.decreeDate = counted->decreeDate;
        } else if (const auto d = drafts->find(s.id); d != drafts->end()) {
            counted = d->second;
        }
        if (counted) {
            row.filledComponents = counted->content.filledCount();
            row.componentsComplete = counted->content.isComplete();
        }

        QSet<QString> groups;
        for (const Consultation &c : consultations.value()) {
            if (!c.serviceIds.contains(s.id) || c.date > date)
                continue;
            ++row.consultations;
            for (const ConsultationGroup &g : c.groups)
                groups.insert(normalized(g.group));
        }
        row.consultationGroups = int(groups.size());

        QSet<QString> media;
        for (const Publication &p : publications.value()) {
            if (p.serviceId != s.id || p.date > date)
                continue;
            if (row.setByDecree && p.date < row.decreeDate)
                continue;
            if (p.sippn)
                row.onSippn = true;
            else
                media.insert(normalized(p.medium));
        }
        row.publicationMedia = int(media.size());

        QDate setOn = row.setByDecree ? row.decreeDate : QDate();
        for (const StandardReview &r : reviews.value()) {
            if (r.serviceId == s.id && r.date <= date && (!row.lastReview.isValid() || r.date > row.lastReview))
                row.lastReview = r.date;
        }
        row.reviewDue = ReviewSchedule::dueDate(setOn, row.lastReview, out.reviewMonths);
        row.reviewedInPeriod = row.lastReview.isValid() && row.lastReview > date.addMonths(-out.reviewMonths);

        ++out.serviceCount;
        out.complete += int(row.componentsComplete);
        out.set += int(row.setByDecree);
        out.consulted += int(row.consulted());
        out.publishedFully += int(row.publishedFully());
        out.onSippn += int(row.onSippn);
        out.reviewed += int(row.reviewedInPeriod);
        out.fullyCompliant += int(row.criteriaMet() == 5);
        out.services << row;
    }

    auto maklumat = store.maklumat();
    if (!maklumat)
        return maklumat.error();
    out.maklumatSigned
        = !maklumat->decreeNumber.trimmed().isEmpty() && maklumat->decreeDate.isValid() && maklumat->decreeDate <= date;
    QSet<QString> media;
    for (const Publication &p : maklumat->publications) {
        if (p.date <= date)
            media.insert(normalized(p.medium));
    }
    out.maklumatMedia = int(media.size());
    return out;
}

} // namespace loket
