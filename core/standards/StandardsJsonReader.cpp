// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardsJsonReader.h"

#include "core/common/TextCheck.h"
#include "core/standards/JsonPath.h"

#include "core/standards/StandardRegister.h"
#include "core/standards/StandardRepository.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace loket {

using jsonpath::at;
using jsonpath::join;

namespace {

// The last key of a path: "standards[2].requirements[0].name" → "name".
QString fieldOf(const QString &path)
{
    QString last = path.section(QLatin1Char('.'), -1);
    const qsizetype bracket = last.indexOf(QLatin1Char('['));
    return bracket > 0 ? last.left(bracket) : last;
}

QStringList versionKeys()
{
    QStringList keys { QStringLiteral("service_code"), QStringLiteral("service_name"), QStringLiteral("version"),
        QStringLiteral("status"), QStringLiteral("decree_number"), QStringLiteral("decree_date"),
        QStringLiteral("effective_from"), QStringLiteral("effective_to") };
    for (StandardComponent c : allStandardComponents())
        keys << standardComponentCode(c);
    return keys;
}

} // namespace

StandardsJsonReader::StandardsJsonReader(DatabasePtr db)
    : m_db(std::move(db))
{ }

void StandardsJsonReader::problem(const QString &path, const QString &message)
{
    m_problems << ImportProblem { path, fieldOf(path), message };
}

void StandardsJsonReader::checkKeys(const QJsonObject &o, const QString &path, const QStringList &known)
{
    // A misspelt key would silently lose what it holds.
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            problem(join(path, it.key()), tr("Unknown field. Check the spelling (see docs/standards-json.md)."));
    }
}

QString StandardsJsonReader::text(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(join(path, key), tr("Missing: this field is required."));
        return {};
    }
    if (!v.isString()) {
        problem(join(path, key),
            v.isNull() ? tr("Is null: must be text (in quotes); leave the field out if it has none.")
                       : tr("Must be text (in quotes)."));
        return {};
    }
    if (const auto bad = TextCheck::problem(v.toString(), TextCheck::Kind::MultiLine)) {
        problem(join(path, key), tr("The text %1. Remove it from the file.").arg(*bad));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        problem(join(path, key), tr("Empty: this field is required."));
    return v.toString();
}

std::optional<qint64> StandardsJsonReader::integer(
    const QJsonObject &o, const QString &key, const QString &path, bool required, bool nullAllowed)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() && !nullAllowed) {
        problem(join(path, key), tr("Is null: must be a whole number; leave the field out if it has none."));
        return std::nullopt;
    }
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(join(path, key), tr("Missing: this field is required."));
        return std::nullopt;
    }
    const qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 n = v.toInteger(sentinel);
    if (!v.isDouble() || n == sentinel) {
        problem(join(path, key), tr("Must be a whole number without quotes or separators, e.g. 10000."));
        return std::nullopt;
    }
    return n;
}

QDate StandardsJsonReader::date(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(join(path, key), tr("Missing: enter the date as YYYY-MM-DD."));
        return {};
    }
    if (v.isNull()) {
        problem(join(path, key), tr("Is null: must be a date as YYYY-MM-DD; leave the field out if it has none."));
        return {};
    }
    const QDate d = v.isString() ? QDate::fromString(v.toString().trimmed(), Qt::ISODate) : QDate();
    if (!d.isValid() || v.toString().trimmed().size() != 10)
        problem(join(path, key), tr("Not a date: write it as YYYY-MM-DD, e.g. 2026-01-05."));
    return d;
}

bool StandardsJsonReader::boolean(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        problem(join(path, key), tr("Must be true or false (without quotes)."));
    return v.toBool();
}

QJsonArray StandardsJsonReader::array(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        // null is not an empty list: an empty list deletes, so it must be written [ ].
        problem(join(path, key),
            v.isNull() ? tr("Is null: must be a list in square brackets [ … ]; write [ ] for an empty list.")
                       : tr("Must be a list in square brackets [ … ]."));
        return {};
    }
    return v.toArray();
}

QJsonObject StandardsJsonReader::object(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(join(path, key), tr("Missing: this field is required."));
        return {};
    }
    if (!v.isObject()) {
        problem(join(path, key),
            v.isNull() ? tr("Is null: must be an object in braces { … }; leave the field out if it has none.")
                       : tr("Must be an object in braces { … }."));
        return {};
    }
    return v.toObject();
}

QJsonObject StandardsJsonReader::element(const QJsonArray &a, qsizetype i, const QString &path)
{
    if (!a.at(i).isObject()) {
        problem(at(path, i), tr("Must be an object in braces { … }."));
        return {};
    }
    return a.at(i).toObject();
}

std::optional<ServiceRef> StandardsJsonReader::service(const QJsonObject &o, const QString &path)
{
    const QString code = text(o, QStringLiteral("service_code"), path, true).trimmed();
    if (code.isEmpty())
        return std::nullopt;
    const auto found = m_services.constFind(code.toUpper());
    if (found == m_services.cend()) {
        problem(join(path, QStringLiteral("service_code")),
            tr("There is no service with the code \"%1\" in this database. Add the service first, or correct "
               "the code.")
                .arg(TextCheck::quote(code)));
        return std::nullopt;
    }
    return *found;
}

StandardsBundle StandardsJsonReader::read(const QByteArray &json)
{
    m_problems.clear();
    StandardsBundle bundle;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        m_problems << ImportProblem { QStringLiteral("line %1").arg(line), {},
            tr("The file is not valid JSON (at character %1). Check the commas, quotes and brackets "
               "around this line.")
                .arg(error.offset) };
        return bundle;
    }
    if (!doc.isObject()) {
        problem(QString(), tr("The file must hold one JSON object, as written by \"loketctl standard export\"."));
        return bundle;
    }
    StandardRepository repo(m_db);
    auto services = repo.services();
    if (!services) {
        problem(QString(), services.error().message);
        return bundle;
    }
    m_services.clear();
    for (const ServiceRef &s : services.value())
        m_services.insert(s.code.toUpper(), s);

    const QJsonObject root = doc.object();
    checkKeys(root, QString(),
        { QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("exported_at"),
            QStringLiteral("office"), QStringLiteral("maklumat"), QStringLiteral("standards"),
            QStringLiteral("consultations"), QStringLiteral("publications"), QStringLiteral("reviews"),
            QStringLiteral("replace_in_force") });
    if (root.value(QStringLiteral("format")).toString() != formatName()) {
        problem(QStringLiteral("format"),
            tr("This is not a Loket standards file (\"format\" must be \"%1\").").arg(formatName()));
        return bundle;
    }
    const auto version = integer(root, QStringLiteral("format_version"), QString(), true);
    if (version && *version > kFormatVersion) {
        problem(QStringLiteral("format_version"),
            tr("The file was written by a newer Loket (format %1; this one reads up to %2). Update Loket.")
                .arg(*version)
                .arg(kFormatVersion));
        return bundle;
    }
    // Every list is required: for the services the file names, what a list
    // does not hold is deleted, so a list left out or null must not read as [ ].
    for (const QString &list : { QStringLiteral("standards"), QStringLiteral("consultations"),
             QStringLiteral("publications"), QStringLiteral("reviews") }) {
        if (!root.contains(list))
            problem(list, tr("Missing: the list is required; write [ ] if it is empty."));
    }
    bundle.replaceInForce = boolean(root, QStringLiteral("replace_in_force"), QString());

    QStringList versionPaths;
    const QJsonArray standards = array(root, QStringLiteral("standards"), QString());
    for (qsizetype i = 0; i < standards.size(); ++i) {
        const QString path = at(QStringLiteral("standards"), i);
        if (auto v = readVersion(element(standards, i, QStringLiteral("standards")), path)) {
            bundle.versions << *v;
            versionPaths << path;
        }
    }
    checkVersionOrder(bundle.versions, versionPaths);

    const QJsonArray consultations = array(root, QStringLiteral("consultations"), QString());
    for (qsizetype i = 0; i < consultations.size(); ++i) {
        const QString path = at(QStringLiteral("consultations"), i);
        if (auto c = readConsultation(element(consultations, i, QStringLiteral("consultations")), path))
            bundle.consultations << *c;
    }
    const QJsonArray publications = array(root, QStringLiteral("publications"), QString());
    for (qsizetype i = 0; i < publications.size(); ++i) {
        const QString path = at(QStringLiteral("publications"), i);
        if (auto p = readPublication(element(publications, i, QStringLiteral("publications")), path))
            bundle.publications << *p;
    }
    const QJsonArray reviews = array(root, QStringLiteral("reviews"), QString());
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const QString path = at(QStringLiteral("reviews"), i);
        if (auto r = readReview(element(reviews, i, QStringLiteral("reviews")), path))
            bundle.reviews << *r;
    }
    if (root.contains(QStringLiteral("maklumat"))) {
        const QJsonObject m = object(root, QStringLiteral("maklumat"), QString(), false);
        bundle.maklumat = readMaklumat(m, QStringLiteral("maklumat"));
    }
    return bundle;
}

std::optional<StandardVersion> StandardsJsonReader::readVersion(const QJsonObject &o, const QString &path)
{
    if (o.isEmpty() && !m_problems.isEmpty() && m_problems.last().where == path)
        return std::nullopt;
    const qsizetype before = m_problems.size();
    checkKeys(o, path, versionKeys());
    StandardVersion v;
    if (auto s = service(o, path))
        v.service = *s;
    if (auto n = integer(o, QStringLiteral("version"), path, true)) {
        if (*n < 1 || *n > 100000)
            problem(join(path, QStringLiteral("version")), tr("The version number must be 1 or more."));
        v.number = int(*n);
    }
    const QString statusText = text(o, QStringLiteral("status"), path, true);
    if (const auto status = versionStatusFromCode(statusText))
        v.status = *status;
    else if (!statusText.trimmed().isEmpty())
        problem(join(path, QStringLiteral("status")), tr("Must be \"draft\", \"set\" or \"superseded\"."));
    v.decreeNumber = text(o, QStringLiteral("decree_number"), path, false).trimmed();
    v.decreeDate = date(o, QStringLiteral("decree_date"), path, false);
    v.effectiveFrom = date(o, QStringLiteral("effective_from"), path, false);
    v.effectiveTo = date(o, QStringLiteral("effective_to"), path, false);
    readContent(o, path, v.content);

    if (v.status == VersionStatus::Draft) {
        if (!v.decreeNumber.isEmpty() || v.decreeDate.isValid() || v.effectiveFrom.isValid() || v.effectiveTo.isValid())
            problem(join(path, QStringLiteral("status")),
                tr("A draft has no decree or effective dates yet: remove them, or give the status \"set\"."));
    } else {
        if (v.decreeNumber.isEmpty())
            problem(join(path, QStringLiteral("decree_number")), tr("A set standard needs the number of its decree."));
        if (!o.contains(QStringLiteral("decree_date")))
            problem(join(path, QStringLiteral("decree_date")), tr("A set standard needs the date of its decree."));
        if (!o.contains(QStringLiteral("effective_from")))
            problem(
                join(path, QStringLiteral("effective_from")), tr("A set standard needs the date it is in force from."));
        if (v.decreeDate.isValid() && v.effectiveFrom.isValid() && v.effectiveFrom < v.decreeDate)
            problem(join(path, QStringLiteral("effective_from")),
                tr("The standard cannot be in force before its decree is signed (%1).")
                    .arg(v.decreeDate.toString(Qt::ISODate)));
        if (v.status == VersionStatus::Set && v.effectiveTo.isValid())
            problem(join(path, QStringLiteral("effective_to")),
                tr("The version in force has no end date; only superseded versions have one."));
        if (v.status == VersionStatus::Superseded && !o.contains(QStringLiteral("effective_to")))
            problem(join(path, QStringLiteral("effective_to")),
                tr("A superseded version needs the last day it was in force."));
        if (v.effectiveTo.isValid() && v.effectiveFrom.isValid() && v.effectiveTo < v.effectiveFrom)
            problem(join(path, QStringLiteral("effective_to")), tr("The end date is before the start date."));
        if (const QList<StandardComponent> missing = v.content.missingComponents(); !missing.isEmpty())
            problem(join(path, QStringLiteral("status")),
                tr("A set standard must have all 14 components; empty: %1.").arg(standardComponentNames(missing)));
    }
    if (m_problems.size() > before)
        return std::nullopt;
    return v;
}

void StandardsJsonReader::readContent(const QJsonObject &o, const QString &path, StandardContent &c)
{
    const QString reqPath = join(path, QStringLiteral("requirements"));
    const QJsonArray requirements = array(o, QStringLiteral("requirements"), path);
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const QJsonObject r = element(requirements, i, reqPath);
        const QString p = at(reqPath, i);
        checkKeys(
            r, p, { QStringLiteral("name"), QStringLiteral("form"), QStringLiteral("count"), QStringLiteral("notes") });
        Requirement item;
        item.name = text(r, QStringLiteral("name"), p, false);
        if (!r.contains(QStringLiteral("name")))
            problem(join(p, QStringLiteral("name")), tr("Missing: name the document."));
        const QString form = text(r, QStringLiteral("form"), p, false);
        if (!form.isEmpty()) {
            if (const auto f = documentFormFromCode(form))
                item.form = *f;
            else
                problem(join(p, QStringLiteral("form")), tr("Must be \"original\" or \"copy\"."));
        }
        item.count = int(integer(r, QStringLiteral("count"), p, false).value_or(1));
        item.notes = text(r, QStringLiteral("notes"), p, false);
        c.requirements << item;
    }
    const QString stepPath = join(path, QStringLiteral("procedure"));
    const QJsonArray procedure = array(o, QStringLiteral("procedure"), path);
    for (qsizetype i = 0; i < procedure.size(); ++i) {
        const QJsonObject s = element(procedure, i, stepPath);
        const QString p = at(stepPath, i);
        checkKeys(s, p, { QStringLiteral("description"), QStringLiteral("performer") });
        c.procedure << ProcedureStep { text(s, QStringLiteral("description"), p, false),
            text(s, QStringLiteral("performer"), p, false) };
    }
    const QJsonObject time = object(o, QStringLiteral("service_time"), path, false);
    if (!time.isEmpty()) {
        const QString p = join(path, QStringLiteral("service_time"));
        checkKeys(time, p, { QStringLiteral("amount"), QStringLiteral("unit") });
        c.serviceTime.amount = int(integer(time, QStringLiteral("amount"), p, true).value_or(0));
        const QString unit = text(time, QStringLiteral("unit"), p, true);
        if (const auto u = timeUnitFromCode(unit))
            c.serviceTime.unit = *u;
        else if (!unit.trimmed().isEmpty())
            problem(join(p, QStringLiteral("unit")), tr("Must be \"minutes\", \"hours\" or \"working_days\"."));
    }
    const QJsonObject cost = object(o, QStringLiteral("cost"), path, false);
    if (!cost.isEmpty()) {
        const QString p = join(path, QStringLiteral("cost"));
        checkKeys(cost, p, { QStringLiteral("rupiah"), QStringLiteral("legal_basis") });
        // The export writes null for a cost not given.
        c.costRupiah = integer(cost, QStringLiteral("rupiah"), p, false, true);
        c.costLegalBasis = text(cost, QStringLiteral("legal_basis"), p, false);
    }
    const QString prodPath = join(path, QStringLiteral("products"));
    const QJsonArray products = array(o, QStringLiteral("products"), path);
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (!products.at(i).isString())
            problem(at(prodPath, i), tr("Must be text (in quotes)."));
        else if (const auto bad = TextCheck::problem(products.at(i).toString(), TextCheck::Kind::MultiLine))
            problem(at(prodPath, i), tr("The text %1. Remove it from the file.").arg(*bad));
        c.products << products.at(i).toString();
    }
    const QString chPath = join(path, QStringLiteral("complaints"));
    const QJsonArray channels = array(o, QStringLiteral("complaints"), path);
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject ch = element(channels, i, chPath);
        const QString p = at(chPath, i);
        checkKeys(ch, p, { QStringLiteral("channel"), QStringLiteral("contact") });
        c.complaintChannels << ComplaintChannel { text(ch, QStringLiteral("channel"), p, false),
            text(ch, QStringLiteral("contact"), p, false) };
    }
    for (StandardComponent component : textComponents())
        c.setText(component, text(o, standardComponentCode(component), path, false));
    // Rules about the content itself (unnamed documents, a fee without a legal basis, …).
    for (const ContentProblem &p : c.problems())
        problem(join(path, p.path), p.message);
}

void StandardsJsonReader::checkVersionOrder(const QList<StandardVersion> &versions, const QStringList &paths)
{
    QHash<qint64, QList<qsizetype>> byService;
    for (qsizetype i = 0; i < versions.size(); ++i)
        byService[versions.at(i).service.id] << i;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        QList<qsizetype> idx = it.value();
        std::stable_sort(idx.begin(), idx.end(),
            [&](qsizetype a, qsizetype b) { return versions.at(a).number < versions.at(b).number; });
        int drafts = 0;
        qsizetype lastSet = -1;
        int highestNumber = 0;
        for (qsizetype k = 0; k < idx.size(); ++k) {
            const StandardVersion &v = versions.at(idx.at(k));
            const QString &path = paths.at(idx.at(k));
            if (k > 0 && versions.at(idx.at(k - 1)).number == v.number) {
                problem(join(path, QStringLiteral("version")),
                    tr("Version %1 of %2 appears twice in the file.").arg(v.number).arg(v.service.code));
                continue;
            }
            if (v.status == VersionStatus::Draft) {
                if (++drafts > 1)
                    problem(join(path, QStringLiteral("status")),
                        tr("%1 has more than one draft; a service has at most one.").arg(v.service.code));
                continue;
            }
            highestNumber = std::max(highestNumber, v.number);
            if (lastSet >= 0) {
                const StandardVersion &prev = versions.at(idx.at(lastSet));
                if (prev.status != VersionStatus::Superseded)
                    problem(join(paths.at(idx.at(lastSet)), QStringLiteral("status")),
                        tr("Version %1 is followed by version %2, so it must be \"superseded\".")
                            .arg(prev.number)
                            .arg(v.number));
                else if (prev.effectiveTo >= v.effectiveFrom)
                    problem(join(paths.at(idx.at(lastSet)), QStringLiteral("effective_to")),
                        tr("Version %1 must end before version %2 takes effect (%3).")
                            .arg(prev.number)
                            .arg(v.number)
                            .arg(v.effectiveFrom.toString(Qt::ISODate)));
            }
            lastSet = k;
        }
        if (lastSet >= 0 && versions.at(idx.at(lastSet)).status != VersionStatus::Set)
            problem(join(paths.at(idx.at(lastSet)), QStringLiteral("status")),
                tr("The newest version that is not a draft must be \"set\" (in force)."));
        for (qsizetype k : idx) {
            const StandardVersion &v = versions.at(k);
            if (v.status == VersionStatus::Draft && v.number <= highestNumber)
                problem(join(paths.at(k), QStringLiteral("version")),
                    tr("The draft must have a higher version number than the set versions (above %1).")
                        .arg(highestNumber));
        }
    }
}

} // namespace loket
