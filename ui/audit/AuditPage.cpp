// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditPage.h"

#include "core/backup/Backup.h"

#include "core/auth/AuditText.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

AuditPage::AuditPage(Session session, QTimeZone officeZone, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_zone(std::move(officeZone))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(makePageTitle(tr("Audit log"), this));
    layout->addWidget(makeHint(tr("Every change that matters and every refused attempt, newest first. "
                                  "Entries cannot be edited or deleted."),
                               this));
    m_chain = new QLabel(this);
    m_chain->setWordWrap(true);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    layout->addWidget(m_chain);

    const QDate today = m_session.clock->nowUtc().toTimeZone(m_zone).date();
    auto *filters = new QHBoxLayout;
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_user = new QComboBox(this);
    m_user->addItem(tr("All users"), QString());
    m_action = new QComboBox(this);
    m_action->addItem(tr("All actions"), QString());
    // Families in bold, their actions indented under them.
    auto *actions = qobject_cast<QStandardItemModel *>(m_action->model());
    for (const AuditText::Choice &c : AuditText::actionChoices()) {
        const bool family = c.code.endsWith(QLatin1Char('.')) || !c.code.contains(QLatin1Char('.'));
        m_action->addItem(family ? c.label : QStringLiteral("    ") + c.label, c.code);
        if (family && actions) {
            QFont bold = m_action->font();
            bold.setBold(true);
            actions->item(m_action->count() - 1)->setFont(bold);
        }
    }
    m_action->setMaxVisibleItems(20);
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(AuditText::outcome(QStringLiteral("ok")), QStringLiteral("ok"));
    m_outcome->addItem(AuditText::outcome(QStringLiteral("refused")), QStringLiteral("refused"));
    m_outcome->addItem(AuditText::outcome(QStringLiteral("failed")), QStringLiteral("failed"));
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_user, 2);
    filters->addWidget(m_action, 3);
    filters->addWidget(m_outcome, 1);
    layout->addLayout(filters);

    m_model = new AuditTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    const QFontMetrics fm(m_table->font());
    header->resizeSection(AuditTableModel::At, fm.horizontalAdvance(QStringLiteral("00 Mmm 0000 00.00.00")) + 12);
    header->resizeSection(AuditTableModel::User, fm.horizontalAdvance(QStringLiteral("Sistem Loket")) + 16);
    header->resizeSection(AuditTableModel::Action, fm.horizontalAdvance(QStringLiteral("Publikasi standar dicatat")) + 24);
    header->resizeSection(AuditTableModel::Record, fm.horizontalAdvance(QStringLiteral("pengguna petugas1")) + 10);
    header->resizeSection(AuditTableModel::Outcome, fm.horizontalAdvance(QStringLiteral("berhasil")) + 20);
    layout->addWidget(m_table, 1);
    m_status = makeHint(QString(), this);
    layout->addWidget(m_status);

    connect(m_model, &AuditTableModel::failed, m_status, &QLabel::setText);
    connect(m_model, &AuditTableModel::loaded, this, &AuditPage::updateStatus);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    for (QComboBox *box : {m_user, m_action, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillPeople();
    updateChain();
    reload();
}

void AuditPage::updateChain()
{
    auto report = AuditLog(m_session.db, *m_session.clock).verify(m_session.actor, Backup::auditAnchors(m_session.db));
    if (!report) {
        m_chain->setText(tr("The audit log chain could not be checked: %1").arg(report.error().message));
        m_chain->setStyleSheet(QStringLiteral("color: #b42318;"));
        return;
    }
    if (report->intact()) {
        m_chain->setText(tr("Audit log chain intact: %1 entries").arg(QLocale().toString(report->count)));
        m_chain->setStyleSheet(QStringLiteral("color: #1e6b3a; font-weight: bold;"));
    } else {
        m_chain->setText(tr("Warning: the audit log was changed outside Loket. Its chain is %1. Keep this "
                            "database and its backups as they are and report it.")
                             .arg(report->summary(m_zone, [](const QString &action) {
                                 return AuditText::action(action);
                             })));
        m_chain->setStyleSheet(QStringLiteral(
            "background: #fdecea; border: 1px solid #b42318; border-radius: 6px; padding: 8px; color: #b42318; "
            "font-weight: bold;"));
    }
}

QString AuditPage::chainText() const
{
    return m_chain->text();
}

void AuditPage::fillPeople()
{
    if (m_peopleFilled)
        return;
    AuditLog audit(m_session.db, *m_session.clock);
    auto people = audit.people(m_session.actor);
    if (!people)
        return;
    m_peopleFilled = true;
    const QSignalBlocker quiet(m_user);
    for (const AuditPerson &p : people.value()) {
        const QString shown = AuditText::user(p.username);
        m_user->addItem(shown != p.username || p.fullName.isEmpty()
                            ? shown
                            : QStringLiteral("%1 (%2)").arg(p.fullName, p.username),
                        p.username);
    }
}

void AuditPage::setFilter(const QString &username, const QString &action)
{
    fillPeople();
    const QSignalBlocker quietUser(m_user);
    const QSignalBlocker quietAction(m_action);
    m_user->setCurrentIndex(std::max(0, m_user->findData(username)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    reload();
}

void AuditPage::reload()
{
    AuditFilter filter;
    QDate from = m_from->date(), to = m_to->date();
    if (to < from)
        std::swap(from, to);
    filter.fromUtc = QDateTime(from, QTime(0, 0), m_zone).toUTC();
    filter.toUtc = QDateTime(to.addDays(1), QTime(0, 0), m_zone).toUTC();
    filter.action = m_action->currentData().toString();
    filter.username = m_user->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    const DatabasePtr db = m_session.db;
    const Clock *clock = m_session.clock;
    const Actor actor = m_session.actor;
    m_model->reset(filter,
                   [db, clock, actor](const AuditFilter &page) { return AuditLog(db, *clock).list(actor, page); },
                   m_zone);
}

void AuditPage::updateStatus()
{
    const int shown = m_model->rowCount();
    if (m_model->complete())
        m_status->setText(tr("%n entries", nullptr, shown));
    else
        m_status->setText(tr("The newest %1 entries; scroll down for older ones.").arg(QLocale().toString(shown)));
}

} // namespace loket::ui
