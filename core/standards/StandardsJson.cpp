// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardsJson.h"

#include "core/standards/StandardRecordStore.h"
#include "core/standards/StandardRepository.h"
#include "core/standards/StandardsJsonReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace loket {

namespace {

void putDate(QJsonObject &o, const char *key, QDate d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), d.toString(Qt::ISODate));
}

} // namespace

QJsonObject StandardsJson::versionJson(const StandardVersion &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("service_code"), v.service.code);
    o.insert(QStringLiteral("service_name"), v.service.name);
    o.insert(QStringLiteral("version"), v.number);
    o.insert(QStringLiteral("status"), versionStatusCode(v.status));
    if (!v.isDraft())
        o.insert(QStringLiteral("decree_number"), v.decreeNumber);
    putDate(o, "decree_date", v.decreeDate);
    putDate(o, "effective_from", v.effectiveFrom);
    putDate(o, "effective_to", v.effectiveTo);

    const StandardContent &c = v.content;
    QJsonArray requirements;
    for (const Requirement &r : c.requirements) {
        requirements.append(
            QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("form"), documentFormCode(r.form) },
                { QStringLiteral("count"), r.count }, { QStringLiteral("notes"), r.notes } });
    }
    o.insert(QStringLiteral("requirements"), requirements);
    QJsonArray procedure;
    for (const ProcedureStep &s : c.procedure) {
        procedure.append(QJsonObject {
            { QStringLiteral("description"), s.description }, { QStringLiteral("performer"), s.performer } });
    }
    o.insert(QStringLiteral("procedure"), procedure);
    if (c.serviceTime.isSet()) {
        o.insert(QStringLiteral("service_time"),
            QJsonObject { { QStringLiteral("amount"), c.serviceTime.amount },
                { QStringLiteral("unit"), timeUnitCode(c.serviceTime.unit) } });
    }
    QJsonObject cost { { QStringLiteral("legal_basis"), c.costLegalBasis } };
    cost.insert(QStringLiteral("rupiah"), c.costRupiah ? QJsonValue(*c.costRupiah) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("cost"), cost);
    o.insert(QStringLiteral("products"), QJsonArray::fromStringList(c.products));
    QJsonArray channels;
    for (const ComplaintChannel &ch : c.complaintChannels) {
        channels.append(
            QJsonObject { { QStringLiteral("channel"), ch.channel }, { QStringLiteral("contact"), ch.contact } });
    }
    o.insert(QStringLiteral("complaints"), channels);
    for (StandardComponent component : textComponents())
        o.insert(standardComponentCode(component), c.text(component));
    return o;
}

StandardsJson::StandardsJson(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{ }

Result<QByteArray> StandardsJson::exportJson(const Actor &actor) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.export"), QStringLiteral("standard"));
        !ok)
        return ok.error();
    StandardRepository repo(m_db);
    StandardRecordStore store(m_db);
    auto services = repo.services();
    if (!services)
        return services.error();
    QHash<qint64, QString> codes;
    QJsonArray standards;
    for (const ServiceRef &s : services.value()) {
        codes.insert(s.id, s.code);
        auto versions = repo.versions(s.id, true);
        if (!versions)
            return versions.error();
        for (const StandardVersion &v : versions.value())
            standards.append(versionJson(v));
    }

    QJsonArray consultations;
    auto cons = store.consultations(0);
    if (!cons)
        return cons.error();
    for (const Consultation &c : cons.value()) {
        QJsonArray groups;
        for (const ConsultationGroup &g : c.groups) {
            QJsonObject go { { QStringLiteral("group"), g.group } };
            if (g.participants)
                go.insert(QStringLiteral("participants"), *g.participants);
            if (!g.names.isEmpty())
                go.insert(QStringLiteral("names"), QJsonArray::fromStringList(g.names));
            groups.append(go);
        }
        QJsonArray serviceCodes;
        for (qint64 id : c.serviceIds)
            serviceCodes.append(codes.value(id));
        QJsonObject co { { QStringLiteral("service_codes"), serviceCodes },
            { QStringLiteral("date"), c.date.toString(Qt::ISODate) }, { QStringLiteral("place"), c.place },
            { QStringLiteral("groups"), groups }, { QStringLiteral("summary"), c.summary } };
        if (c.minutesSize > 0) {
            auto bytes = store.consultationMinutes(c.id);
            if (!bytes)
                return bytes.error();
            co.insert(QStringLiteral("minutes"),
                QJsonObject { { QStringLiteral("name"), c.minutesName },
                    { QStringLiteral("base64"), QString::fromLatin1(bytes->toBase64()) } });
        }
        consultations.append(co);
    }

    QJsonArray publications;
    auto pubs = store.publications(0);
    if (!pubs)
        return pubs.error();
    for (const Publication &p : pubs.value()) {
        publications.append(QJsonObject { { QStringLiteral("service_code"), codes.value(p.serviceId) },
            { QStringLiteral("medium"), p.medium }, { QStringLiteral("date"), p.date.toString(Qt::ISODate) },
            { QStringLiteral("location"), p.location }, { QStringLiteral("sippn"), p.sippn } });
    }

    QJsonArray reviews;
    auto revs = store.reviews(0);
    if (!revs)
        return revs.error();
    for (const StandardReview &r : revs.value()) {
        reviews.append(QJsonObject { { QStringLiteral("service_code"), codes.value(r.serviceId) },
            { QStringLiteral("date"), r.date.toString(Qt::ISODate) }, { QStringLiteral("reviewer"), r.reviewer },
            { QStringLiteral("outcome"), reviewOutcomeCode(r.outcome) }, { QStringLiteral("notes"), r.notes } });
    }

    auto maklumat = store.maklumat();
    if (!maklumat)
        return maklumat.error();
    QJsonObject mo { { QStringLiteral("text"), maklumat->text } };
    if (!maklumat->decreeNumber.isEmpty())
        mo.insert(QStringLiteral("decree_number"), maklumat->decreeNumber);
    putDate(mo, "decree_date", maklumat->decreeDate);
    QJsonArray mpubs;
    for (const Publication &p : maklumat->publications) {
        mpubs.append(QJsonObject { { QStringLiteral("medium"), p.medium },
            { QStringLiteral("date"), p.date.toString(Qt::ISODate) }, { QStringLiteral("location"), p.location } });
    }
    mo.insert(QStringLiteral("publications"), mpubs);

    QJsonObject root { { QStringLiteral("format"), StandardsJsonReader::formatName() },
        { QStringLiteral("format_version"), StandardsJsonReader::kFormatVersion },
        { QStringLiteral("exported_at"), m_clock.nowUtc().toString(Qt::ISODate) }, { QStringLiteral("maklumat"), mo },
        { QStringLiteral("standards"), standards }, { QStringLiteral("consultations"), consultations },
        { QStringLiteral("publications"), publications }, { QStringLiteral("reviews"), reviews } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ImportProblem> StandardsJson::check(const QByteArray &json) const
{
    StandardsJsonReader reader(m_db);
    (void)reader.read(json);
    return reader.problems();
}

Result<StandardsImportReport> StandardsJson::importJson(const Actor &actor, const QByteArray &json, bool dryRun)
{
    const Permission needed = dryRun ? Permission::ViewStandards : Permission::ManageStandards;
    if (Status ok = m_audit.require(actor, needed, QStringLiteral("standard.import"), QStringLiteral("standard")); !ok)
        return ok.error();
    StandardsJsonReader reader(m_db);
    const StandardsBundle bundle = reader.read(json);
    if (!reader.problems().isEmpty())
        return importProblemsError(reader.problems());

    // The dry run writes everything too, then rolls back: it meets every
    // check of the database that the import meets.
    StandardsImportReport report;
    Status done = runImport(*m_db, dryRun, [&]() -> Status {
        auto applied = apply(bundle, actor.username);
        if (!applied)
            return applied.error();
        report = applied.value();
        report.dryRun = dryRun;
        if (dryRun)
            return {};
        return m_audit.record(actor, QStringLiteral("standard.import"), QStringLiteral("standard"), QString(),
            QStringLiteral("JSON: %1 services (%2), %3 versions replacing %4, %5 consultations, "
                           "%6 publications, %7 reviews%8; deleted %9 versions (%10 in force)")
                .arg(report.services)
                .arg(report.serviceCodes.join(QLatin1Char(' ')))
                .arg(report.versions)
                .arg(report.replacedVersions)
                .arg(report.consultations)
                .arg(report.publications)
                .arg(report.reviews)
                .arg(report.maklumat ? QStringLiteral(", maklumat") : QString())
                .arg(report.deletedVersions)
                .arg(report.deletedInForce));
    });
    if (!done)
        return done.error();
    return report;
}

namespace {

// The same version of a standard: number, decree and content. Its status may
// have moved from set to superseded, with an end date, in the file.
bool sameVersion(const StandardVersion &a, const StandardVersion &b)
{
    return a.number == b.number && a.isDraft() == b.isDraft() && a.decreeNumber == b.decreeNumber
        && a.decreeDate == b.decreeDate && a.effectiveFrom == b.effectiveFrom && a.content == b.content;
}

} // namespace

Result<StandardsImportReport> StandardsJson::apply(const StandardsBundle &bundle, const QString &username) const
{
    StandardRepository repo(m_db);
    StandardRecordStore store(m_db);
    const qint64 now = m_clock.nowMs();

    QList<qint64> serviceIds;
    auto note = [&](qint64 id) {
        if (!serviceIds.contains(id))
            serviceIds << id;
    };
    for (const StandardVersion &v : bundle.versions)
        note(v.service.id);
    for (const Consultation &c : bundle.consultations) {
        for (qint64 id : c.serviceIds)
            note(id);
    }
    for (const Publication &p : bundle.publications)
        note(p.serviceId);
    for (const StandardReview &r : bundle.reviews)
        note(r.serviceId);

    StandardsImportReport report;
    report.services = int(serviceIds.size());
    report.versions = int(bundle.versions.size());
    report.consultations = int(bundle.consultations.size());
    report.publications = int(bundle.publications.size());
    report.reviews = int(bundle.reviews.size());
    report.maklumat = bundle.maklumat.has_value();
    QStringList inForceLost;
    for (qint64 id : serviceIds) {
        auto svc = repo.serviceById(id);
        if (!svc)
            return svc.error();
        const QString code = svc.value() ? svc.value()->code : QString::number(id);
        report.serviceCodes << code;

        auto existing = repo.versions(id, true);
        if (!existing)
            return existing.error();
        report.replacedVersions += int(existing->size());
        for (const StandardVersion &old : existing.value()) {
            const bool kept = std::any_of(bundle.versions.cbegin(), bundle.versions.cend(),
                [&](const StandardVersion &v) { return v.service.id == id && sameVersion(v, old); });
            if (kept)
                continue;
            ++report.deletedVersions;
            QString line;
            if (old.isDraft()) {
                line = tr("%1: version %2, the draft").arg(code).arg(old.number);
            } else {
                ++report.deletedInForce;
                line = old.status == VersionStatus::Set
                    ? tr("%1: version %2, in force (decree %3)").arg(code).arg(old.number).arg(old.decreeNumber)
                    : tr("%1: version %2, in force until %4 (decree %3)")
                          .arg(code)
                          .arg(old.number)
                          .arg(old.decreeNumber, old.effectiveTo.toString(Qt::ISODate));
                inForceLost << line;
            }
            report.deletions << line;
        }

        auto pubs = store.publications(id);
        if (!pubs)
            return pubs.error();
        int lostPubs = 0;
        for (const Publication &old : pubs.value()) {
            lostPubs += std::none_of(bundle.publications.cbegin(), bundle.publications.cend(), [&](const Publication &p) {
                return p.serviceId == id && p.medium == old.medium && p.date == old.date && p.location == old.location;
            });
        }
        auto revs = store.reviews(id);
        if (!revs)
            return revs.error();
        int lostReviews = 0;
        for (const StandardReview &old : revs.value()) {
            lostReviews += std::none_of(bundle.reviews.cbegin(), bundle.reviews.cend(), [&](const StandardReview &r) {
                return r.serviceId == id && r.date == old.date && r.reviewer == old.reviewer
                    && r.outcome == old.outcome && r.notes == old.notes;
            });
        }
        auto cons = store.consultations(id);
        if (!cons)
            return cons.error();
        int lostConsultations = 0;
        for (const Consultation &old : cons.value()) {
            lostConsultations += std::none_of(bundle.consultations.cbegin(), bundle.consultations.cend(),
                [&](const Consultation &c) { return c.serviceIds.contains(id) && c.date == old.date && c.place == old.place; });
        }
        report.deletedPublications += lostPubs;
        report.deletedReviews += lostReviews;
        report.deletedConsultations += lostConsultations;
        if (lostPubs > 0)
            report.deletions << tr("%1: %n publication(s)", nullptr, lostPubs).arg(code);
        if (lostReviews > 0)
            report.deletions << tr("%1: %n review(s)", nullptr, lostReviews).arg(code);
        if (lostConsultations > 0)
            report.deletions << tr("%1: %n consultation(s) (the forum's record for this service)", nullptr,
                lostConsultations)
                                    .arg(code);
    }
    if (!inForceLost.isEmpty() && !bundle.replaceInForce) {
        return makeError(ErrorCode::InvalidInput,
            tr("Nothing was imported: the file would delete or change %n version(s) of a standard that are or "
               "were in force, which a decree set. If that is really meant, add \"replace_in_force\": true at "
               "the top of the file (see docs/standards-json.md) and run a dry run first.",
                nullptr, int(inForceLost.size()))
                + QLatin1Char('\n') + inForceLost.join(QLatin1Char('\n')));
    }

    for (qint64 id : serviceIds) {
        if (Status st = store.deleteServiceRegister(id); !st)
            return st.error();
    }
    for (StandardVersion v : bundle.versions) {
        v.createdBy = username;
        if (!v.isDraft())
            v.setBy = username;
        if (auto id = repo.insertVersion(v, now); !id)
            return id.error();
    }
    for (const Consultation &c : bundle.consultations) {
        if (auto id = store.insertConsultation(c, username, now); !id)
            return id.error();
    }
    for (const Publication &p : bundle.publications) {
        if (auto id = store.insertPublication(p, username, now); !id)
            return id.error();
    }
    for (const StandardReview &r : bundle.reviews) {
        if (auto id = store.insertReview(r, username, now); !id)
            return id.error();
    }
    if (bundle.maklumat) {
        if (Status st = store.saveMaklumat(*bundle.maklumat, username, now); !st)
            return st.error();
        if (Status st = store.deleteMaklumatPublications(); !st)
            return st.error();
        for (const Publication &p : bundle.maklumat->publications) {
            if (auto id = store.insertMaklumatPublication(p, username, now); !id)
                return id.error();
        }
    }
    return report;
}

} // namespace loket
