// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"
#include "ui/common/Session.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;
class QThread;

namespace loket::ui {

class MessageBar;

// The supervisor's monthly review of the suggestion boxes: the 12 months up
// to the chosen one by kind and by service (charts), the themes that come
// back, how many decisions were carried out or are overdue, the boxes not
// opened, and every decision still open. Read on a thread of its own (its
// own connection), so the screen never waits for the database.
class SuggestionReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionReviewPage(Session session, QWidget *parent = nullptr);
    ~SuggestionReviewPage() override;

    // Any day of the month; reads it again.
    void setMonth(QDate month);
    QDate month() const;
    void reload();

    // What the review needs beyond SuggestionService::review: the minutes'
    // number of each session an open decision belongs to.
    struct Loaded {
        SuggestionReview review;
        QHash<qint64, QString> minutesNumbers;
    };

    // For tests.
    bool isLoading() const { return m_pending > 0; }
    const SuggestionReview &review() const { return m_loaded.review; }
    QString tileValue(int tile) const;
    enum Tile { SlipsThisMonth, FollowedUp, Overdue, NotOpened };
    QChart *monthsChart() const;
    QChart *servicesChart() const;
    QListWidget *themesList() const { return m_themes; }
    QTabWidget *lists() const { return m_lists; }
    QTableWidget *openTable() const { return m_open; }
    MessageBar *messageBar() const { return m_message; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(int request, const Result<Loaded> &result);
    void fillTiles();
    void fillThemes();
    void fillOpen();

    Session m_session;
    QThread *m_thread = nullptr;
    int m_request = 0;
    int m_pending = 0;
    bool m_shownOnce = false;
    Loaded m_loaded;
    QComboBox *m_months = nullptr;
    QLabel *m_asOf = nullptr;
    MessageBar *m_message = nullptr;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileNotes;
    QChartView *m_monthsView = nullptr;
    QChartView *m_servicesView = nullptr;
    QTabWidget *m_lists = nullptr;
    QListWidget *m_themes = nullptr;
    QTableWidget *m_open = nullptr;
};

} // namespace loket::ui

