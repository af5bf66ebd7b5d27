// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// StandardsJsonReader: the register's records around the standards —
// consultations, publications, reviews and the Maklumat. (The standards and
// their versions are read in StandardsJsonReader.cpp.)
#include "core/standards/StandardsJsonReader.h"

#include "core/common/TextCheck.h"
#include "core/standards/JsonPath.h"
#include "core/standards/StandardRegister.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace loket {

using jsonpath::at;
using jsonpath::join;

std::optional<Consultation> StandardsJsonReader::readConsultation(const QJsonObject &o, const QString &path)
{
    if (o.isEmpty())
        return std::nullopt;
    const qsizetype before = m_problems.size();
    checkKeys(o, path,
        { QStringLiteral("service_codes"), QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("groups"),
            QStringLiteral("summary"), QStringLiteral("minutes") });
    Consultation c;
    const QString codesPath = join(path, QStringLiteral("service_codes"));
    const QJsonArray codes = array(o, QStringLiteral("service_codes"), path);
    if (codes.isEmpty() && o.value(QStringLiteral("service_codes")).isArray())
        problem(codesPath, tr("List at least one service whose standard the forum discussed."));
    if (!o.contains(QStringLiteral("service_codes")))
        problem(codesPath, tr("Missing: list the services whose standards the forum discussed."));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString p = at(codesPath, i);
        const QString code = codes.at(i).toString().trimmed();
        if (!codes.at(i).isString() || code.isEmpty()) {
            problem(p, tr("Must be the code of a service in quotes."));
            continue;
        }
        const auto found = m_services.constFind(code.toUpper());
        if (found == m_services.cend())
            problem(p,
                tr("There is no service with the code \"%1\" in this database. Add the service first, or "
                   "correct the code.")
                    .arg(TextCheck::quote(code)));
        else if (!c.serviceIds.contains(found->id))
            c.serviceIds << found->id;
    }
    c.date = date(o, QStringLiteral("date"), path, true);
    c.place = text(o, QStringLiteral("place"), path, false);
    c.summary = text(o, QStringLiteral("summary"), path, false);
    const QString groupsPath = join(path, QStringLiteral("groups"));
    const QJsonArray groups = array(o, QStringLiteral("groups"), path);
    if (groups.isEmpty())
        problem(groupsPath, tr("Record at least one group of society that took part."));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = element(groups, i, groupsPath);
        const QString p = at(groupsPath, i);
        checkKeys(g, p, { QStringLiteral("group"), QStringLiteral("participants"), QStringLiteral("names") });
        ConsultationGroup group;
        group.group = text(g, QStringLiteral("group"), p, true);
        if (auto n = integer(g, QStringLiteral("participants"), p, false)) {
            if (*n < 0 || *n > 100000)
                problem(join(p, QStringLiteral("participants")), tr("The number of participants cannot be negative."));
            group.participants = int(*n);
        }
        const QJsonArray names = array(g, QStringLiteral("names"), p);
        for (qsizetype k = 0; k < names.size(); ++k) {
            if (!names.at(k).isString() || names.at(k).toString().trimmed().isEmpty())
                problem(at(join(p, QStringLiteral("names")), k), tr("Must be a name in quotes."));
            else if (const auto bad = TextCheck::problem(names.at(k).toString(), TextCheck::Kind::Line))
                problem(at(join(p, QStringLiteral("names")), k), tr("The name %1. Remove it from the file.").arg(*bad));
            group.names << names.at(k).toString().trimmed();
        }
        c.groups << group;
    }
    const QJsonObject minutes = object(o, QStringLiteral("minutes"), path, false);
    if (!minutes.isEmpty()) {
        const QString p = join(path, QStringLiteral("minutes"));
        checkKeys(minutes, p, { QStringLiteral("name"), QStringLiteral("base64") });
        c.minutesName = text(minutes, QStringLiteral("name"), p, true);
        const QString encoded = text(minutes, QStringLiteral("base64"), p, true);
        const auto decoded
            = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            problem(join(p, QStringLiteral("base64")), tr("The file content is not valid base64."));
        else if (decoded.decoded.size() > StandardRegister::kMaxMinutesBytes)
            problem(join(p, QStringLiteral("base64")),
                tr("The minutes file is larger than %1 MB.").arg(StandardRegister::kMaxMinutesBytes / (1024 * 1024)));
        c.minutes = decoded.decoded;
        c.minutesSize = c.minutes.size();
    }
    if (m_problems.size() > before)
        return std::nullopt;
    return c;
}

std::optional<Publication> StandardsJsonReader::readPublication(const QJsonObject &o, const QString &path)
{
    if (o.isEmpty())
        return std::nullopt;
    const qsizetype before = m_problems.size();
    checkKeys(o, path,
        { QStringLiteral("service_code"), QStringLiteral("medium"), QStringLiteral("date"), QStringLiteral("location"),
            QStringLiteral("sippn") });
    Publication p;
    if (auto s = service(o, path))
        p.serviceId = s->id;
    p.medium = text(o, QStringLiteral("medium"), path, true).trimmed();
    p.date = date(o, QStringLiteral("date"), path, true);
    p.location = text(o, QStringLiteral("location"), path, false);
    p.sippn = boolean(o, QStringLiteral("sippn"), path) || isSippnMedium(p.medium);
    if (m_problems.size() > before)
        return std::nullopt;
    return p;
}

std::optional<StandardReview> StandardsJsonReader::readReview(const QJsonObject &o, const QString &path)
{
    if (o.isEmpty())
        return std::nullopt;
    const qsizetype before = m_problems.size();
    checkKeys(o, path,
        { QStringLiteral("service_code"), QStringLiteral("date"), QStringLiteral("reviewer"), QStringLiteral("outcome"),
            QStringLiteral("notes") });
    StandardReview r;
    if (auto s = service(o, path))
        r.serviceId = s->id;
    r.date = date(o, QStringLiteral("date"), path, true);
    r.reviewer = text(o, QStringLiteral("reviewer"), path, true).trimmed();
    const QString outcome = text(o, QStringLiteral("outcome"), path, true);
    if (const auto oc = reviewOutcomeFromCode(outcome))
        r.outcome = *oc;
    else if (!outcome.trimmed().isEmpty())
        problem(
            join(path, QStringLiteral("outcome")), tr("Must be \"no_change\", \"revision_needed\" or \"revised\"."));
    r.notes = text(o, QStringLiteral("notes"), path, false);
    if (m_problems.size() > before)
        return std::nullopt;
    return r;
}

std::optional<Maklumat> StandardsJsonReader::readMaklumat(const QJsonObject &o, const QString &path)
{
    const qsizetype before = m_problems.size();
    checkKeys(o, path,
        { QStringLiteral("text"), QStringLiteral("decree_number"), QStringLiteral("decree_date"),
            QStringLiteral("publications") });
    Maklumat m;
    m.text = text(o, QStringLiteral("text"), path, true);
    m.decreeNumber = text(o, QStringLiteral("decree_number"), path, false).trimmed();
    m.decreeDate = date(o, QStringLiteral("decree_date"), path, false);
    if (m.decreeNumber.isEmpty() != !o.contains(QStringLiteral("decree_date")))
        problem(join(path, QStringLiteral("decree_number")),
            tr("Give both the number and the date of the decree of the Maklumat, or neither."));
    const QString pubPath = join(path, QStringLiteral("publications"));
    const QJsonArray pubs = array(o, QStringLiteral("publications"), path);
    for (qsizetype i = 0; i < pubs.size(); ++i) {
        const QJsonObject p = element(pubs, i, pubPath);
        const QString pp = at(pubPath, i);
        checkKeys(p, pp, { QStringLiteral("medium"), QStringLiteral("date"), QStringLiteral("location") });
        Publication pub;
        pub.medium = text(p, QStringLiteral("medium"), pp, true).trimmed();
        pub.date = date(p, QStringLiteral("date"), pp, true);
        pub.location = text(p, QStringLiteral("location"), pp, false);
        pub.sippn = isSippnMedium(pub.medium);
        m.publications << pub;
    }
    if (m_problems.size() > before)
        return std::nullopt;
    return m;
}

} // namespace loket
