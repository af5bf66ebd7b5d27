// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/Survey.h"
#include "ui/common/Session.h"
#include "ui/survey/SurveyCharts.h"
#include "ui/survey/SurveyPlanPanel.h"

#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThread;

namespace loket::ui {

class MessageBar;
class SurveyReportMenu;
class SurveyCommentsPanel;

// The survey's result for a period (for ViewReports): the office's IKM with
// its grade and the weighting used, the sample's sufficiency, the nine
// elements on the grade bands, the trend over the last periods and the
// result per service. Read on a thread of its own (its own connection), so
// the page never waits for the database, however many years it holds.
class SurveyResultsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTrendPeriods = 8;

    explicit SurveyResultsPage(Session session, QWidget *parent = nullptr);
    ~SurveyResultsPage() override;

    // A period of the configured kind (or a year); reads it again.
    void setPeriod(const SurveyPeriod &period);
    // The period shown: the chosen one, or its year when the roll-up is on.
    SurveyPeriod period() const;
    void setYearRollUp(bool on);
    void previous();
    void next();
    void reload();

    struct Loaded {
        SurveyIndexReport report;
        QList<SurveyCharts::TrendPoint> trend; // oldest first, ending at the period
        SurveyPlanPanel::Data plan;            // the period's follow-up plan
        QList<SurveyComment> comments;         // the respondents' comments of the period, newest first
    };

    // For tests.
    bool isLoading() const { return m_pending > 0; }
    const Loaded &loadedData() const { return m_loaded; }
    enum Tile { IkmTile, RespondentsTile, SampleTile, StatusTile };
    QString tileValue(int tile) const;
    QString tileNote(int tile) const;
    QLabel *periodLabel() const { return m_periodLabel; }
    QLabel *weightingLabel() const { return m_weighting; }
    QChart *elementsChart() const;
    QChart *trendChart() const;
    QTableWidget *serviceTable() const { return m_services; }
    SurveyPlanPanel *planPanel() const { return m_plan; }
    QTabWidget *lists() const { return m_lists; }
    MessageBar *messageBar() const { return m_message; }
    QPushButton *printButton() const { return m_print; }
    SurveyReportMenu *reportMenu() const { return m_report; }
    SurveyCommentsPanel *commentsPanel() const { return m_comments; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(int request, const Result<Loaded> &result);
    void showPeriod();
    void fillTiles();
    void fillServices();

    Session m_session;
    QThread *m_thread = nullptr;
    int m_request = 0;
    int m_pending = 0;
    bool m_again = false; // asked to read again while a reading was under way
    bool m_shownOnce = false;
    SurveyPeriod m_base;   // of the configured kind
    SurveyPeriod m_latest; // the period containing today
    bool m_year = false;
    Loaded m_loaded;

    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_periodLabel = nullptr;
    QCheckBox *m_yearBox = nullptr;
    QLabel *m_weighting = nullptr;
    QPushButton *m_print = nullptr;
    MessageBar *m_message = nullptr;
    SurveyReportMenu *m_report = nullptr;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileNotes;
    QChartView *m_elementsView = nullptr;
    QChartView *m_trendView = nullptr;
    QTabWidget *m_lists = nullptr;
    QTableWidget *m_services = nullptr;
    SurveyPlanPanel *m_plan = nullptr;
    SurveyCommentsPanel *m_comments = nullptr;
};

} // namespace loket::ui
