// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyPlanPanel.h"

#include "core/common/SurveyElements.h"
#include "ui/common/OfficeInfo.h"
#include "ui/survey/SurveyPlanDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

const QColor kOverdue(0x9b, 0x1c, 0x1c);

QString dayText(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

QString centi(int value)
{
    return centiText(value, QLocale().decimalPoint().at(0));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("font-weight: 600;"));
    return l;
}

} // namespace

Result<SurveyPlanPanel::Data> SurveyPlanPanel::load(const Session &session, const SurveyIndexReport &report,
                                                     const SurveyPeriod &period)
{
    SurveyPlanService plan(session.db, *session.clock);
    Data out;
    out.periodCode = period.code();
    auto items = plan.items(session.actor, out.periodCode);
    if (!items)
        return items.error();
    out.items = items.value();
    auto pubs = plan.publications(session.actor, out.periodCode);
    if (!pubs)
        return pubs.error();
    out.publications = pubs.value();
    auto standing = plan.standing(session.actor, out.periodCode);
    if (!standing)
        return standing.error();
    out.standing = standing.value();
    auto proposals = plan.proposals(session.actor, report, out.periodCode);
    if (!proposals)
        return proposals.error();
    out.proposals = proposals.value();
    return out;
}

SurveyPlanPanel::SurveyPlanPanel(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_manage(m_session.actor.can(Permission::ManageSurvey))
{
    // How the plan stands across the top; the items on the left, the proposals and publications on the right.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("planStanding"));
    m_standing->setWordWrap(true);
    bar->addWidget(m_standing, 1);
    m_add = new QPushButton(tr("Add item…"), this);
    m_done = new QPushButton(tr("Mark done…"), this);
    m_publish = new QPushButton(tr("Record publication…"), this);
    m_forum = new QPushButton(tr("Public forum…"), this);
    m_forum->setToolTip(tr("The day the public forum discussed the result"));
    for (QPushButton *b : {m_add, m_done, m_publish, m_forum}) {
        b->setVisible(m_manage);
        bar->addWidget(b);
    }
    outer->addLayout(bar);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    auto *left = new QVBoxLayout;
    m_items = new QTableWidget(0, 6, this);
    m_items->setHorizontalHeaderLabels({tr("Element"), tr("Action"), tr("In charge", "short column header"), tr("Target"),
                                        tr("Status"), tr("Evidence")});
    m_items->horizontalHeaderItem(2)->setToolTip(tr("Person in charge"));
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setAlternatingRowColors(true);
    m_items->setShowGrid(false);
    // The action and the evidence are sentences: rows grow to show them whole.
    m_items->setWordWrap(true);
    m_items->setTextElideMode(Qt::ElideNone);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setMinimumHeight(80);
    m_items->verticalHeader()->hide();
    m_items->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_items->horizontalHeader();
    header->setHighlightSections(false);
    // The long texts get a width of their own (the whole text is in the tooltip); the action takes the rest.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair {0, 125}, std::pair {2, 130}, std::pair {3, 95}, std::pair {4, 115},
                                        std::pair {5, 105}})
        m_items->setColumnWidth(column, width);
    left->addWidget(m_items, 1);
    layout->addLayout(left, 5);

    auto *right = new QVBoxLayout;
    right->addWidget(caption(tr("Proposed (elements graded D without an item)"), this));
    m_proposals = new QListWidget(this);
    m_proposals->setAlternatingRowColors(true);
    m_proposals->setMinimumHeight(40);
    right->addWidget(m_proposals, 1);
    m_plan = new QPushButton(tr("Plan the proposal…"), this);
    m_plan->setVisible(m_manage);
    right->addWidget(m_plan);
    right->setSpacing(3);
    right->addWidget(caption(tr("Published"), this));
    m_publications = new QListWidget(this);
    m_publications->setAlternatingRowColors(true);
    m_publications->setMinimumHeight(40);
    right->addWidget(m_publications, 1);
    layout->addLayout(right, 2);

    connect(m_add, &QPushButton::clicked, this, [this] { openAddItem(); });
    connect(m_plan, &QPushButton::clicked, this, [this] { openAddItem(m_proposals->currentRow()); });
    connect(m_proposals, &QListWidget::itemDoubleClicked, this, [this] { openAddItem(m_proposals->currentRow()); });
    connect(m_done, &QPushButton::clicked, this, [this] { openMarkDone(m_items->currentRow()); });
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openMarkDone(row); });
    connect(m_publish, &QPushButton::clicked, this, [this] { openPublication(); });
    connect(m_forum, &QPushButton::clicked, this, [this] { openForum(); });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &SurveyPlanPanel::updateButtons);
    connect(m_proposals, &QListWidget::itemSelectionChanged, this, &SurveyPlanPanel::updateButtons);
    updateButtons();
}

QDate SurveyPlanPanel::today() const
{
    return m_session.clock->nowUtc().toTimeZone(OfficeInfo::load(m_session.db).zone).date();
}

void SurveyPlanPanel::setData(const SurveyPeriod &period, const Data &data)
{
    m_period = period;
    m_data = data;
    fill();
}

void SurveyPlanPanel::fill()
{
    const PlanStanding &s = m_data.standing;
    QString standing = s.items == 0
        ? tr("No follow-up item for %1 yet.").arg(m_period.label())
        : tr("%1 items, %2 done (%3%)").arg(s.items).arg(s.done).arg(s.donePercent());
    if (s.overdue > 0)
        standing += QStringLiteral(" · <span style='color:#9b1c1c; font-weight:600'>%1</span>")
                        .arg(tr("past the target date: %1").arg(s.overdue));
    standing += QStringLiteral(" · ") + tr("media published on: %1 (evaluators want 4)").arg(s.distinctMedia);
    standing += QStringLiteral(" · ") + (s.forumDate ? tr("public forum on %1").arg(dayText(*s.forumDate))
                                                     : tr("no public forum recorded"));
    m_standing->setText(standing);

    const QDate now = today();
    m_items->setRowCount(int(m_data.items.size()));
    for (int row = 0; row < m_data.items.size(); ++row) {
        const PlanItem &i = m_data.items.at(row);
        const bool late = i.overdue(now);
        QString status = planStatusLabel(i.status);
        if (i.status == PlanStatus::Done && i.doneDate.isValid())
            status = tr("%1 on %2").arg(status, dayText(i.doneDate));
        else if (late)
            status = tr("%1 · overdue").arg(status);
        const QStringList cells {i.element.isEmpty() ? tr("(no element)") : SurveyElements::label(i.element), i.action,
                                 i.personInCharge, dayText(i.targetDate), status, i.evidence};
        for (int col = 0; col < cells.size(); ++col) {
            QTableWidgetItem *item = cell(cells.at(col));
            if (late) {
                item->setForeground(kOverdue);
                if (col == 4) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_items->setItem(row, col, item);
        }
    }
    m_items->resizeRowsToContents();

    m_proposals->clear();
    for (const PlanProposal &p : m_data.proposals) {
        const QString where = p.serviceId == 0 ? tr("the office") : p.serviceName;
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(SurveyElements::label(p.element), centi(p.convertedCenti), where),
                                         m_proposals);
        item->setToolTip(p.suggestedAction);
        item->setForeground(kOverdue);
    }
    if (m_data.proposals.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No element is graded D."), m_proposals);
        item->setFlags(Qt::NoItemFlags);
    }
    m_publications->clear();
    for (const SurveyPublication &p : m_data.publications) {
        auto *item = new QListWidgetItem(p.reference.isEmpty() ? tr("%1 — %2").arg(dayText(p.date), p.medium)
                                                               : tr("%1 — %2 (%3)").arg(dayText(p.date), p.medium, p.reference),
                                         m_publications);
        item->setToolTip(item->text());
    }
    if (m_data.publications.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Not published yet."), m_publications);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void SurveyPlanPanel::updateButtons()
{
    const int row = m_items->currentRow();
    const bool open = row >= 0 && row < m_data.items.size() && m_data.items.at(row).status != PlanStatus::Done;
    m_done->setEnabled(open);
    const int p = m_proposals->currentRow();
    m_plan->setEnabled(p >= 0 && p < m_data.proposals.size());
    const bool periodShown = m_period.isValid();
    m_add->setEnabled(periodShown);
    m_publish->setEnabled(periodShown);
    m_forum->setEnabled(periodShown);
}

SurveyPlanItemDialog *SurveyPlanPanel::openAddItem(int proposalRow)
{
    if (!m_manage || !m_period.isValid())
        return nullptr;
    const PlanProposal *proposal =
        proposalRow >= 0 && proposalRow < m_data.proposals.size() ? &m_data.proposals.at(proposalRow) : nullptr;
    auto *dialog = new SurveyPlanItemDialog(m_period, proposal, [this](const PlanItemEntry &e) -> Status {
        auto added = SurveyPlanService(m_session.db, *m_session.clock).addItem(m_session.actor, e);
        if (!added)
            return added.error();
        Q_EMIT changed();
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SurveyPlanDoneDialog *SurveyPlanPanel::openMarkDone(int itemRow)
{
    if (!m_manage || itemRow < 0 || itemRow >= m_data.items.size() || m_data.items.at(itemRow).status == PlanStatus::Done)
        return nullptr;
    const qint64 id = m_data.items.at(itemRow).id;
    auto *dialog = new SurveyPlanDoneDialog(m_data.items.at(itemRow), [this, id](const QString &evidence) -> Status {
        auto done = SurveyPlanService(m_session.db, *m_session.clock).setStatus(m_session.actor, id, PlanStatus::Done, evidence);
        if (!done)
            return done.error();
        Q_EMIT changed();
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SurveyPublicationDialog *SurveyPlanPanel::openPublication()
{
    if (!m_manage || !m_period.isValid())
        return nullptr;
    const QString code = m_period.code();
    auto *dialog = new SurveyPublicationDialog(m_period, today(), [this, code](const QString &medium, QDate date,
                                                                         const QString &reference) -> Status {
        auto added = SurveyPlanService(m_session.db, *m_session.clock).addPublication(m_session.actor, code, medium, date,
                                                                                     reference);
        if (!added)
            return added.error();
        Q_EMIT changed();
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SurveyForumDialog *SurveyPlanPanel::openForum()
{
    if (!m_manage || !m_period.isValid())
        return nullptr;
    const QString code = m_period.code();
    const QDate day = m_data.standing.forumDate.value_or(today());
    auto *dialog = new SurveyForumDialog(m_period, day, [this, code](QDate date) -> Status {
        if (Status s = SurveyPlanService(m_session.db, *m_session.clock).setForumDate(m_session.actor, code, date); !s)
            return s;
        Q_EMIT changed();
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace loket::ui
