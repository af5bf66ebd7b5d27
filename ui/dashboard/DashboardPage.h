// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/EvaluationCheck.h"
#include "core/queue/Ticket.h"
#include "core/reports/MonthlyReport.h"
#include "ui/common/Session.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;

namespace loket::ui {

class DashboardComplaints;
class DashboardEvaluation;
class DashboardRecords;
class EvaluationReportMenu;
class HeatMap;
class MonthlyReportMenu;
class MessageBar;

// The supervisor's month at a glance (ViewReports): a month picker, headline
// tiles with their change against the month before and the same month last
// year, the month's charts (click a bar or a day for its tickets), and the
// evaluation self-check as a second tab.
//
// Everything is read on a thread of its own (its own connection), one
// reading at a time: first the month's own figures, shown as soon as they
// arrive, then the whole report with the comparisons and the IKM trend, then
// the self-check. The window never waits for the database.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Tile {
        VisitorsTile, ServedTile, MedianWaitTile, WithinStandardTile, NoShowTile, PriorityTile,
        ComplaintsTile, ComplaintsClosedTile, ComplaintsOverdueTile, IkmTile, TileCount
    };

    explicit DashboardPage(Session session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QDate month() const { return m_month; }
    // Any month up to the current one; reads it.
    void setMonth(QDate anyDayOfMonth);
    void previous();
    void next();
    void reload();
    // A notice for the supervisor (the suggestion box not opened) under the title.
    void addBanner(QWidget *banner);

    // The tickets behind a figure, read on the worker and shown in a dialog.
    void showServiceTickets(const QString &serviceCode);
    void showDayTickets(QDate day);
    // The month's complaints in a state (its code) or a first-response bucket ("le_1d" …).
    void showComplaints(const QString &stateCode, const QString &responseBucket, const QString &label);

    // For tests and the measurement.
    bool isLoading() const { return m_pending > 0; }
    QString tileValue(int tile) const;
    QString tileChange(int tile) const; // "▲ 12 %" against the month before
    QString tileNote(int tile) const;
    QLabel *monthLabel() const { return m_monthLabel; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_prev; }
    QProgressBar *progress() const { return m_progress; }
    QChart *visitorsChart() const;
    QChart *outcomesChart() const;
    QChart *dailyChart() const;
    QChart *targetsChart() const;
    QChart *ikmChart() const;
    HeatMap *heatMap() const { return m_heat; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardEvaluation *evaluation() const { return m_evaluation; }
    MessageBar *messageBar() const { return m_message; }
    DashboardRecords *recordsDialog() const { return m_records; }
    DashboardComplaints *complaintsDialog() const { return m_complaintList; }
    QChart *complaintStatesChart() const;
    QChart *responseTimesChart() const;
    QChart *slipsChart() const;
    MonthlyReportMenu *reportMenu() const { return m_reportMenu; }
    EvaluationReportMenu *evaluationMenu() const { return m_evaluationMenu; }
    bool hasReport() const { return m_haveReport; }
    const MonthFigures &figures() const { return m_figures; }
    // Milliseconds from the page first shown to its first charts drawn; -1 until then.
    qint64 firstChartMs() const { return m_firstChartMs; }

Q_SIGNALS:
    void firstFiguresShown(); // the month's tiles and charts, before the comparisons
    void loaded();            // the whole report (or its error)
    void evaluationLoaded();
    void recordsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Context; // what a reading needs besides the session
    template <typename T>
    void post(std::function<T()> job, std::function<void(const T &)> done);
    void showMonth();
    void applyFigures(const MonthFigures &f);
    void applyReport(const MonthlyReport &r);
    void fillTiles(const MonthFigures &now, const MonthFigures *before, const MonthFigures *lastYear);
    void showError(const QString &text);
    void showRecords(const QString &title, const Result<QList<Ticket>> &result);
    void jobStarted();
    void jobFinished();

    Session m_session;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    int m_request = 0;
    int m_pending = 0;
    bool m_shownOnce = false;
    QElapsedTimer m_sinceShown;
    qint64 m_firstChartMs = -1;
    QDate m_month;
    QDate m_today;
    QTimeZone m_zone = QTimeZone(7 * 3600);
    MonthFigures m_figures;
    bool m_haveReport = false;

    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_monthLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBar *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QLabel *> m_tileValues, m_tileChanges, m_tileNotes;
    QChartView *m_visitors = nullptr;
    QChartView *m_outcomes = nullptr;
    QChartView *m_daily = nullptr;
    QChartView *m_targets = nullptr;
    QChartView *m_ikm = nullptr;
    HeatMap *m_heat = nullptr;
    DashboardEvaluation *m_evaluation = nullptr;
    DashboardRecords *m_records = nullptr;
    DashboardComplaints *m_complaintList = nullptr;
    QChartView *m_complaintStates = nullptr;
    QChartView *m_responseTimes = nullptr;
    QChartView *m_slips = nullptr;
    MonthlyReportMenu *m_reportMenu = nullptr;
    EvaluationReportMenu *m_evaluationMenu = nullptr;
};

} // namespace loket::ui
