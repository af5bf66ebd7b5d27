// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintsPage.h"

#include "core/catalog/ServiceCatalog.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/Style.h"
#include "ui/complaints/ComplaintFileView.h"
#include "ui/complaints/ComplaintFormDialog.h"
#include "ui/complaints/ComplaintListModel.h"
#include "ui/complaints/ComplaintPrinting.h"
#include "ui/complaints/ComplaintReportDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

using View = ComplaintFilter::View;

ComplaintsPage::ComplaintsPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Complaints"), this));
    top->addStretch(1);
    auto *logButton = new QPushButton(tr("Log a complaint (F11)"), this);
    logButton->setObjectName(QStringLiteral("primary"));
    logButton->setEnabled(m_session.actor.can(Permission::LogComplaint));
    if (m_session.actor.can(Permission::ViewReports) || m_session.actor.can(Permission::ManageComplaints)) {
        auto *report = new QPushButton(tr("Monthly report…"), this);
        top->addWidget(report);
        connect(report, &QPushButton::clicked, this, [this] {
            ComplaintReportDialog dialog(m_session, this);
            dialog.exec();
        });
    }
    top->addWidget(logButton);
    layout->addLayout(top);

    // The views, as one row of toggles.
    auto *views = new QHBoxLayout;
    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    const bool works = m_session.actor.can(Permission::WorkComplaints);
    const std::pair<View, QString> all[] = {{View::Mine, tr("Mine")}, {View::Unassigned, tr("Unassigned")},
        {View::DueSoon, tr("Due soon")}, {View::Overdue, tr("Overdue")}, {View::Open, tr("Open")}, {View::All, tr("All")}};
    for (const auto &[view, label] : all) {
        if (!works && (view == View::Mine || view == View::Unassigned))
            continue;
        auto *b = new QPushButton(label, this);
        b->setCheckable(true);
        b->setProperty("view", int(view));
        m_views->addButton(b, int(view));
        views->addWidget(b);
    }
    if (QAbstractButton *open = m_views->button(int(works ? View::Mine : View::Open))) {
        open->setChecked(true);
        m_view = works ? View::Mine : View::Open;
    }
    views->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the texts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    views->addWidget(m_search, 1);
    layout->addLayout(views);

    auto *filters = new QHBoxLayout;
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("All channels"), QString());
    for (IntakeChannel c : allChannels())
        m_channel->addItem(channelName(c), channelCode(c));
    m_service = new QComboBox(this);
    m_service->addItem(tr("All services"), 0);
    if (auto services = ServiceCatalog(m_session.db, *m_session.clock).list(true)) {
        for (const Service &s : services.value())
            m_service->addItem(s.name, s.id);
    }
    m_state = new QComboBox(this);
    m_state->addItem(tr("Any state"), QString());
    for (ComplaintState s : allStates())
        m_state->addItem(stateName(s), stateCode(s));
    filters->addWidget(m_channel);
    filters->addWidget(m_service, 1);
    filters->addWidget(m_state);
    filters->addStretch(1);
    m_status = new QLabel(this);
    filters->addWidget(m_status);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new ComplaintListModel(this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComplaintListModel::Summary, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setColumnHidden(ComplaintListModel::Channel, true);
    m_table->setColumnHidden(ComplaintListModel::Service, true);
    m_table->setColumnHidden(ComplaintListModel::Received, true); // the number holds the month; the file the day
    m_file = new ComplaintFileView(m_session, split);
    split->addWidget(m_table);
    split->addWidget(m_file);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({680, 420});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ComplaintsPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) {
        m_view = View(id);
        reload();
    });
    for (QComboBox *box : {m_channel, m_service, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &ComplaintsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &now) {
        if (const Complaint *c = m_model->at(now.row()))
            m_file->show(c->id);
        else
            m_file->clear();
    });
    connect(m_file, &ComplaintFileView::changed, this, [this](const Complaint &c) {
        reload();
        select(c.id);
    });
    connect(logButton, &QPushButton::clicked, this, &ComplaintsPage::logComplaint);
    auto *f11 = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(f11, &QShortcut::activated, this, &ComplaintsPage::logComplaint);
    // A complaint logged at a counter or worked on another computer shows up here by itself.
    auto *live = new LiveRefresher(m_session.db, this, [this] { reload(); });
    if (Status started = live->start(); !started)
        m_status->setText(started.error().message);
}

void ComplaintsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ComplaintsPage::setView(View view)
{
    m_view = view;
    if (QAbstractButton *b = m_views->button(int(view)))
        b->setChecked(true);
    reload();
}

void ComplaintsPage::setSearch(const QString &text)
{
    m_search->setText(text);
    reload();
}

void ComplaintsPage::reload()
{
    const qint64 selected = m_file->complaintId();
    ComplaintService service(m_session.db, *m_session.clock);
    Result<QList<Complaint>> rows = QList<Complaint> {};
    const QString words = m_search->text().trimmed();
    if (!words.isEmpty()) {
        rows = service.search(m_session.actor, words, 200);
    } else {
        ComplaintFilter f;
        f.view = m_view;
        f.channel = channelFromCode(m_channel->currentData().toString());
        f.serviceId = m_service->currentData().toLongLong();
        f.state = stateFromCode(m_state->currentData().toString());
        if (f.state && (m_view == View::Open || m_view == View::Mine || m_view == View::Unassigned) && !isOpen(*f.state))
            f.view = View::All;
        rows = service.list(m_session.actor, f);
    }
    if (!rows) {
        m_model->setComplaints({});
        m_status->setText(rows.error().message);
        return;
    }
    m_model->setComplaints(rows.value());
    // In "mine" and "unassigned" every row has the same officer: the summary gets the room.
    m_table->setColumnHidden(ComplaintListModel::Assignee,
                             words.isEmpty() && (m_view == View::Mine || m_view == View::Unassigned));
    if (!words.isEmpty())
        m_status->setText(tr("%n complaint(s) found, newest first", nullptr, int(rows->size())));
    else
        m_status->setText(tr("%n complaint(s)", nullptr, int(rows->size())));
    if (selected > 0 && m_model->rowOf(selected) >= 0) {
        // The same complaint stays open; its file is read again only when its state moved (so a
        // revealed identity or a half-read timeline is not reset by every change in the office).
        const int row = m_model->rowOf(selected);
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->selectRow(row);
        m_file->refreshIfChanged(*m_model->at(row));
    }
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_file->clear();
}

void ComplaintsPage::select(qint64 complaintId)
{
    const int row = m_model->rowOf(complaintId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_file->show(complaintId);
    }
}

void ComplaintsPage::logComplaint()
{
    if (!m_session.actor.can(Permission::LogComplaint))
        return;
    ComplaintFormDialog form(m_session, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const Complaint &c = form.logged();
    QMessageBox box(QMessageBox::Information, tr("Complaint logged"),
                    tr("The complaint is registered as <b>%1</b>. Give this number to the complainant.").arg(c.number),
                    QMessageBox::NoButton, this);
    QPushButton *print = box.addButton(tr("Print the receipt"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(print);
    box.exec();
    if (box.clickedButton() == print)
        complaintprinting::printReceipt(m_session, c.number, this);
    m_search->clear();
    setView(View::Open);
    select(c.id);
}

} // namespace loket::ui
