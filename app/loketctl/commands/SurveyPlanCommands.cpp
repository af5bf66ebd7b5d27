// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey plan add|list|done|start, survey publish, survey forum.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/SurveyCli.h"
#include "core/survey/SurveyPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

QJsonObject itemJson(const PlanItem &i)
{
    return QJsonObject {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("period"), i.periodCode},
        {QStringLiteral("element"), i.element},
        {QStringLiteral("action"), i.action},
        {QStringLiteral("person_in_charge"), i.personInCharge},
        {QStringLiteral("target"), i.targetDate.toString(Qt::ISODate)},
        {QStringLiteral("status"), planStatusCode(i.status)},
        {QStringLiteral("evidence"), i.evidence},
        {QStringLiteral("done"), i.doneDate.isValid() ? QJsonValue(i.doneDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("origin"), planOriginCode(i.origin)},
    };
}

int withPlan(Cli &cli, const std::function<int(SurveyPlanService &, const Actor &)> &run)
{
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    SurveyPlanService plan(db, cli.clock());
    return run(plan, *actor);
}

qint64 idArgument(Cli &cli, QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0) {
        cli.failUsage(QCoreApplication::translate("loketctl", "Give the follow-up item's number (see survey plan list)."),
                      surveyCommand());
        return 0;
    }
    return id;
}

int planAdd(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period = surveyOption("period", "P"), element = surveyOption("element", "U1..U9"),
                             action = surveyOption("action", "TEXT"), pic = surveyOption("pic", "NAME"),
                             target = surveyOption("target", "YYYY-MM-DD");
    parser.addOptions({ period, element, action, pic, target });
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    if (!parser.isSet(period) || !parser.isSet(action) || !parser.isSet(pic) || !parser.isSet(target))
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey plan add needs --period, --action, --pic and --target."),
                             surveyCommand());
    PlanItemEntry e;
    e.periodCode = parser.value(period);
    e.element = parser.value(element).trimmed().toUpper();
    e.action = parser.value(action);
    e.personInCharge = parser.value(pic);
    e.targetDate = surveyDayArgument(cli, QStringLiteral("target"), parser.value(target));
    if (!e.targetDate.isValid())
        return ExitUsage;
    return withPlan(cli, [&](SurveyPlanService &plan, const Actor &actor) {
        auto item = plan.addItem(actor, e);
        if (!item)
            return cli.fail(item.error());
        if (cli.json)
            cli.printJson(itemJson(item.value()));
        else
            cli.out() << QCoreApplication::translate("loketctl", "Follow-up item %1 planned for %2.")
                             .arg(QString::number(item->id), SurveyPeriod::fromCode(item->periodCode)->label())
                      << '\n';
        return int(ExitOk);
    });
}

int planList(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period = surveyOption("period", "P");
    parser.addOption(period);
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    return withPlan(cli, [&](SurveyPlanService &plan, const Actor &actor) {
        const QString code = parser.value(period).trimmed();
        if (!code.isEmpty() && !SurveyPeriod::fromCode(code))
            return cli.failUsage(QCoreApplication::translate("loketctl", "--period is 2026-Q1 … 2026-Q4, 2026-S1, 2026-S2 or 2026."),
                                 surveyCommand());
        const QString normal = code.isEmpty() ? QString() : SurveyPeriod::fromCode(code)->code();
        auto items = plan.items(actor, normal);
        if (!items)
            return cli.fail(items.error());
        auto pubs = plan.publications(actor, normal);
        if (!pubs)
            return cli.fail(pubs.error());
        if (cli.json) {
            QJsonArray list, published;
            for (const PlanItem &i : items.value())
                list.append(itemJson(i));
            for (const SurveyPublication &p : pubs.value())
                published.append(QJsonObject {{QStringLiteral("period"), p.periodCode}, {QStringLiteral("medium"), p.medium},
                                              {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                              {QStringLiteral("reference"), p.reference}});
            QJsonObject o {{QStringLiteral("items"), list}, {QStringLiteral("publications"), published}};
            if (!normal.isEmpty()) {
                auto s = plan.standing(actor, normal);
                if (!s)
                    return cli.fail(s.error());
                o.insert(QStringLiteral("done_percent"), s->donePercent());
                o.insert(QStringLiteral("overdue"), s->overdue);
                o.insert(QStringLiteral("distinct_media"), s->distinctMedia);
                o.insert(QStringLiteral("forum"), s->forumDate ? QJsonValue(s->forumDate->toString(Qt::ISODate)) : QJsonValue());
            }
            cli.printJson(o);
            return int(ExitOk);
        }
        const QDate today = plan.today();
        QList<QStringList> rows {{QCoreApplication::translate("loketctl", "No"), QCoreApplication::translate("loketctl", "Period"),
                                  QCoreApplication::translate("loketctl", "Element"), QCoreApplication::translate("loketctl", "Action"),
                                  QCoreApplication::translate("loketctl", "In charge"), QCoreApplication::translate("loketctl", "Target"),
                                  QCoreApplication::translate("loketctl", "Status")}};
        for (const PlanItem &i : items.value())
            rows << QStringList {QString::number(i.id), i.periodCode, i.element, i.action.left(60), i.personInCharge,
                                 i.targetDate.toString(Qt::ISODate),
                                 planStatusLabel(i.status) + (i.overdue(today) ? QCoreApplication::translate("loketctl", " (overdue)") : QString())};
        printTable(cli.out(), rows);
        if (!pubs->isEmpty()) {
            cli.out() << '\n' << QCoreApplication::translate("loketctl", "Published:") << '\n';
            for (const SurveyPublication &p : pubs.value())
                cli.out() << "  " << p.periodCode << "  " << p.date.toString(Qt::ISODate) << "  " << p.medium << '\n';
        }
        return int(ExitOk);
    });
}

int planStatus(Cli &cli, const QStringList &args, PlanStatus status)
{
    QCommandLineParser parser;
    const QCommandLineOption evidence = surveyOption("evidence", "TEXT");
    parser.addOption(evidence);
    parser.addPositionalArgument(QStringLiteral("id"), QString());
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    const qint64 id = idArgument(cli, parser);
    if (id == 0)
        return ExitUsage;
    return withPlan(cli, [&](SurveyPlanService &plan, const Actor &actor) {
        auto item = plan.setStatus(actor, id, status, parser.value(evidence));
        if (!item)
            return cli.fail(item.error());
        if (cli.json)
            cli.printJson(itemJson(item.value()));
        else
            cli.out() << QCoreApplication::translate("loketctl", "Follow-up item %1: %2.").arg(QString::number(id), planStatusLabel(item->status))
                      << '\n';
        return int(ExitOk);
    });
}

} // namespace

int surveyPlan(Cli &cli, const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("add"))
        return planAdd(cli, args);
    if (sub == QLatin1String("list"))
        return planList(cli, args);
    if (sub == QLatin1String("done"))
        return planStatus(cli, args, PlanStatus::Done);
    if (sub == QLatin1String("start"))
        return planStatus(cli, args, PlanStatus::InProgress);
    return cli.failUsage(QCoreApplication::translate("loketctl", "survey plan is add, list, start or done."), surveyCommand());
}

int surveyPublish(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period = surveyOption("period", "P"), medium = surveyOption("medium", "TEXT"),
                             date = surveyOption("date", "YYYY-MM-DD"), reference = surveyOption("reference", "TEXT"),
                             forum = surveyOption("forum", "YYYY-MM-DD");
    parser.addOptions({ period, medium, date, reference, forum });
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    if (!parser.isSet(period) || (parser.isSet(forum) == (parser.isSet(medium) || parser.isSet(date))))
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey publish needs --period with --medium and --date, or "
                                                                     "--period with --forum (the public forum's day)."),
                             surveyCommand());
    const QDate day = surveyDayArgument(cli, parser.isSet(forum) ? QStringLiteral("forum") : QStringLiteral("date"),
                                        parser.value(parser.isSet(forum) ? forum : date));
    if (!day.isValid())
        return ExitUsage;
    return withPlan(cli, [&](SurveyPlanService &plan, const Actor &actor) {
        if (parser.isSet(forum)) {
            if (Status s = plan.setForumDate(actor, parser.value(period), day); !s)
                return cli.fail(s.error());
            cli.out() << QCoreApplication::translate("loketctl", "The public forum of %1 is recorded on %2.")
                             .arg(parser.value(period), day.toString(Qt::ISODate))
                      << '\n';
            return int(ExitOk);
        }
        auto p = plan.addPublication(actor, parser.value(period), parser.value(medium), day, parser.value(reference));
        if (!p)
            return cli.fail(p.error());
        cli.out() << QCoreApplication::translate("loketctl", "Publication of %1 on %2 recorded.").arg(p->periodCode, p->medium) << '\n';
        return int(ExitOk);
    });
}

} // namespace loket::cli
