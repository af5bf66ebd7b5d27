// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardRegister.h"
#include "core/auth/AuditText.h"

#include "core/standards/StandardRepository.h"

namespace loket {

namespace {

const QString kConsultation = QStringLiteral("consultation");
const QString kPublication = QStringLiteral("publication");
const QString kReview = QStringLiteral("review");
const QString kMaklumat = QStringLiteral("maklumat");

Error invalid(const QStringList &problems)
{
    return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
}

} // namespace

StandardRegister::StandardRegister(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
    , m_store(m_db)
{ }

QStringList StandardRegister::consultationProblems(const Consultation &c)
{
    QStringList out;
    if (c.serviceIds.isEmpty())
        out << tr("Choose the services whose standards the public consultation discussed.");
    if (!c.date.isValid())
        out << tr("Enter the date the public consultation was held.");
    if (c.groups.isEmpty())
        out << tr("Record at least one group of society that took part (e.g. tokoh masyarakat, pengguna layanan).");
    for (const ConsultationGroup &g : c.groups) {
        if (g.group.trimmed().isEmpty())
            out << tr("A group of participants has no name: name the group or remove it.");
        if (g.participants && *g.participants < 0)
            out << tr("The number of participants of %1 cannot be negative.").arg(g.group.trimmed());
    }
    if (c.minutes.size() > kMaxMinutesBytes)
        out << tr("The minutes file is larger than %1 MB: scan it at a lower resolution.")
                   .arg(kMaxMinutesBytes / (1024 * 1024));
    if (!c.minutes.isEmpty() && c.minutesName.trimmed().isEmpty())
        out << tr("Give the minutes file a name.");
    return out;
}

QStringList StandardRegister::publicationProblems(const Publication &p)
{
    QStringList out;
    if (p.medium.trimmed().isEmpty())
        out << tr("Name the medium the standard was published on (e.g. papan pengumuman, website, SIPPN).");
    if (!p.date.isValid())
        out << tr("Enter the date of the publication.");
    return out;
}

QStringList StandardRegister::reviewProblems(const StandardReview &r)
{
    QStringList out;
    if (!r.date.isValid())
        out << tr("Enter the date of the review.");
    if (r.reviewer.trimmed().isEmpty())
        out << tr("Enter who reviewed the standard (a person or a team).");
    return out;
}

Status StandardRegister::requireService(qint64 serviceId) const
{
    StandardRepository repo(m_db);
    auto found = repo.serviceById(serviceId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The service no longer exists. Reload the list of services."));
    return {};
}

Status StandardRegister::requireRead(const Actor &actor, qint64 serviceId) const
{
    return m_audit.require(actor, Permission::ViewStandards, QStringLiteral("standard.read"),
        QStringLiteral("standard"), serviceId ? QString::number(serviceId) : QString());
}

Result<QList<Consultation>> StandardRegister::consultations(const Actor &actor, qint64 serviceId) const
{
    if (Status ok = requireRead(actor, serviceId); !ok)
        return ok.error();
    return m_store.consultations(serviceId);
}

Result<QByteArray> StandardRegister::consultationMinutes(const Actor &actor, qint64 consultationId) const
{
    if (Status ok = requireRead(actor, 0); !ok)
        return ok.error();
    return m_store.consultationMinutes(consultationId);
}

Result<qint64> StandardRegister::addConsultation(const Actor &actor, const Consultation &c)
{
    if (Status ok = m_audit.require(
            actor, Permission::ManageStandards, QStringLiteral("standard.consultation_add"), kConsultation);
        !ok)
        return ok.error();
    if (const QStringList problems = consultationProblems(c); !problems.isEmpty())
        return invalid(problems);
    for (qint64 serviceId : c.serviceIds) {
        if (Status ok = requireService(serviceId); !ok)
            return ok.error();
    }
    QStringList ids;
    for (qint64 serviceId : c.serviceIds)
        ids << QString::number(serviceId);
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto inserted = m_store.insertConsultation(c, actor.username, m_clock.nowMs());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_audit.record(actor, QStringLiteral("standard.consultation_add"), kConsultation, QString::number(id),
            QStringLiteral("services %1, %2, %3 groups")
                .arg(ids.join(QLatin1Char(' ')), c.date.toString(Qt::ISODate))
                .arg(c.groups.size()));
    });
    if (!done)
        return done.error();
    return id;
}

Status StandardRegister::removeConsultation(const Actor &actor, qint64 consultationId)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.consultation_remove"),
            kConsultation, QString::number(consultationId));
        !ok)
        return ok;
    return m_db->transaction([&]() -> Status {
        if (Status st = m_store.deleteConsultation(consultationId); !st)
            return st;
        return m_audit.record(
            actor, QStringLiteral("standard.consultation_remove"), kConsultation, QString::number(consultationId));
    });
}

Result<QList<Publication>> StandardRegister::publications(const Actor &actor, qint64 serviceId) const
{
    if (Status ok = requireRead(actor, serviceId); !ok)
        return ok.error();
    return m_store.publications(serviceId);
}

Result<qint64> StandardRegister::addPublication(const Actor &actor, const Publication &p)
{
    if (Status ok
        = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.publication_add"), kPublication);
        !ok)
        return ok.error();
    if (const QStringList problems = publicationProblems(p); !problems.isEmpty())
        return invalid(problems);
    if (Status ok = requireService(p.serviceId); !ok)
        return ok.error();
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto inserted = m_store.insertPublication(p, actor.username, m_clock.nowMs());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_audit.record(actor, QStringLiteral("standard.publication_add"), kPublication, QString::number(id),
            auditDetail(QStringLiteral("standard.publication"),
                { { QStringLiteral("service"), p.serviceId }, { QStringLiteral("medium"), p.medium.trimmed() },
                    { QStringLiteral("date"), p.date.toString(Qt::ISODate) } }));
    });
    if (!done)
        return done.error();
    return id;
}

Status StandardRegister::removePublication(const Actor &actor, qint64 publicationId)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.publication_remove"),
            kPublication, QString::number(publicationId));
        !ok)
        return ok;
    return m_db->transaction([&]() -> Status {
        if (Status st = m_store.deletePublication(publicationId); !st)
            return st;
        return m_audit.record(
            actor, QStringLiteral("standard.publication_remove"), kPublication, QString::number(publicationId));
    });
}

Result<QList<StandardReview>> StandardRegister::reviews(const Actor &actor, qint64 serviceId) const
{
    if (Status ok = requireRead(actor, serviceId); !ok)
        return ok.error();
    return m_store.reviews(serviceId);
}

Result<qint64> StandardRegister::addReview(const Actor &actor, const StandardReview &r)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.review_add"), kReview);
        !ok)
        return ok.error();
    if (const QStringList problems = reviewProblems(r); !problems.isEmpty())
        return invalid(problems);
    if (Status ok = requireService(r.serviceId); !ok)
        return ok.error();
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto inserted = m_store.insertReview(r, actor.username, m_clock.nowMs());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_audit.record(actor, QStringLiteral("standard.review_add"), kReview, QString::number(id),
            auditDetail(QStringLiteral("standard.review"),
                { { QStringLiteral("service"), r.serviceId }, { QStringLiteral("date"), r.date.toString(Qt::ISODate) },
                    { QStringLiteral("outcome"), reviewOutcomeCode(r.outcome) } }));
    });
    if (!done)
        return done.error();
    return id;
}

Status StandardRegister::removeReview(const Actor &actor, qint64 reviewId)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.review_remove"),
            kReview, QString::number(reviewId));
        !ok)
        return ok;
    return m_db->transaction([&]() -> Status {
        if (Status st = m_store.deleteReview(reviewId); !st)
            return st;
        return m_audit.record(actor, QStringLiteral("standard.review_remove"), kReview, QString::number(reviewId));
    });
}

Result<Maklumat> StandardRegister::maklumat() const
{
    return m_store.maklumat();
}

Status StandardRegister::saveMaklumat(
    const Actor &actor, const QString &text, const QString &decreeNumber, QDate decreeDate)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("maklumat.save"), kMaklumat);
        !ok)
        return ok;
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("The Maklumat Pelayanan has no text. Write the office's promise, or keep the default."));
    if (decreeNumber.trimmed().isEmpty() != !decreeDate.isValid())
        return makeError(ErrorCode::InvalidInput,
            tr("Enter both the number and the date of the decree of the Maklumat, or neither."));
    Maklumat m;
    m.text = text;
    m.decreeNumber = decreeNumber;
    m.decreeDate = decreeDate;
    return m_db->transaction([&]() -> Status {
        if (Status st = m_store.saveMaklumat(m, actor.username, m_clock.nowMs()); !st)
            return st;
        return m_audit.record(
            actor, QStringLiteral("maklumat.save"), kMaklumat, QStringLiteral("1"), decreeNumber.trimmed());
    });
}

Result<qint64> StandardRegister::addMaklumatPublication(const Actor &actor, const Publication &p)
{
    if (Status ok
        = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("maklumat.publication_add"), kMaklumat);
        !ok)
        return ok.error();
    if (const QStringList problems = publicationProblems(p); !problems.isEmpty())
        return invalid(problems);
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto inserted = m_store.insertMaklumatPublication(p, actor.username, m_clock.nowMs());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_audit.record(actor, QStringLiteral("maklumat.publication_add"), kMaklumat, QString::number(id),
            auditDetail(QStringLiteral("maklumat.publication"),
                { { QStringLiteral("medium"), p.medium.trimmed() }, { QStringLiteral("date"), p.date.toString(Qt::ISODate) } }));
    });
    if (!done)
        return done.error();
    return id;
}

Status StandardRegister::removeMaklumatPublication(const Actor &actor, qint64 publicationId)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("maklumat.publication_remove"),
            kMaklumat, QString::number(publicationId));
        !ok)
        return ok;
    return m_db->transaction([&]() -> Status {
        if (Status st = m_store.deleteMaklumatPublication(publicationId); !st)
            return st;
        return m_audit.record(
            actor, QStringLiteral("maklumat.publication_remove"), kMaklumat, QString::number(publicationId));
    });
}

} // namespace loket
