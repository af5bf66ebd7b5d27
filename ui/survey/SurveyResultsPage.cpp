// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyResultsPage.h"

#include "core/survey/SurveyService.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Style.h"
#include "ui/survey/SurveyCommentsPanel.h"
#include "ui/survey/SurveyReportMenu.h"

#include <QtCharts/QChartView>

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace loket::ui {

namespace {

const QColor kShort(0x9b, 0x1c, 0x1c);

QString centi(int value)
{
    return centiText(value, QLocale().decimalPoint().at(0));
}

QString gradeText(const IkmResult &r)
{
    return r.grade ? QStringLiteral("%1 %2").arg(ikmGradeLetter(*r.grade), ikmGradeName(*r.grade)) : QString();
}

// What the worker thread reads: the period's index and the trend before it.
Result<SurveyResultsPage::Loaded> loadResults(const Session &session, SurveyPeriod period)
{
    SurveyService survey(session.db, *session.clock);
    auto report = survey.index(session.actor, period);
    if (!report)
        return report.error();
    SurveyResultsPage::Loaded out;
    out.report = std::move(report.value());
    QList<SurveyPeriod> periods {period};
    while (periods.size() < SurveyResultsPage::kTrendPeriods)
        periods.prepend(periods.first().previous());
    for (const SurveyPeriod &p : periods) {
        SurveyCharts::TrendPoint point {p, {}, 0};
        if (p == period) {
            point.convertedCenti = out.report.office.ikm.convertedCenti;
            point.respondents = out.report.office.ikm.respondents;
        } else {
            auto r = survey.index(session.actor, p, out.report.weighting);
            if (!r)
                return r.error();
            point.convertedCenti = r->office.ikm.convertedCenti;
            point.respondents = r->office.ikm.respondents;
        }
        out.trend << point;
    }
    auto plan = SurveyPlanPanel::load(session, out.report, period);
    if (!plan)
        return plan.error();
    out.plan = std::move(plan.value());
    auto comments = SurveyCommentsPanel::load(session, period);
    if (!comments)
        return comments.error();
    out.comments = std::move(comments.value());
    return out;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

} // namespace

SurveyResultsPage::SurveyResultsPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    setStyleSheet(QStringLiteral(R"(
        #resultTile { background: white; border: 1px solid #d6dde5; border-radius: 6px; }
        #tileValue { font-size: 19pt; font-weight: 600; color: #1f2d3d; }
        #tileCaption { font-weight: 600; color: #1f2d3d; }
        #tileNote { color: #5b6b7c; font-size: 8.5pt; }
    )"));
    SurveyService survey(m_session.db, *m_session.clock);
    m_latest = survey.currentPeriod();
    m_base = m_latest;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 10);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Survey results (IKM)"), this));
    top->addSpacing(16);
    m_prev = new QPushButton(QStringLiteral("◀"), this);
    m_prev->setToolTip(tr("The period before (Alt+Left)"));
    m_prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600; color: #1f4e79;"));
    m_periodLabel->setMinimumWidth(190);
    m_periodLabel->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(QStringLiteral("▶"), this);
    m_next->setToolTip(tr("The period after (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_yearBox = new QCheckBox(tr("The whole &year"), this);
    m_yearBox->setToolTip(tr("The year's roll-up of the periods"));
    top->addWidget(m_prev);
    top->addWidget(m_periodLabel);
    top->addWidget(m_next);
    top->addSpacing(8);
    top->addWidget(m_yearBox);
    top->addStretch(1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Read the results again (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    top->addWidget(refresh);
    // The SKM report of the period shown: print preview, PDF, workbook.
    m_print = new QPushButton(tr("Print report…"), this);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setToolTip(tr("The SKM report (Laporan Survei Kepuasan Masyarakat) of the period shown, in the standard outline"));
    top->addWidget(m_print);
    layout->addLayout(top);

    m_weighting = makeHint(QString(), this);
    m_weighting->setObjectName(QStringLiteral("weightingLabel"));
    layout->addWidget(m_weighting);

    m_message = new MessageBar(this);
    m_message->hide();
    layout->addWidget(m_message);
    m_report = new SurveyReportMenu(m_session, m_message, this);
    m_print->setMenu(m_report->menu());

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    const QStringList captions {tr("Office IKM (converted)"), tr("Respondents"), tr("Minimum sample"),
                                tr("Sample")};
    for (int i = 0; i < captions.size(); ++i) {
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("resultTile"));
        auto *box = new QVBoxLayout(tile);
        box->setContentsMargins(12, 6, 12, 6);
        box->setSpacing(0);
        auto *caption = new QLabel(captions.at(i), tile);
        caption->setObjectName(QStringLiteral("tileCaption"));
        auto *value = new QLabel(QStringLiteral("–"), tile);
        value->setObjectName(QStringLiteral("tileValue"));
        auto *note = new QLabel(tile);
        note->setObjectName(QStringLiteral("tileNote"));
        caption->setWordWrap(true);
        note->setWordWrap(true);
        box->addWidget(caption);
        box->addWidget(value);
        box->addWidget(note);
        tiles->addWidget(tile, 1);
        m_tileValues << value;
        m_tileNotes << note;
    }
    layout->addLayout(tiles);

    auto *charts = new QHBoxLayout;
    m_elementsView = SurveyCharts::makeView(this);
    m_trendView = SurveyCharts::makeView(this);
    charts->addWidget(m_elementsView, 3);
    charts->addWidget(m_trendView, 2);
    // Nine labelled bars need their height: the lists below give way first.
    m_elementsView->setMinimumHeight(300);
    m_trendView->setMinimumHeight(300);
    layout->addLayout(charts, 5);

    m_lists = new QTabWidget(this);
    m_services = new QTableWidget(0, 7, m_lists);
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Respondents"), tr("IKM (converted)"), tr("Grade"),
                                           tr("Served (N)"), tr("Sample needed"), tr("Sample")});
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setAlternatingRowColors(true);
    m_services->setShowGrid(false);
    m_services->setWordWrap(false);
    m_services->verticalHeader()->hide();
    m_services->verticalHeader()->setDefaultSectionSize(24);
    m_services->setMinimumHeight(100);
    QHeaderView *header = m_services->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lists->addTab(m_services, tr("Per service"));
    m_plan = new SurveyPlanPanel(m_session, m_lists);
    m_lists->addTab(m_plan, tr("Follow-up plan"));
    connect(m_plan, &SurveyPlanPanel::changed, this, &SurveyResultsPage::reload);
    m_comments = new SurveyCommentsPanel(m_session, m_lists);
    m_lists->addTab(m_comments, tr("Respondents' comments"));
    connect(m_comments, &SurveyCommentsPanel::changed, this, &SurveyResultsPage::reload);
    layout->addWidget(m_lists, 2);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("survey-results"));
    connect(m_thread, &QThread::finished, m_thread, [db = m_session.db] { db->closeThreadConnection(); },
            Qt::DirectConnection);
    m_thread->start();

    connect(m_prev, &QPushButton::clicked, this, &SurveyResultsPage::previous);
    connect(m_next, &QPushButton::clicked, this, &SurveyResultsPage::next);
    connect(m_yearBox, &QCheckBox::toggled, this, &SurveyResultsPage::setYearRollUp);
    connect(refresh, &QPushButton::clicked, this, &SurveyResultsPage::reload);
    auto *live = new LiveRefresher(m_session.db, this, [this] { reload(); });
    if (Status started = live->start(); !started)
        m_message->showMessage(MessageBar::Kind::Warning, started.error().message);
    showPeriod();
    fillTiles();
}

SurveyResultsPage::~SurveyResultsPage()
{
    m_thread->quit();
    m_thread->wait();
}

SurveyPeriod SurveyResultsPage::period() const
{
    return m_year ? m_base.yearPeriod() : m_base;
}

void SurveyResultsPage::setPeriod(const SurveyPeriod &period)
{
    if (period.kind == SurveyPeriod::Kind::Year && m_latest.kind != SurveyPeriod::Kind::Year) {
        // A year: its last period of the configured kind, rolled up.
        m_base = SurveyPeriod::containing(m_latest.kind, period.to());
        m_year = true;
    } else {
        m_base = period;
        m_year = false;
    }
    showPeriod();
    reload();
}

void SurveyResultsPage::setYearRollUp(bool on)
{
    if (on == m_year)
        return;
    m_year = on;
    showPeriod();
    reload();
}

void SurveyResultsPage::previous()
{
    m_base = m_year ? SurveyPeriod::containing(m_base.kind, m_base.yearPeriod().previous().to()) : m_base.previous();
    showPeriod();
    reload();
}

void SurveyResultsPage::next()
{
    SurveyPeriod n = m_year ? SurveyPeriod::containing(m_base.kind, m_base.yearPeriod().next().to()) : m_base.next();
    if (n.from() > m_latest.to())
        return;
    if (n.to() > m_latest.to())
        n = m_latest;
    m_base = n;
    showPeriod();
    reload();
}

void SurveyResultsPage::showPeriod()
{
    const SurveyPeriod shown = period();
    m_periodLabel->setText(shown.label());
    m_report->setPeriod(shown);
    const QSignalBlocker block(m_yearBox);
    m_yearBox->setChecked(m_year);
    m_yearBox->setEnabled(m_base.kind != SurveyPeriod::Kind::Year);
    m_next->setEnabled(shown.to() < m_latest.from());
}

void SurveyResultsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void SurveyResultsPage::reload()
{
    // One reading at a time: a busy queue changes the database every few
    // seconds, and a reading of years takes a moment; the changes meanwhile
    // make one more reading, not a backlog.
    if (m_pending > 0) {
        m_again = true;
        return;
    }
    const int request = ++m_request;
    ++m_pending;
    const Session session = m_session;
    const SurveyPeriod chosen = period();
    auto *worker = new QObject;
    worker->moveToThread(m_thread);
    QMetaObject::invokeMethod(worker, [this, worker, session, chosen, request] {
        auto result = std::make_shared<Result<Loaded>>(loadResults(session, chosen));
        worker->deleteLater();
        QMetaObject::invokeMethod(this, [this, result, request] { apply(request, *result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SurveyResultsPage::apply(int request, const Result<Loaded> &result)
{
    --m_pending;
    if (request != m_request)
        return;
    if (m_again) {
        // The period changed or the data did meanwhile: read again before showing anything.
        m_again = false;
        reload();
        return;
    }
    if (!result) {
        m_message->showMessage(MessageBar::Kind::Error, result.error().message);
        m_message->show();
        Q_EMIT loaded();
        return;
    }
    m_message->clear();
    m_message->hide();
    m_loaded = result.value();
    const SurveyIndexReport &r = m_loaded.report;
    m_weighting->setText(tr("%1 to %2 · %3 · The index is Σ NRR × weight × 25, rounded once to two decimals.")
                             .arg(QLocale().toString(r.from, QStringLiteral("d MMMM yyyy")),
                                  QLocale().toString(r.to, QStringLiteral("d MMMM yyyy")),
                                  ikmWeightingLabel(r.weighting)));
    fillTiles();
    SurveyCharts::fillElements(m_elementsView, r.office.ikm);
    SurveyCharts::fillTrend(m_trendView, m_loaded.trend);
    fillServices();
    m_plan->setData(period(), m_loaded.plan);
    m_comments->setData(period(), m_loaded.comments);
    int open = 0;
    for (const SurveyComment &c : m_loaded.comments)
        open += c.flag == CommentFlag::None ? 1 : 0;
    m_lists->setTabText(2, open > 0 ? tr("Respondents' comments (%1, %2 to decide)").arg(m_loaded.comments.size()).arg(open)
                                    : tr("Respondents' comments (%1)").arg(m_loaded.comments.size()));
    const PlanStanding &st = m_loaded.plan.standing;
    m_lists->setTabText(1, st.overdue > 0 ? tr("Follow-up plan (%1 items, %2 overdue)").arg(st.items).arg(st.overdue)
                                          : tr("Follow-up plan (%1 items)").arg(st.items));
    Q_EMIT loaded();
}

QString SurveyResultsPage::tileValue(int tile) const
{
    return tile >= 0 && tile < m_tileValues.size() ? m_tileValues.at(tile)->text() : QString();
}

QString SurveyResultsPage::tileNote(int tile) const
{
    return tile >= 0 && tile < m_tileNotes.size() ? m_tileNotes.at(tile)->text() : QString();
}

QChart *SurveyResultsPage::elementsChart() const
{
    return m_elementsView->chart();
}

QChart *SurveyResultsPage::trendChart() const
{
    return m_trendView->chart();
}

void SurveyResultsPage::fillTiles()
{
    const SurveyGroupIndex &office = m_loaded.report.office;
    const bool have = m_loaded.report.from.isValid();
    if (!have) {
        for (QLabel *v : m_tileValues)
            v->setText(QStringLiteral("–"));
        for (QLabel *n : m_tileNotes)
            n->clear();
        return;
    }
    const IkmResult &ikm = office.ikm;
    if (ikm.convertedCenti) {
        m_tileValues[IkmTile]->setText(centi(*ikm.convertedCenti));
        m_tileValues[IkmTile]->setStyleSheet(
            QStringLiteral("color: %1;").arg(SurveyCharts::gradeColor(*ikm.grade).name()));
        m_tileNotes[IkmTile]->setText(tr("Grade %1").arg(gradeText(ikm)));
    } else {
        m_tileValues[IkmTile]->setText(QStringLiteral("–"));
        m_tileValues[IkmTile]->setStyleSheet(QString());
        m_tileNotes[IkmTile]->setText(ikm.respondents == 0
                                          ? tr("no responses in the period")
                                          : tr("not given: nobody answered %1").arg(ikm.unanswered.join(QStringLiteral(", "))));
    }
    m_tileValues[RespondentsTile]->setText(QLocale().toString(ikm.respondents));
    m_tileNotes[RespondentsTile]->setText(tr("responses in %1").arg(period().label()));
    const SampleSufficiency &s = office.sample;
    m_tileValues[SampleTile]->setText(QLocale().toString(s.required));
    m_tileNotes[SampleTile]->setText(tr("Krejcie–Morgan, of %1 citizens served (queue)").arg(QLocale().toString(s.population)));
    m_tileValues[StatusTile]->setText(s.statusText());
    m_tileValues[StatusTile]->setStyleSheet(s.sufficient() ? QStringLiteral("color: #2e7d4f;")
                                                           : QStringLiteral("color: #9b1c1c;"));
    m_tileNotes[StatusTile]->setText(tr("%1 respondents of the %2 needed").arg(QLocale().toString(s.respondents), QLocale().toString(s.required)));
}

void SurveyResultsPage::fillServices()
{
    const QList<SurveyGroupIndex> &groups = m_loaded.report.byService;
    m_services->clearSpans();
    m_services->setRowCount(int(groups.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < groups.size(); ++row) {
        const SurveyGroupIndex &g = groups.at(row);
        const IkmResult &ikm = g.ikm;
        m_services->setItem(row, 0, cell(g.serviceName));
        m_services->setItem(row, 1, cell(QLocale().toString(ikm.respondents), right));
        m_services->setItem(row, 2, cell(ikm.convertedCenti ? centi(*ikm.convertedCenti) : QStringLiteral("–"), right));
        auto *grade = cell(gradeText(ikm));
        if (ikm.grade)
            grade->setForeground(SurveyCharts::gradeColor(*ikm.grade));
        m_services->setItem(row, 3, grade);
        m_services->setItem(row, 4, cell(QLocale().toString(g.sample.population), right));
        m_services->setItem(row, 5, cell(QLocale().toString(g.sample.required), right));
        auto *status = cell(g.sample.statusText());
        if (!g.sample.sufficient())
            status->setForeground(kShort);
        m_services->setItem(row, 6, status);
    }
    if (groups.isEmpty()) {
        m_services->setRowCount(1);
        auto *item = new QTableWidgetItem(tr("No service was served or surveyed in the period."));
        item->setFlags(Qt::NoItemFlags);
        m_services->setItem(0, 0, item);
        m_services->setSpan(0, 0, 1, 7);
    }
}

} // namespace loket::ui
