// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardsCsv.h"

#include "core/common/Csv.h"
#include "core/common/TextCheck.h"
#include "core/standards/StandardRepository.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace loket {

namespace {

enum Column { ServiceCode, ServiceName, Component, No, Value, Unit, Form, Count, Detail, ColumnCount };

// A list item with the place it came from, sorted by "no" before use.
template<typename T> struct Numbered {
    int no = 0; // 0: not given, keeps the file order
    int line = 0;
    T item;
};

template<typename T> QList<T> ordered(QList<Numbered<T>> items)
{
    std::stable_sort(items.begin(), items.end(), [](const Numbered<T> &a, const Numbered<T> &b) {
        if ((a.no == 0) != (b.no == 0))
            return a.no != 0;
        return a.no < b.no;
    });
    QList<T> out;
    for (const Numbered<T> &n : items)
        out << n.item;
    return out;
}

struct ServiceRows {
    QList<Numbered<Requirement>> requirements;
    QList<Numbered<ProcedureStep>> procedure;
    QList<Numbered<QString>> products;
    QList<Numbered<ComplaintChannel>> channels;
    std::optional<ServiceTime> time;
    std::optional<qint64> cost;
    QString costBasis;
    QSet<QString> usedNumbers; // "component/no"
};

// "10000", "10.000", "Rp 10.000", "Rp10000" → 10000.
std::optional<qint64> parseRupiah(const QString &raw)
{
    QString s = raw.trimmed();
    if (s.startsWith(QLatin1String("Rp"), Qt::CaseInsensitive))
        s = s.mid(2).trimmed();
    if (s.startsWith(QLatin1Char('.')))
        s = s.mid(1).trimmed();
    static const QRegularExpression plain(QStringLiteral("^\\d{1,15}$"));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(\\.\\d{3}){1,4}$"));
    if (!plain.match(s).hasMatch() && !grouped.match(s).hasMatch())
        return std::nullopt;
    s.remove(QLatin1Char('.'));
    return s.toLongLong();
}

std::optional<DocumentForm> parseForm(const QString &raw)
{
    const QString s = raw.trimmed().toLower();
    if (s.isEmpty())
        return DocumentForm::Copy;
    if (s == QLatin1String("asli"))
        return DocumentForm::Original;
    if (s == QLatin1String("fotokopi") || s == QLatin1String("salinan"))
        return DocumentForm::Copy;
    return documentFormFromCode(s);
}

} // namespace

StandardsCsv::StandardsCsv(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{ }

QStringList StandardsCsv::columns()
{
    return { QStringLiteral("service_code"), QStringLiteral("service_name"), QStringLiteral("component"),
        QStringLiteral("no"), QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("form"),
        QStringLiteral("count"), QStringLiteral("detail") };
}

Result<QByteArray> StandardsCsv::exportCsv(const Actor &actor, QDate date) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.export"), QStringLiteral("standard"));
        !ok)
        return ok.error();
    StandardRepository repo(m_db);
    auto services = repo.services();
    if (!services)
        return services.error();
    QString out = Csv::row(columns()) + QStringLiteral("\r\n");
    for (const ServiceRef &s : services.value()) {
        auto version = repo.inForce(s.id, date);
        if (!version)
            return version.error();
        if (!version.value()) {
            version = repo.latest(s.id);
            if (!version)
                return version.error();
        }
        if (!version.value())
            continue;
        const StandardContent &c = version.value()->content;
        auto put = [&](const QString &component, int no, const QString &value, const QString &unit = {},
                       const QString &form = {}, const QString &count = {}, const QString &detail = {}) {
            out += Csv::row({ s.code, s.name, component, no > 0 ? QString::number(no) : QString(), value, unit, form,
                       count, detail })
                + QStringLiteral("\r\n");
        };
        for (qsizetype i = 0; i < c.requirements.size(); ++i) {
            const Requirement &r = c.requirements.at(i);
            put(standardComponentCode(StandardComponent::Requirements), int(i + 1), r.name, {},
                documentFormCode(r.form), QString::number(r.count), r.notes);
        }
        for (qsizetype i = 0; i < c.procedure.size(); ++i) {
            put(standardComponentCode(StandardComponent::Procedure), int(i + 1), c.procedure.at(i).description, {}, {},
                {}, c.procedure.at(i).performer);
        }
        if (c.serviceTime.isSet()) {
            put(standardComponentCode(StandardComponent::ServiceTime), 0, QString::number(c.serviceTime.amount),
                timeUnitCode(c.serviceTime.unit));
        }
        if (c.costRupiah) {
            put(standardComponentCode(StandardComponent::Cost), 0, QString::number(*c.costRupiah), {}, {}, {},
                c.costLegalBasis);
        }
        for (qsizetype i = 0; i < c.products.size(); ++i)
            put(standardComponentCode(StandardComponent::Products), int(i + 1), c.products.at(i));
        for (qsizetype i = 0; i < c.complaintChannels.size(); ++i) {
            put(standardComponentCode(StandardComponent::ComplaintHandling), int(i + 1),
                c.complaintChannels.at(i).channel, {}, {}, {}, c.complaintChannels.at(i).contact);
        }
    }
    return Csv::toBytes(out);
}

StandardsCsv::Parsed StandardsCsv::parse(const QByteArray &csv, QList<ImportProblem> &problems) const
{
    Parsed parsed;
    auto records = Csv::parse(Csv::fromBytes(csv));
    if (!records) {
        problems << ImportProblem { QString(), QString(), records.error().message };
        return parsed;
    }
    if (records->isEmpty()) {
        problems << ImportProblem { QStringLiteral("line 1"), QString(),
            tr("The file is empty. It needs a header line: %1.").arg(columns().join(u',')) };
        return parsed;
    }
    auto add = [&](int line, const QString &field, const QString &message) {
        problems << ImportProblem { QStringLiteral("line %1").arg(line), field, message };
    };

    const CsvRecord &header = records->first();
    std::array<qsizetype, ColumnCount> index;
    index.fill(-1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const qsizetype known = columns().indexOf(name);
        if (known < 0)
            add(header.line, name, tr("Unknown column. The columns are: %1.").arg(columns().join(u',')));
        else
            index[known] = i;
    }
    for (Column required : { ServiceCode, Component, Value }) {
        if (index[required] < 0)
            add(header.line, columns().at(required), tr("The column is missing from the header line."));
    }
    if (!problems.isEmpty())
        return parsed;

    StandardRepository repo(m_db);
    QHash<QString, std::optional<ServiceRef>> services;
    QHash<qint64, ServiceRows> rows;

    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &rec = records->at(r);
        const int line = rec.line;
        auto cell = [&](Column c) {
            return index[c] >= 0 && index[c] < rec.fields.size() ? rec.fields.at(index[c]).trimmed() : QString();
        };
        if (rec.fields.size() > header.fields.size()) {
            add(line, QString(), tr("The line has more fields than the header. Put text holding a comma in quotes."));
            continue;
        }
        bool badText = false;
        for (qsizetype f = 0; f < rec.fields.size(); ++f) {
            if (const auto bad = TextCheck::problem(rec.fields.at(f), TextCheck::Kind::MultiLine)) {
                add(line, header.fields.at(f).trimmed().toLower(), tr("The text %1. Remove it from the file.").arg(*bad));
                badText = true;
            }
        }
        if (badText)
            continue;
        const QString code = cell(ServiceCode);
        if (code.isEmpty()) {
            add(line, columns().at(ServiceCode), tr("Missing: the code of the service."));
            continue;
        }
        if (!services.contains(code.toUpper())) {
            auto found = repo.serviceByCode(code);
            if (!found) {
                add(line, columns().at(ServiceCode), found.error().message);
                continue;
            }
            services.insert(code.toUpper(), found.value());
        }
        const std::optional<ServiceRef> service = services.value(code.toUpper());
        if (!service) {
            add(line, columns().at(ServiceCode),
                tr("There is no service with the code \"%1\". Add the service first, or correct the code.")
                    .arg(TextCheck::quote(code)));
            continue;
        }
        const auto component = standardComponentFromCode(cell(Component));
        if (!component || !isServiceDelivery(*component)) {
            QStringList codes;
            for (StandardComponent c : serviceDeliveryComponents())
                codes << standardComponentCode(c);
            add(line, columns().at(Component), tr("Must be one of: %1.").arg(codes.join(QStringLiteral(", "))));
            continue;
        }
        if (!parsed.publicPart.contains(service->id)) {
            parsed.serviceIds << service->id;
            parsed.publicPart.insert(service->id, StandardContent {});
            parsed.codes.insert(service->id, service->code);
        }
        ServiceRows &sr = rows[service->id];

        int no = 0;
        if (const QString noText = cell(No); !noText.isEmpty()) {
            bool ok = false;
            no = noText.toInt(&ok);
            if (!ok || no < 1) {
                add(line, columns().at(No), tr("Must be a whole number from 1."));
                continue;
            }
            const QString key = cell(Component).toLower() + QLatin1Char('/') + QString::number(no);
            if (sr.usedNumbers.contains(key)) {
                add(line, columns().at(No),
                    tr("Number %1 is used twice for %2 of %3.")
                        .arg(no)
                        .arg(TextCheck::quote(cell(Component)), TextCheck::quote(code)));
                continue;
            }
            sr.usedNumbers.insert(key);
        }
        const QString value = cell(Value);
        const QString detail
            = index[Detail] >= 0 && index[Detail] < rec.fields.size() ? rec.fields.at(index[Detail]) : QString();
        const bool needsValue = *component != StandardComponent::Cost;
        if (needsValue && value.isEmpty()) {
            add(line, columns().at(Value), tr("Missing: the text of the item."));
            continue;
        }
        switch (*component) {
        case StandardComponent::Requirements: {
            const auto form = parseForm(cell(Form));
            if (!form) {
                add(line, columns().at(Form), tr("Must be \"original\" (asli) or \"copy\" (fotokopi)."));
                continue;
            }
            int count = 1;
            if (const QString countText = cell(Count); !countText.isEmpty()) {
                bool ok = false;
                count = countText.toInt(&ok);
                if (!ok || count < 1) {
                    add(line, columns().at(Count), tr("Must be a whole number from 1."));
                    continue;
                }
            }
            sr.requirements << Numbered<Requirement> { no, line,
                Requirement { value, *form, count, detail.trimmed() } };
            break;
        }
        case StandardComponent::Procedure:
            sr.procedure << Numbered<ProcedureStep> { no, line, ProcedureStep { value, detail.trimmed() } };
            break;
        case StandardComponent::ServiceTime: {
            if (sr.time) {
                add(line, columns().at(Component), tr("%1 has more than one service time line.").arg(code));
                continue;
            }
            bool ok = false;
            const int amount = value.toInt(&ok);
            const auto unit = timeUnitFromCode(cell(Unit));
            if (!ok || amount < 1) {
                add(line, columns().at(Value), tr("Must be a whole number from 1, e.g. 60."));
                continue;
            }
            if (!unit) {
                add(line, columns().at(Unit), tr("Must be \"minutes\", \"hours\" or \"working_days\"."));
                continue;
            }
            sr.time = ServiceTime { amount, *unit };
            break;
        }
        case StandardComponent::Cost: {
            if (sr.cost) {
                add(line, columns().at(Component), tr("%1 has more than one cost line.").arg(code));
                continue;
            }
            const auto rupiah = parseRupiah(value);
            if (!rupiah) {
                add(line, columns().at(Value), tr("Must be an amount in rupiah such as 0, 10000 or 10.000."));
                continue;
            }
            if (*rupiah > 0 && detail.trimmed().isEmpty()) {
                add(line, columns().at(Detail),
                    tr("A service that costs money must name the regulation that sets the "
                       "fee (in the detail column)."));
                continue;
            }
            sr.cost = *rupiah;
            sr.costBasis = detail.trimmed();
            break;
        }
        case StandardComponent::Products:
            sr.products << Numbered<QString> { no, line, value };
            break;
        case StandardComponent::ComplaintHandling:
            sr.channels << Numbered<ComplaintChannel> { no, line, ComplaintChannel { value, detail.trimmed() } };
            break;
        default:
            break;
        }
    }

    for (qint64 id : parsed.serviceIds) {
        const ServiceRows &sr = rows[id];
        StandardContent &c = parsed.publicPart[id];
        c.requirements = ordered(sr.requirements);
        c.procedure = ordered(sr.procedure);
        c.products = ordered(sr.products);
        c.complaintChannels = ordered(sr.channels);
        c.serviceTime = sr.time.value_or(ServiceTime {});
        c.costRupiah = sr.cost;
        c.costLegalBasis = sr.costBasis;
    }
    return parsed;
}

QList<ImportProblem> StandardsCsv::check(const QByteArray &csv) const
{
    QList<ImportProblem> problems;
    (void)parse(csv, problems);
    return problems;
}

Result<StandardsImportReport> StandardsCsv::importCsv(const Actor &actor, const QByteArray &csv, bool dryRun)
{
    const Permission needed = dryRun ? Permission::ViewStandards : Permission::ManageStandards;
    if (Status ok = m_audit.require(actor, needed, QStringLiteral("standard.import"), QStringLiteral("standard")); !ok)
        return ok.error();
    QList<ImportProblem> problems;
    const Parsed parsed = parse(csv, problems);
    if (!problems.isEmpty())
        return importProblemsError(problems);

    StandardsImportReport report;
    report.dryRun = dryRun;
    report.services = int(parsed.serviceIds.size());
    report.versions = report.services;
    for (qint64 id : parsed.serviceIds)
        report.serviceCodes << parsed.codes.value(id);

    // The dry run writes the drafts too, then rolls back (runImport), so it
    // meets every check of the database that the import meets.
    StandardRepository repo(m_db);
    Status done = runImport(*m_db, dryRun, [&]() -> Status {
        const qint64 now = m_clock.nowMs();
        for (qint64 id : parsed.serviceIds) {
            auto draft = repo.draft(id);
            if (!draft)
                return draft.error();
            StandardVersion target;
            if (draft.value()) {
                target = *draft.value();
            } else {
                auto latest = repo.latest(id);
                if (!latest)
                    return latest.error();
                auto number = repo.nextVersionNumber(id);
                if (!number)
                    return number.error();
                auto service = repo.serviceById(id);
                if (!service)
                    return service.error();
                target.service = service.value().value_or(ServiceRef { id, parsed.codes.value(id), {}, true });
                target.number = number.value();
                target.createdBy = actor.username;
                if (latest.value())
                    target.content = latest.value()->content;
                auto newId = repo.insertVersion(target, now);
                if (!newId)
                    return newId.error();
                target.id = newId.value();
            }
            const StandardContent &from = parsed.publicPart.value(id);
            StandardContent &c = target.content;
            c.requirements = from.requirements;
            c.procedure = from.procedure;
            c.serviceTime = from.serviceTime;
            c.costRupiah = from.costRupiah;
            c.costLegalBasis = from.costLegalBasis;
            c.products = from.products;
            c.complaintChannels = from.complaintChannels;
            if (Status st = repo.updateContent(target.id, c, now); !st)
                return st;
        }
        if (dryRun)
            return {};
        return m_audit.record(actor, QStringLiteral("standard.import"), QStringLiteral("standard"), QString(),
            QStringLiteral("CSV: drafts of %1").arg(report.serviceCodes.join(QLatin1Char(' '))));
    });
    if (!done)
        return done.error();
    return report;
}

} // namespace loket
