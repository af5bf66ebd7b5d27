// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/catalog/CalendarRepository.h"
#include "core/complaints/ComplaintService.h"
#include "core/queue/QueueRecords.h"
#include "core/reports/MonthlyReportService.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Style.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardEvaluation.h"
#include "ui/dashboard/DashboardRecords.h"
#include "ui/dashboard/DashboardReportMenu.h"

#include <QtCharts/QChartView>

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace loket::ui {

namespace {

constexpr int kRecordsLimit = 5000;

QString monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace

DashboardPage::DashboardPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    setStyleSheet(QStringLiteral(R"(
        #dashTile { background: white; border: 1px solid #d6dde5; border-radius: 6px; }
        #tileValue { font-size: 17pt; font-weight: 600; color: #1f2d3d; }
        #tileCaption { font-weight: 600; color: #1f2d3d; font-size: 9pt; }
        #tileNote { color: #5b6b7c; font-size: 8pt; }
        #tileChange { font-size: 9pt; font-weight: 600; }
    )"));
    // Until the first reading says the office's day: the clock's UTC date
    // (only the month picker's upper bound, set right after).
    m_today = m_session.clock->nowUtc().toOffsetFromUtc(7 * 3600).date();
    m_month = QDate(m_today.year(), m_today.month(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 6);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Monthly dashboard"), this));
    top->addSpacing(16);
    m_prev = new QPushButton(QStringLiteral("◀"), this);
    m_prev->setToolTip(tr("The month before (Alt+Left)"));
    m_prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_monthLabel = new QLabel(this);
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    m_monthLabel->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600; color: #1f4e79;"));
    m_monthLabel->setMinimumWidth(180);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(QStringLiteral("▶"), this);
    m_next->setToolTip(tr("The month after (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    top->addWidget(m_prev);
    top->addWidget(m_monthLabel);
    top->addWidget(m_next);
    top->addSpacing(12);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->setFixedHeight(10);
    m_progress->setToolTip(tr("Computing the month's figures…"));
    m_progress->hide();
    top->addWidget(m_progress);
    top->addStretch(1);
    auto *print = new QPushButton(tr("Print report"), this);
    print->setObjectName(QStringLiteral("printReport"));
    print->setToolTip(tr("The month's \"Laporan Bulanan Pelayanan Publik\": print preview, PDF or Excel workbook"));
    top->addWidget(print);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Compute the month again (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    top->addWidget(refresh);
    layout->addLayout(top);

    m_message = new MessageBar(this);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // The month: tiles on top, charts below, scrolled when the screen is short.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *monthPage = new QWidget(scroll);
    auto *monthLayout = new QVBoxLayout(monthPage);
    monthLayout->setContentsMargins(0, 6, 4, 0);
    monthLayout->setSpacing(8);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QStringList captions {tr("Visitors"), tr("Served"), tr("Median wait"), tr("Within the standard"),
                                tr("Did not come"), tr("Priority visitors"), tr("Complaints received"),
                                tr("Complaints completed"), tr("Complaints overdue"), tr("IKM (month)")};
    for (int i = 0; i < captions.size(); ++i) {
        auto *tile = new QFrame(monthPage);
        tile->setObjectName(QStringLiteral("dashTile"));
        auto *box = new QVBoxLayout(tile);
        box->setContentsMargins(10, 4, 10, 4);
        box->setSpacing(0);
        auto *caption = new QLabel(captions.at(i), tile);
        caption->setObjectName(QStringLiteral("tileCaption"));
        auto *row = new QHBoxLayout;
        auto *value = new QLabel(QStringLiteral("–"), tile);
        value->setObjectName(QStringLiteral("tileValue"));
        auto *change = new QLabel(tile);
        change->setObjectName(QStringLiteral("tileChange"));
        change->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row->addWidget(value);
        row->addStretch(1);
        row->addWidget(change);
        auto *note = new QLabel(tile);
        note->setObjectName(QStringLiteral("tileNote"));
        note->setWordWrap(true);
        box->addWidget(caption);
        box->addLayout(row);
        box->addWidget(note);
        tiles->addWidget(tile, i / 5, i % 5);
        m_tileValues << value;
        m_tileChanges << change;
        m_tileNotes << note;
    }
    monthLayout->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    m_visitors = DashboardCharts::makeView(monthPage);
    m_outcomes = DashboardCharts::makeView(monthPage);
    m_daily = DashboardCharts::makeView(monthPage);
    m_targets = DashboardCharts::makeView(monthPage);
    m_ikm = DashboardCharts::makeView(monthPage);
    m_complaintStates = DashboardCharts::makeView(monthPage);
    m_responseTimes = DashboardCharts::makeView(monthPage);
    m_slips = DashboardCharts::makeView(monthPage);
    m_heat = new HeatMap(monthPage);
    m_heat->setMinimumHeight(230);
    charts->addWidget(m_visitors, 0, 0);
    charts->addWidget(m_daily, 0, 1);
    charts->addWidget(m_outcomes, 0, 2);
    charts->addWidget(m_heat, 1, 0);
    charts->addWidget(m_targets, 1, 1);
    charts->addWidget(m_ikm, 1, 2);
    charts->addWidget(m_complaintStates, 2, 0);
    charts->addWidget(m_responseTimes, 2, 1);
    charts->addWidget(m_slips, 2, 2);
    for (int c = 0; c < 3; ++c)
        charts->setColumnStretch(c, 1);
    monthLayout->addLayout(charts, 1);
    scroll->setWidget(monthPage);
    m_tabs->addTab(scroll, tr("The month"));
    m_evaluation = new DashboardEvaluation(m_tabs);
    m_tabs->addTab(m_evaluation, tr("Evaluation self-check"));
    m_reportMenu = new MonthlyReportMenu(m_session, m_message, this);
    print->setMenu(m_reportMenu->menu());
    m_evaluationMenu = new EvaluationReportMenu(m_session, m_message, this);
    m_evaluation->printButton()->setMenu(m_evaluationMenu->menu());

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    // The thread's connection goes with it.
    connect(m_thread, &QThread::finished, m_context, [db = m_session.db, context = m_context] {
        db->closeThreadConnection();
        delete context;
    }, Qt::DirectConnection);
    m_thread->start();

    connect(m_prev, &QPushButton::clicked, this, &DashboardPage::previous);
    connect(m_next, &QPushButton::clicked, this, &DashboardPage::next);
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    showMonth();
}

DashboardPage::~DashboardPage()
{
    *m_latest = -1; // the jobs still queued skip their work
    m_thread->quit();
    m_thread->wait();
}

template <typename T>
void DashboardPage::post(std::function<T()> job, std::function<void(const T &)> done)
{
    jobStarted();
    QPointer<DashboardPage> self(this);
    QMetaObject::invokeMethod(m_context, [self, job = std::move(job), done = std::move(done)] {
        auto result = std::make_shared<T>(job());
        QMetaObject::invokeMethod(qApp, [self, result, done] {
            if (!self)
                return;
            self->jobFinished();
            done(*result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DashboardPage::jobStarted()
{
    if (m_pending++ == 0)
        m_progress->show();
}

void DashboardPage::jobFinished()
{
    if (--m_pending == 0)
        m_progress->hide();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_sinceShown.start();
        reload();
    }
}

void DashboardPage::setMonth(QDate anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return;
    QDate m(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    const QDate current(m_today.year(), m_today.month(), 1);
    if (m > current)
        m = current;
    m_month = m;
    showMonth();
    reload();
}

void DashboardPage::previous()
{
    setMonth(m_month.addMonths(-1));
}

void DashboardPage::next()
{
    if (m_month < QDate(m_today.year(), m_today.month(), 1))
        setMonth(m_month.addMonths(1));
}

void DashboardPage::showMonth()
{
    m_monthLabel->setText(monthName(m_month));
    m_reportMenu->setMonth(m_month);
    m_next->setEnabled(m_month < QDate(m_today.year(), m_today.month(), 1));
}

void DashboardPage::reload()
{
    // One reading at a time on the thread; a newer choice makes the older
    // readings still queued skip their work.
    const int request = ++m_request;
    *m_latest = request;
    const Session session = m_session;
    const QDate month = m_month;
    auto latest = m_latest;
    m_evaluation->setLoading();

    struct First {
        Result<MonthFigures> figures = makeError(ErrorCode::Unknown, QString());
        QDate today;
        int offsetSeconds = 7 * 3600;
        bool skipped = false;
    };
    // 1. The month's ticket figures: the queue's tiles and charts.
    post<First>([session, month, latest, request] {
        First out;
        if (*latest != request) {
            out.skipped = true;
            return out;
        }
        auto time = CalendarRepository(session.db).officeTime();
        if (!time) {
            out.figures = time.error();
            return out;
        }
        out.today = time->localDateOfMs(session.clock->nowMs());
        out.offsetSeconds = time->offsetSeconds();
        // A month after the office's current one: its current month instead.
        const QDate m = month > out.today ? QDate(out.today.year(), out.today.month(), 1) : month;
        // The tickets alone first: the month's charts are drawn from them while the rest is read.
        out.figures = MonthlyReportService(session.db, *session.clock).ticketFigures(session.actor, m, out.today);
        return out;
    }, [this, request](const First &first) {
        if (first.skipped || request != m_request)
            return;
        if (first.today.isValid()) {
            m_today = first.today;
            m_zone = QTimeZone(first.offsetSeconds);
            showMonth();
        }
        if (!first.figures) {
            showError(first.figures.error().message);
            return;
        }
        m_message->clear();
        m_message->hide();
        applyFigures(first.figures.value());
    });

    // 2. The whole report: complaints, slips, the survey, the comparisons and the IKM trend.
    using ReportResult = std::optional<Result<MonthlyReport>>;
    post<ReportResult>([session, month, latest, request]() -> ReportResult {
        if (*latest != request)
            return std::nullopt;
        return MonthlyReportService(session.db, *session.clock).month(session.actor, month);
    }, [this, request](const ReportResult &report) {
        if (!report || request != m_request)
            return;
        if (!*report) {
            showError(report->error().message);
            Q_EMIT loaded();
            return;
        }
        applyReport(report->value());
        Q_EMIT loaded();
    });

    // 3. The self-check, on the month's last day (today in the current month).
    using CheckResult = std::optional<Result<EvaluationCheckResult>>;
    const QDate last = month.addMonths(1).addDays(-1);
    const bool current = month.year() == m_today.year() && month.month() == m_today.month();
    const QDate day = current ? QDate() : last;
    m_evaluationMenu->setDay(day);
    post<CheckResult>([session, day, latest, request]() -> CheckResult {
        if (*latest != request)
            return std::nullopt;
        return EvaluationCheck(session.db, *session.clock).check(session.actor, day);
    }, [this, request](const CheckResult &check) {
        if (!check || request != m_request)
            return;
        if (!*check)
            m_evaluation->setError(check->error().message);
        else
            m_evaluation->setResult(check->value());
        Q_EMIT evaluationLoaded();
    });
}

void DashboardPage::addBanner(QWidget *banner)
{
    const bool shown = !banner->isHidden();
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, banner); // under the title
    banner->setVisible(shown);
}

void DashboardPage::showError(const QString &text)
{
    m_message->showMessage(MessageBar::Kind::Error, text);
    m_message->show();
}

void DashboardPage::applyFigures(const MonthFigures &f)
{
    m_figures = f;
    m_haveReport = false;
    fillTiles(f, nullptr, nullptr);
    DashboardCharts::fillVisitors(m_visitors, f.tickets, [this](const QString &code) { showServiceTickets(code); });
    DashboardCharts::fillDaily(m_daily, f, [this](QDate day) { showDayTickets(day); });
    DashboardCharts::fillOutcomes(m_outcomes, f.tickets);
    DashboardCharts::fillTargets(m_targets, f.tickets);
    m_heat->setData(f.tickets.issuedByWeekdayHour);
    DashboardCharts::fillPlaceholder(m_ikm, tr("IKM per survey period"), tr("Reading…"));
    DashboardCharts::fillPlaceholder(m_complaintStates, tr("Complaints of the month by state"), tr("Reading…"));
    DashboardCharts::fillPlaceholder(m_responseTimes, tr("First response to complaints"), tr("Reading…"));
    DashboardCharts::fillPlaceholder(m_slips, tr("Suggestion-box slips by decision"), tr("Reading…"));
    if (m_firstChartMs < 0 && m_sinceShown.isValid())
        m_firstChartMs = m_sinceShown.elapsed();
    Q_EMIT firstFiguresShown();
}

void DashboardPage::applyReport(const MonthlyReport &r)
{
    m_figures = r.current;
    m_haveReport = true;
    fillTiles(r.current, &r.previousMonth, &r.lastYear);
    DashboardCharts::fillIkmTrend(m_ikm, r.ikmTrend);
    const MonthFigures &f = r.current;
    const QString clickHint = tr("Click a bar to see those complaints of the month.");
    DashboardCharts::fillCounts(m_complaintStates, tr("Complaints of the month by state"), f.complaints.byState,
                                DashboardColors::primary(),
                                [this](const QString &code, const QString &label) { showComplaints(code, {}, label); },
                                clickHint);
    DashboardCharts::fillCounts(m_responseTimes, tr("First response to complaints"), f.complaints.responseTime,
                                DashboardColors::served(),
                                [this](const QString &code, const QString &label) { showComplaints({}, code, label); },
                                clickHint);
    DashboardCharts::fillCounts(m_slips, tr("Suggestion-box slips by decision"), f.suggestions.byDecision,
                                DashboardColors::noShow());
}

void DashboardPage::showServiceTickets(const QString &serviceCode)
{
    const ReportService *service = m_figures.tickets.service(serviceCode);
    if (!service)
        return;
    const Session session = m_session;
    const QDate from = m_figures.month;
    const QDate to = m_figures.lastDay.isValid() ? m_figures.lastDay : from.addMonths(1).addDays(-1);
    const qint64 id = service->id;
    const QString title = tr("%1: tickets of %2").arg(service->name, monthName(from));
    post<Result<QList<Ticket>>>([session, from, to, id] {
        return QueueRecords(session.db).tickets(session.actor, from, to, id, kRecordsLimit);
    }, [this, title](const Result<QList<Ticket>> &r) { showRecords(title, r); });
}

void DashboardPage::showDayTickets(QDate day)
{
    if (!day.isValid())
        return;
    const Session session = m_session;
    const QString title = tr("Tickets of %1").arg(QLocale().toString(day, QStringLiteral("dddd, d MMMM yyyy")));
    post<Result<QList<Ticket>>>([session, day] {
        return QueueRecords(session.db).tickets(session.actor, day, day, 0, kRecordsLimit);
    }, [this, title](const Result<QList<Ticket>> &r) { showRecords(title, r); });
}

void DashboardPage::showComplaints(const QString &stateCode, const QString &responseBucket, const QString &label)
{
    ComplaintFilter filter;
    filter.view = ComplaintFilter::View::All;
    filter.receivedMonth = m_figures.month;
    filter.limit = kRecordsLimit;
    if (!stateCode.isEmpty()) {
        const auto state = stateFromCode(stateCode);
        if (!state)
            return;
        filter.state = *state;
    }
    filter.responseBucket = responseBucket;
    const Session session = m_session;
    const QString title = tr("Complaints of %1: %2").arg(monthName(m_figures.month), label);
    post<Result<QList<Complaint>>>([session, filter] {
        return ComplaintService(session.db, *session.clock).list(session.actor, filter);
    }, [this, title](const Result<QList<Complaint>> &r) {
        if (!r) {
            showError(r.error().message);
            return;
        }
        delete m_complaintList;
        m_complaintList = new DashboardComplaints(title, r.value(), r->size() >= kRecordsLimit, m_zone, this);
        m_complaintList->open();
        Q_EMIT recordsShown();
    });
}

void DashboardPage::showRecords(const QString &title, const Result<QList<Ticket>> &result)
{
    if (!result) {
        showError(result.error().message);
        return;
    }
    delete m_records;
    m_records = new DashboardRecords(title, result.value(), result->size() >= kRecordsLimit, m_zone, this);
    m_records->setAttribute(Qt::WA_DeleteOnClose, false);
    m_records->open();
    Q_EMIT recordsShown();
}

QChart *DashboardPage::visitorsChart() const { return m_visitors->chart(); }
QChart *DashboardPage::outcomesChart() const { return m_outcomes->chart(); }
QChart *DashboardPage::dailyChart() const { return m_daily->chart(); }
QChart *DashboardPage::targetsChart() const { return m_targets->chart(); }
QChart *DashboardPage::ikmChart() const { return m_ikm->chart(); }
QChart *DashboardPage::complaintStatesChart() const { return m_complaintStates->chart(); }
QChart *DashboardPage::responseTimesChart() const { return m_responseTimes->chart(); }
QChart *DashboardPage::slipsChart() const { return m_slips->chart(); }

} // namespace loket::ui
