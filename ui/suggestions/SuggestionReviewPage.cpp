// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SuggestionReviewPage.h"

#include "core/suggestions/SuggestionService.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Style.h"
#include "ui/suggestions/SuggestionReviewCharts.h"

#include <QtCharts/QChartView>

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace loket::ui {

namespace {

constexpr int kMonthsToChoose = 24;
const QColor kOverdue(0x9b, 0x1c, 0x1c);

QString monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString dayText(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

// What the worker thread reads: the review and the minutes' numbers of the open decisions.
Result<SuggestionReviewPage::Loaded> loadReview(const Session &session, QDate month)
{
    SuggestionService service(session.db, *session.clock);
    auto review = service.review(session.actor, month);
    if (!review)
        return review.error();
    SuggestionReviewPage::Loaded out;
    out.review = std::move(review.value());
    for (const SuggestionSlip &slip : out.review.open) {
        if (out.minutesNumbers.contains(slip.sessionId))
            continue;
        auto s = service.session(session.actor, slip.sessionId);
        if (!s)
            return s.error();
        out.minutesNumbers.insert(slip.sessionId, s->number);
    }
    return out;
}

} // namespace

SuggestionReviewPage::SuggestionReviewPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    setStyleSheet(QStringLiteral(R"(
        #reviewTile { background: white; border: 1px solid #d6dde5; border-radius: 6px; }
        #tileValue { font-size: 20pt; font-weight: 600; color: #1f2d3d; }
        #tileCaption { font-weight: 600; color: #1f2d3d; }
        #tileNote { color: #5b6b7c; font-size: 8.5pt; }
    )"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 10);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Suggestion box review"), this));
    top->addSpacing(16);
    m_asOf = makeHint(tr("The 12 months up to the month chosen, and every decision not yet carried out."), this);
    top->addWidget(m_asOf, 1);
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_months = new QComboBox(this);
    monthLabel->setBuddy(m_months);
    // This month first: the openings are at the end of the month, and the
    // boxes not opened are this month's, as the reminder says.
    const QDate today = SuggestionService(m_session.db, *m_session.clock).today();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 0; i < kMonthsToChoose; ++i) {
        const QDate m = thisMonth.addMonths(-i);
        m_months->addItem(monthName(m), m);
    }
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Read the review again (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    top->addWidget(monthLabel);
    top->addWidget(m_months);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_message = new MessageBar(this);
    m_message->hide();
    layout->addWidget(m_message);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    for (int i = 0; i < 4; ++i) {
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("reviewTile"));
        auto *box = new QVBoxLayout(tile);
        box->setContentsMargins(12, 6, 12, 6);
        box->setSpacing(0);
        auto *caption = new QLabel(tile);
        caption->setObjectName(QStringLiteral("tileCaption"));
        auto *value = new QLabel(QStringLiteral("–"), tile);
        value->setObjectName(QStringLiteral("tileValue"));
        auto *note = new QLabel(tile);
        note->setObjectName(QStringLiteral("tileNote"));
        // The tiles share the width whatever the language: their words wrap.
        caption->setWordWrap(true);
        note->setWordWrap(true);
        box->addWidget(caption);
        box->addWidget(value);
        box->addWidget(note);
        tiles->addWidget(tile, 1);
        m_tileValues << value;
        m_tileNotes << note;
        caption->setProperty("tile", i);
    }
    layout->addLayout(tiles);

    // The two charts side by side; below, full width, the open decisions and the themes.
    auto *charts = new QHBoxLayout;
    m_monthsView = SuggestionReviewCharts::makeView(this);
    m_servicesView = SuggestionReviewCharts::makeView(this);
    charts->addWidget(m_monthsView, 11);
    charts->addWidget(m_servicesView, 9);
    layout->addLayout(charts, 5);

    m_lists = new QTabWidget(this);
    m_open = new QTableWidget(0, 7, m_lists);
    m_open->setHorizontalHeaderLabels({tr("Minutes"), tr("Slip"), tr("Summary"), tr("Decision"), tr("In charge"),
                                       tr("Target"), tr("State")});
    m_open->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_open->setSelectionMode(QAbstractItemView::SingleSelection);
    m_open->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_open->setAlternatingRowColors(true);
    m_open->setShowGrid(false);
    m_open->setWordWrap(false);
    m_open->setTextElideMode(Qt::ElideRight);
    m_open->setMinimumHeight(110);
    m_open->verticalHeader()->hide();
    m_open->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView *header = m_open->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The long texts get a width of their own (the whole text is in the tooltip); the summary takes the rest.
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair {3, 175}, std::pair {4, 150}, std::pair {6, 250}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_open->setColumnWidth(column, width);
    }
    m_lists->addTab(m_open, QString());
    m_themes = new QListWidget(m_lists);
    m_themes->setToolTip(tr("Services and survey elements that slips named in two or more of the 12 months"));
    m_themes->setAlternatingRowColors(true);
    m_themes->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 6px; }"));
    m_lists->addTab(m_themes, QString());
    layout->addWidget(m_lists, 4);

    // The reading runs on a thread of its own, with its own connection.
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("suggestion-review"));
    // Its connection goes with it (nothing holds the file after the page, e.g. for a restore).
    connect(m_thread, &QThread::finished, m_thread, [db = m_session.db] { db->closeThreadConnection(); },
            Qt::DirectConnection);
    m_thread->start();

    connect(m_months, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(refresh, &QPushButton::clicked, this, &SuggestionReviewPage::reload);
    auto *live = new LiveRefresher(m_session.db, this, [this] { reload(); });
    if (Status started = live->start(); !started)
        m_message->showMessage(MessageBar::Kind::Warning, started.error().message);
    m_lists->setTabText(0, tr("Decisions not yet carried out"));
    m_lists->setTabText(1, tr("Recurring themes"));
    fillTiles();
}

SuggestionReviewPage::~SuggestionReviewPage()
{
    // A reading under way finishes first; what it posts back dies with the page.
    m_thread->quit();
    m_thread->wait();
}

void SuggestionReviewPage::setMonth(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    int index = m_months->findData(first);
    if (index < 0) {
        m_months->addItem(monthName(first), first);
        index = m_months->count() - 1;
    }
    if (index == m_months->currentIndex())
        reload();
    else
        m_months->setCurrentIndex(index);
}

QDate SuggestionReviewPage::month() const
{
    return m_months->currentData().toDate();
}

void SuggestionReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void SuggestionReviewPage::reload()
{
    const int request = ++m_request;
    ++m_pending;
    const Session session = m_session;
    const QDate chosen = month();
    // Runs on m_thread; the answer comes back to this page on the GUI thread.
    auto *worker = new QObject;
    worker->moveToThread(m_thread);
    QMetaObject::invokeMethod(worker, [this, worker, session, chosen, request] {
        auto result = std::make_shared<Result<Loaded>>(loadReview(session, chosen));
        worker->deleteLater();
        QMetaObject::invokeMethod(this, [this, result, request] { apply(request, *result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SuggestionReviewPage::apply(int request, const Result<Loaded> &result)
{
    --m_pending;
    if (request != m_request)
        return; // a later reading is on its way
    if (!result) {
        m_message->showMessage(MessageBar::Kind::Error, result.error().message);
        m_message->show();
        Q_EMIT loaded();
        return;
    }
    m_message->clear();
    m_message->hide();
    m_loaded = result.value();
    fillTiles();
    SuggestionReviewCharts::fillMonths(m_monthsView->chart(), m_loaded.review);
    SuggestionReviewCharts::fillServices(m_servicesView->chart(), m_loaded.review);
    fillThemes();
    fillOpen();
    m_lists->setTabText(0, tr("Decisions not yet carried out (%1)").arg(m_loaded.review.open.size()));
    m_lists->setTabText(1, tr("Recurring themes (%1)").arg(m_loaded.review.themes.size()));
    Q_EMIT loaded();
}

QString SuggestionReviewPage::tileValue(int tile) const
{
    return tile >= 0 && tile < m_tileValues.size() ? m_tileValues.at(tile)->text() : QString();
}

QChart *SuggestionReviewPage::monthsChart() const
{
    return m_monthsView->chart();
}

QChart *SuggestionReviewPage::servicesChart() const
{
    return m_servicesView->chart();
}

void SuggestionReviewPage::fillTiles()
{
    const SuggestionReview &r = m_loaded.review;
    const bool have = r.month.isValid() && !r.months.isEmpty();
    const QDate shownMonth = have ? r.month : month();
    const QString monthText = QLocale().toString(shownMonth, QStringLiteral("MMMM"));
    const QList<QLabel *> captions = findChildren<QLabel *>(QStringLiteral("tileCaption"));
    for (QLabel *c : captions) {
        switch (c->property("tile").toInt()) {
        case SlipsThisMonth: c->setText(tr("Slips in %1").arg(monthText)); break;
        case FollowedUp: c->setText(tr("Decisions carried out")); break;
        case Overdue: c->setText(tr("Past their target date")); break;
        case NotOpened: c->setText(tr("Boxes not opened")); break;
        }
    }
    if (!have) {
        for (QLabel *v : m_tileValues)
            v->setText(QStringLiteral("–"));
        for (QLabel *n : m_tileNotes)
            n->clear();
        return;
    }
    const SuggestionReview::Month &last = r.months.last();
    int slips = 0;
    for (int n : last.byKind)
        slips += n;
    m_tileValues[SlipsThisMonth]->setText(QLocale().toString(slips));
    m_tileNotes[SlipsThisMonth]->setText(tr("openings of a box this month: %1").arg(last.sessions));

    m_tileValues[FollowedUp]->setText(
        r.decided == 0 ? QStringLiteral("–")
                       : QStringLiteral("%1%").arg(int(std::lround(100.0 * r.done / r.decided))));
    m_tileNotes[FollowedUp]->setText(tr("%1 of %2 decisions in the 12 months").arg(r.done).arg(r.decided));

    m_tileValues[Overdue]->setText(QLocale().toString(r.overdue));
    m_tileValues[Overdue]->setStyleSheet(r.overdue > 0 ? QStringLiteral("color: #9b1c1c;") : QString());
    m_tileNotes[Overdue]->setText(tr("not done by their target (12 months)"));

    m_tileValues[NotOpened]->setText(QLocale().toString(r.notOpened.size()));
    m_tileValues[NotOpened]->setStyleSheet(!r.notOpened.isEmpty() ? QStringLiteral("color: #9b1c1c;") : QString());
    QStringList names;
    for (const SuggestionBox &b : r.notOpened)
        names << b.name;
    const QString list = names.join(QStringLiteral(", "));
    m_tileNotes[NotOpened]->setText(names.isEmpty()
            ? tr("in %1 every active box was opened").arg(monthText)
            : fontMetrics().elidedText(tr("in %1: %2").arg(monthText, list), Qt::ElideRight, 240));
    m_tileNotes[NotOpened]->setToolTip(list);
}

void SuggestionReviewPage::fillThemes()
{
    m_themes->clear();
    for (const SuggestionReview::Theme &t : m_loaded.review.themes) {
        auto *item = new QListWidgetItem(tr("%1 — %2 months, %3 slips").arg(t.label).arg(t.months).arg(t.slips), m_themes);
        item->setToolTip(item->text());
    }
    if (m_loaded.review.themes.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No service or element came back in two or more months."), m_themes);
        item->setFlags(Qt::NoItemFlags);
    }
}

void SuggestionReviewPage::fillOpen()
{
    const QList<SuggestionSlip> &open = m_loaded.review.open;
    m_open->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const SuggestionSlip &s = open.at(row);
        QString state = followStateName(s.follow);
        if (!s.complaintNumber.isEmpty()) {
            state = tr("%1 · %2").arg(state, s.complaintNumber);
            if (s.complaintState)
                state += QStringLiteral(" (%1)").arg(stateName(*s.complaintState));
        }
        const QStringList cells {m_loaded.minutesNumbers.value(s.sessionId), QString::number(s.number),
                                 s.entry.summary, s.entry.decision ? slipDecisionName(*s.entry.decision) : QString(),
                                 s.ownerName.isEmpty() ? tr("nobody") : s.ownerName, dayText(s.entry.target), state};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (s.follow == FollowState::Overdue) {
                item->setForeground(kOverdue);
                if (col == 6) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            if (col == 1)
                item->setTextAlignment(Qt::AlignCenter);
            m_open->setItem(row, col, item);
        }
    }
    if (open.isEmpty()) {
        m_open->setRowCount(1);
        auto *item = new QTableWidgetItem(tr("Every decision has been carried out."));
        item->setFlags(Qt::NoItemFlags);
        m_open->setItem(0, 0, item);
        m_open->setSpan(0, 0, 1, 7);
    } else {
        m_open->clearSpans();
    }
}

} // namespace loket::ui
