// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyCommentsPanel.h"

#include "ui/common/OfficeInfo.h"
#include "ui/survey/SurveyPlanDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

SurveyCommentsPanel::SurveyCommentsPanel(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_manage(m_session.actor.can(Permission::ManageSurvey))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("surveyComments"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Service"), tr("Comment"), tr("Decided")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 210);
    m_table->setColumnWidth(3, 200);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    buttons->addWidget(m_message, 1);
    m_toPlan = new QPushButton(tr("To the follow-up plan…"), this);
    m_toPlan->setToolTip(tr("The comment asks for an improvement: plan it as a follow-up item"));
    m_toComplaint = new QPushButton(tr("Make it a complaint"), this);
    m_toComplaint->setToolTip(tr("The comment is a complaint: log it for the follow-up team (anonymous, received when "
                                 "the response was given)"));
    m_dismiss = new QPushButton(tr("Nothing to do"), this);
    m_dismiss->setToolTip(tr("An appreciation or a remark that needs no action"));
    for (QPushButton *b : {m_toPlan, m_toComplaint, m_dismiss}) {
        b->setVisible(m_manage);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    connect(m_toPlan, &QPushButton::clicked, this, [this] { openToPlan(m_table->currentRow()); });
    connect(m_toComplaint, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_comments.size())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Make it a complaint"),
            tr("Log this comment as an anonymous complaint for the follow-up team? It is received on the day the "
               "response was given, so its deadline counts from then."));
        if (answer == QMessageBox::Yes)
            (void)toComplaint(row); // the outcome is shown in the panel
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { (void)dismiss(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SurveyCommentsPanel::updateButtons);
    updateButtons();
}

Result<QList<SurveyComment>> SurveyCommentsPanel::load(const Session &session, const SurveyPeriod &period)
{
    return SurveyPlanService(session.db, *session.clock).comments(session.actor, period.from(), period.to());
}

void SurveyCommentsPanel::setData(const SurveyPeriod &period, const QList<SurveyComment> &comments)
{
    m_period = period;
    m_comments = comments;
    int open = 0;
    for (const SurveyComment &c : comments)
        open += c.flag == CommentFlag::None ? 1 : 0;
    m_summary->setText(comments.isEmpty() ? tr("No respondent wrote a comment in %1.").arg(period.label())
                                          : tr("%1 comment(s) in %2, %3 not decided yet.")
                                                .arg(comments.size())
                                                .arg(period.label())
                                                .arg(open));
    const QTimeZone zone = OfficeInfo::load(m_session.db).zone;
    const QLocale locale;
    m_table->setRowCount(int(comments.size()));
    for (int row = 0; row < comments.size(); ++row) {
        const SurveyComment &c = comments.at(row);
        QString decided = commentFlagLabel(c.flag);
        if (c.flag == CommentFlag::Complaint && !c.complaintNumber.isEmpty())
            decided = tr("Complaint %1").arg(c.complaintNumber);
        m_table->setItem(row, 0, cell(locale.toString(c.answeredAt.toTimeZone(zone).date(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, cell(c.serviceName));
        m_table->setItem(row, 2, cell(c.text));
        QTableWidgetItem *d = cell(decided);
        if (c.flag == CommentFlag::None) {
            QFont bold = d->font();
            bold.setBold(true);
            d->setFont(bold);
        }
        m_table->setItem(row, 3, d);
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

void SurveyCommentsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_comments.size();
    const bool complaint = any && m_comments.at(row).flag == CommentFlag::Complaint;
    m_toPlan->setEnabled(m_manage && any && !complaint);
    m_toComplaint->setEnabled(m_manage && any && !complaint);
    m_dismiss->setEnabled(m_manage && any && !complaint && m_comments.at(row).flag != CommentFlag::Dismissed);
}

void SurveyCommentsPanel::said(const Status &status, const QString &done)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #9b1c1c;"));
    m_message->setText(status ? done : status.error().message);
    if (status)
        Q_EMIT changed();
}

SurveyPlanItemDialog *SurveyCommentsPanel::openToPlan(int row)
{
    if (!m_manage || row < 0 || row >= m_comments.size() || !m_period.isValid())
        return nullptr;
    const SurveyComment c = m_comments.at(row);
    PlanProposal from;
    from.serviceId = c.serviceId;
    from.serviceName = c.serviceName;
    from.suggestedAction = c.text;
    auto *dialog = new SurveyPlanItemDialog(m_period, &from, [this, c](const PlanItemEntry &e) -> Status {
        auto added = SurveyPlanService(m_session.db, *m_session.clock).commentToPlan(m_session.actor, c.responseId, e);
        if (!added)
            return added.error();
        said({}, tr("The comment is in the follow-up plan."));
        return {};
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Status SurveyCommentsPanel::toComplaint(int row)
{
    if (!m_manage || row < 0 || row >= m_comments.size())
        return makeError(ErrorCode::InvalidInput, tr("Choose a comment first."));
    auto number = SurveyPlanService(m_session.db, *m_session.clock).commentToComplaint(m_session.actor, m_comments.at(row).responseId);
    const Status s = number ? Status() : Status(number.error());
    said(s, number ? tr("Complaint %1 is on the follow-up team's list.").arg(number.value()) : QString());
    return s;
}

Status SurveyCommentsPanel::dismiss(int row)
{
    if (!m_manage || row < 0 || row >= m_comments.size())
        return makeError(ErrorCode::InvalidInput, tr("Choose a comment first."));
    const Status s = SurveyPlanService(m_session.db, *m_session.clock).dismissComment(m_session.actor, m_comments.at(row).responseId);
    said(s, tr("Marked: nothing to do."));
    return s;
}

} // namespace loket::ui
