// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SuggestionsPage.h"

#include "core/suggestions/SuggestionService.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ReasonDialog.h"
#include "ui/common/Style.h"
#include "ui/suggestions/SessionView.h"
#include "ui/suggestions/SuggestionDialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

SuggestionsPage::SuggestionsPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Suggestion boxes"), this));
    top->addStretch(1);
    const bool supervises = m_session.actor.can(Permission::ManageSuggestions);
    m_boxes = new QPushButton(tr("Suggestion boxes…"), this);
    m_boxes->setVisible(supervises || m_session.actor.can(Permission::ManageSettings));
    m_open = new QPushButton(tr("Open a suggestion box…"), this);
    m_open->setObjectName(QStringLiteral("primary"));
    m_open->setVisible(supervises);
    top->addWidget(m_boxes);
    top->addWidget(m_open);
    layout->addLayout(top);
    m_bar = new MessageBar(this);
    layout->addWidget(m_bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QHBoxLayout;
    m_month = new QComboBox(left);
    m_month->addItem(tr("All months"), QDate());
    const QDate today = SuggestionService(m_session.db, *m_session.clock).today();
    for (int i = 0; i < 13; ++i) {
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-i);
        m_month->addItem(QLocale().toString(m, QStringLiteral("MMMM yyyy")), m);
    }
    filter->addWidget(m_month, 1);
    m_status = new QLabel(left);
    filter->addWidget(m_status);
    leftLayout->addLayout(filter);
    m_list = new QTableWidget(0, 4, left);
    m_list->setHorizontalHeaderLabels({tr("Minutes"), tr("Box"), tr("Opened"), tr("Slips", "a column: how many slips")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    leftLayout->addWidget(m_list, 1);
    m_discard = new QPushButton(tr("Discard the draft…"), left);
    m_discard->setVisible(supervises);
    leftLayout->addWidget(m_discard, 0, Qt::AlignLeft);
    m_view = new SessionView(m_session, m_bar, split);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 740});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_month, &QComboBox::currentIndexChanged, this, &SuggestionsPage::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_sessions.size() && m_sessions.at(row).id != m_view->sessionId())
            m_view->show(m_sessions.at(row).id);
        updateButtons();
    });
    connect(m_view, &SessionView::changed, this, [this](qint64 id) {
        reload();
        select(id);
    });
    connect(m_open, &QPushButton::clicked, this, &SuggestionsPage::openSession);
    connect(m_boxes, &QPushButton::clicked, this, &SuggestionsPage::manageBoxes);
    connect(m_discard, &QPushButton::clicked, this, [this] { discard(); });
    // Slips typed at another computer, or minutes signed there, show up here by themselves.
    auto *live = new LiveRefresher(m_session.db, this, [this] {
        reload();
        m_view->reload();
    });
    if (Status started = live->start(); !started)
        m_status->setText(started.error().message);
}

void SuggestionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void SuggestionsPage::reload()
{
    const qint64 selected = m_view->sessionId();
    auto rows = SuggestionService(m_session.db, *m_session.clock).sessions(m_session.actor, m_month->currentData().toDate());
    if (!rows) {
        m_bar->showMessage(MessageBar::Kind::Error, rows.error().message);
        return;
    }
    m_sessions = rows.value();
    const QSignalBlocker quiet(m_list);
    m_list->setRowCount(int(m_sessions.size()));
    int keep = -1;
    for (int r = 0; r < m_sessions.size(); ++r) {
        const SuggestionSession &s = m_sessions.at(r);
        if (s.id == selected)
            keep = r;
        auto *state = new QTableWidgetItem(s.isSigned() ? s.number : tr("Draft"));
        state->setForeground(s.isSigned() ? QColor(0x1e, 0x7a, 0x34) : QColor(0xb0, 0x4a, 0x00));
        state->setToolTip(sessionStateName(s.state));
        m_list->setItem(r, 0, state);
        m_list->setItem(r, 1, new QTableWidgetItem(s.boxName));
        m_list->item(r, 1)->setToolTip(s.boxLocation);
        m_list->setItem(r, 2, new QTableWidgetItem(QLocale().toString(s.openedOn, QStringLiteral("d MMM yyyy"))));
        auto *count = new QTableWidgetItem(QString::number(s.slipCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(r, 3, count);
    }
    m_status->setText(tr("%n opening(s)", nullptr, int(m_sessions.size())));
    if (keep >= 0) {
        m_list->selectRow(keep);
    } else if (!m_sessions.isEmpty()) {
        m_list->selectRow(0);
        m_view->show(m_sessions.first().id);
    } else {
        m_view->clear();
    }
    updateButtons();
}

void SuggestionsPage::select(qint64 sessionId)
{
    for (int r = 0; r < m_sessions.size(); ++r) {
        if (m_sessions.at(r).id == sessionId) {
            m_list->selectRow(r);
            if (m_view->sessionId() != sessionId)
                m_view->show(sessionId);
            return;
        }
    }
}

void SuggestionsPage::updateButtons()
{
    const int row = m_list->currentRow();
    m_discard->setEnabled(row >= 0 && row < m_sessions.size() && !m_sessions.at(row).isSigned());
}

void SuggestionsPage::openSession()
{
    OpenSessionDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SuggestionSession s = dialog.opened();
    m_bar->showMessage(MessageBar::Kind::Calm,
                       tr("%1 is opened. Record the team and the witnesses, then type the slips.").arg(s.boxName));
    m_month->setCurrentIndex(0);
    reload();
    select(s.id);
    m_view->show(s.id);
    // First the team and the witnesses, then the slips.
    m_view->tabs()->setCurrentIndex(1);
    m_view->memberName()->setFocus();
}

void SuggestionsPage::manageBoxes()
{
    BoxesDialog dialog(m_session, this);
    dialog.exec();
    reload();
}

bool SuggestionsPage::discard()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sessions.size() || m_sessions.at(row).isSigned())
        return false;
    const SuggestionSession s = m_sessions.at(row);
    std::optional<QString> reason = ReasonDialog::ask(
        this, tr("Discard the draft"),
        tr("Discard the opening of %1 on %2 with its %n slip(s)? Say why.", nullptr, s.slipCount)
            .arg(s.boxName, QLocale().toString(s.openedOn, QStringLiteral("d MMMM yyyy"))),
        {tr("Opened by mistake"), tr("Wrong box"), tr("Entered twice")}, true, tr("Discard"));
    if (!reason)
        return false;
    Status done = SuggestionService(m_session.db, *m_session.clock).discard(m_session.actor, s.id, *reason);
    if (!done) {
        m_bar->showMessage(MessageBar::Kind::Error, done.error().message);
        return false;
    }
    m_bar->showMessage(MessageBar::Kind::Calm, tr("The draft opening of %1 is discarded.").arg(s.boxName));
    m_view->clear();
    reload();
    return true;
}

} // namespace loket::ui
