// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SlipEntry.h"

#include "core/catalog/ServiceCatalog.h"
#include "core/complaints/Complaint.h"
#include "core/suggestions/SuggestionService.h"
#include "ui/common/MessageBar.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

// The keys, shown next to each choice.
QKeySequence kindKey(SlipKind k) { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(k))); }
QKeySequence decisionKey(SlipDecision d) { return QKeySequence(Qt::Key(Qt::Key_F5 + int(d))); }
const QKeySequence kUndecidedKey(Qt::Key_F4);

// Short names for the toggles, so both rows fit beside the openings list at 1366 px; the full name is the tooltip.
QString shortKind(SlipKind k)
{
    switch (k) {
    case SlipKind::Pengaduan: return SlipEntry::tr("Complaint");
    case SlipKind::Saran: return SlipEntry::tr("Suggestion");
    case SlipKind::Apresiasi: return SlipEntry::tr("Praise");
    case SlipKind::Pertanyaan: return SlipEntry::tr("Question");
    case SlipKind::Kosong: return SlipEntry::tr("Empty");
    }
    return {};
}

QString shortDecision(SlipDecision d)
{
    switch (d) {
    case SlipDecision::TindakLanjut: return SlipEntry::tr("Follow-up team");
    case SlipDecision::Dijawab: return SlipEntry::tr("Answered");
    case SlipDecision::Arsip: return SlipEntry::tr("Archive");
    case SlipDecision::Lapor: return SlipEntry::tr("SP4N-LAPOR!");
    case SlipDecision::BukanKewenangan: return SlipEntry::tr("Not our authority");
    }
    return {};
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

SlipEntry::SlipEntry(Session session, MessageBar *bar, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_bar(bar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildForm();
    layout->addWidget(m_form);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Summary"), tr("Kind"), tr("Decision"), tr("Service · element"),
                                        tr("In charge"), tr("Follow-up")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Summary, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { edit(row); });
    clear();
}

void SlipEntry::buildForm()
{
    m_form = new QWidget(this);
    auto *grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);

    m_number = new QLabel(m_form);
    m_number->setObjectName(QStringLiteral("slipNumber"));
    m_number->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px; color: #1f4e79;"));
    m_summary = new QLineEdit(m_form);
    m_summary->setPlaceholderText(tr("What the slip says… (Enter saves and starts the next slip)"));
    m_summary->setMaxLength(1000);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_number);
    summaryRow->addWidget(m_summary, 1);
    grid->addLayout(summaryRow, 0, 0, 1, 4);

    // The kind and the decision: toggles that never take the focus, each with its key.
    auto choiceRow = [this](const QString &title, QButtonGroup *group) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(title, m_form);
        label->setMinimumWidth(72);
        row->addWidget(label);
        for (QAbstractButton *b : group->buttons())
            row->addWidget(b);
        row->addStretch(1);
        return row;
    };
    auto makeButton = [this](const QString &name, const QKeySequence &key, const QString &tip) {
        auto *b = new QPushButton(QStringLiteral("%1  %2").arg(name, key.toString(QKeySequence::NativeText)), m_form);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolTip(tip);
        b->setStyleSheet(QStringLiteral("QPushButton { padding: 3px 6px; } "
                                        "QPushButton:checked { background: #1f4e79; color: white; }"));
        return b;
    };
    m_kinds = new QButtonGroup(this);
    for (SlipKind k : allSlipKinds()) {
        QPushButton *b = makeButton(shortKind(k), kindKey(k), slipKindName(k));
        m_kinds->addButton(b, int(k));
        auto *key = new QShortcut(kindKey(k), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, k] { setKind(k); });
    }
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) {
        setKind(SlipKind(id));
        m_summary->setFocus();
    });
    m_decisions = new QButtonGroup(this);
    {
        QPushButton *none = makeButton(tr("Later"), kUndecidedKey, tr("Decide later: the minutes cannot be signed "
                                                                            "until every slip is decided."));
        m_decisions->addButton(none, -1);
        auto *key = new QShortcut(kUndecidedKey, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this] { setDecision(std::nullopt); });
    }
    for (SlipDecision d : allSlipDecisions()) {
        QPushButton *b = makeButton(shortDecision(d), decisionKey(d), slipDecisionName(d));
        m_decisions->addButton(b, int(d));
        auto *key = new QShortcut(decisionKey(d), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, d] { setDecision(d); });
    }
    connect(m_decisions, &QButtonGroup::idClicked, this, [this](int id) {
        setDecision(id < 0 ? std::nullopt : std::optional<SlipDecision>(SlipDecision(id)));
        m_summary->setFocus();
    });
    grid->addLayout(choiceRow(tr("Kind"), m_kinds), 1, 0, 1, 4);
    grid->addLayout(choiceRow(tr("Decision"), m_decisions), 2, 0, 1, 4);

    // The optional details, reached with Tab or Alt and the underlined letter.
    m_service = new QComboBox(m_form);
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_service->completer()->setFilterMode(Qt::MatchContains);
    m_service->setMinimumContentsLength(14);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_element = new QComboBox(m_form);
    m_element->addItem(tr("No element"), QString());
    for (int i = 1; i <= 9; ++i) {
        const QString code = QStringLiteral("U%1").arg(i);
        m_element->addItem(surveyElementName(code), code);
    }
    m_element->setMinimumContentsLength(10);
    m_element->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner = new QComboBox(m_form);
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_owner->completer()->setFilterMode(Qt::MatchContains);
    m_owner->setMinimumContentsLength(10);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hasTarget = new QCheckBox(tr("&Target"), m_form);
    m_target = new QDateEdit(m_form);
    m_target->setCalendarPopup(true);
    m_target->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_target->setEnabled(false);
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);

    auto *details = new QHBoxLayout;
    auto *more = new QHBoxLayout;
    auto labelled = [&](QHBoxLayout *row, const QString &text, QWidget *w, int stretch) {
        auto *l = new QLabel(text, m_form);
        l->setBuddy(w);
        if (row == details || row == more)
            l->setMinimumWidth(row->count() == 0 ? 72 : 0);
        row->addWidget(l);
        row->addWidget(w, stretch);
    };
    labelled(details, tr("&Service"), m_service, 3);
    labelled(details, tr("E&lement"), m_element, 2);
    labelled(more, tr("&In charge"), m_owner, 3);
    more->addWidget(m_hasTarget);
    more->addWidget(m_target, 1);
    grid->addLayout(details, 3, 0, 1, 4);
    grid->addLayout(more, 4, 0, 1, 4);

    m_save = new QPushButton(tr("Save slip (Enter)"), m_form);
    m_save->setObjectName(QStringLiteral("primary"));
    m_save->setFocusPolicy(Qt::NoFocus);
    m_cancel = new QPushButton(tr("Cancel the change (Esc)"), m_form);
    m_cancel->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Enter or double-click a row to change it, Delete to remove it."), m_form);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    grid->addLayout(buttons, 5, 0, 1, 4);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &SlipEntry::cancelEdit);

    for (QWidget *w : std::initializer_list<QWidget *> {m_summary, m_service, m_element, m_owner, m_hasTarget, m_target})
        w->installEventFilter(this);
    if (m_service->lineEdit())
        m_service->lineEdit()->installEventFilter(this);
    if (m_owner->lineEdit())
        m_owner->lineEdit()->installEventFilter(this);
}

bool SlipEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table) {
            const int row = m_table->currentRow();
            if (enter && row >= 0 && m_editable) {
                edit(row);
                return true;
            }
            if (key->key() == Qt::Key_Delete && row >= 0 && m_editable) {
                removeRow(row);
                return true;
            }
            return QWidget::eventFilter(watched, event);
        }
        // In the form: Enter saves (unless a completer's list is open), Esc drops a change.
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (!combo && watched->parent())
            combo = qobject_cast<QComboBox *>(watched->parent());
        const bool popupOpen = combo && combo->completer() && combo->completer()->popup()
            && combo->completer()->popup()->isVisible();
        if (enter && !popupOpen && m_editable) {
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_editing > 0) {
            cancelEdit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SlipEntry::clear()
{
    m_current = {};
    m_slips.clear();
    m_editable = false;
    m_editing = 0;
    m_table->setRowCount(0);
    m_form->hide();
}

void SlipEntry::setSession(const SuggestionSession &session, const QList<SuggestionSlip> &slips)
{
    const bool same = session.id == m_current.id;
    m_current = session;
    m_slips = slips;
    m_editable = !session.isSigned() && m_session.actor.can(Permission::RecordSlips);
    m_form->setVisible(m_editable);
    m_table->setColumnHidden(Follow, !session.isSigned());
    if (!same || !m_editable) {
        m_editing = 0;
        // The lists of the form, read once per session shown.
        SuggestionService service(m_session.db, *m_session.clock);
        m_service->clear();
        m_service->addItem(tr("No service"), 0);
        if (auto services = ServiceCatalog(m_session.db, *m_session.clock).list()) {
            for (const Service &s : services.value())
                m_service->addItem(s.name, s.id);
        }
        m_owner->clear();
        m_owner->addItem(tr("Nobody yet"), 0);
        if (auto people = service.people(m_session.actor)) {
            for (const SuggestionService::Person &p : people.value())
                m_owner->addItem(p.fullName, p.userId);
        }
        m_kind = SlipKind::Saran;
        m_decision.reset();
        resetForm();
    }
    fillTable();
    showNumber();
}

void SlipEntry::fillTable()
{
    const qint64 selected = selectedSlip() ? selectedSlip()->id : 0;
    // Columns sized once at the end: sized to their contents on every cell, 50 slips take seconds.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(int(m_slips.size()));
    int keep = -1;
    for (int r = 0; r < m_slips.size(); ++r) {
        const SuggestionSlip &s = m_slips.at(r);
        if (s.id == selected)
            keep = r;
        m_table->setItem(r, Number, cell(QString::number(s.number)));
        m_table->item(r, Number)->setData(Qt::UserRole, s.id);
        m_table->setItem(r, Summary, cell(s.entry.summary));
        m_table->setItem(r, Kind, cell(shortKind(s.entry.kind), slipKindName(s.entry.kind)));
        auto *decision = s.entry.decision ? cell(shortDecision(*s.entry.decision), slipDecisionName(*s.entry.decision))
                                          : cell(tr("Not decided"));
        if (!s.entry.decision)
            decision->setForeground(QColor(0xb0, 0x4a, 0x00));
        m_table->setItem(r, Decision, decision);
        QString service = s.serviceName;
        if (!s.entry.element.isEmpty())
            service += (service.isEmpty() ? QString() : QStringLiteral(" · ")) + s.entry.element;
        m_table->setItem(r, ServiceCol, cell(service, s.entry.element.isEmpty() ? s.serviceName
                                                      : s.serviceName + QLatin1Char('\n') + surveyElementName(s.entry.element)));
        QString owner = s.ownerName;
        if (s.entry.target.isValid())
            owner += (owner.isEmpty() ? QString() : QStringLiteral(" · "))
                + tr("by %1").arg(QLocale().toString(s.entry.target, QStringLiteral("d MMM")));
        m_table->setItem(r, Owner, cell(owner));
        QString follow = followStateName(s.follow);
        if (!s.complaintNumber.isEmpty()) {
            follow = s.complaintNumber;
            if (s.complaintState)
                follow += QStringLiteral(" · ") + stateName(*s.complaintState);
        } else if (s.doneAt.isValid()) {
            follow = tr("Done: %1").arg(s.doneNote);
        }
        auto *followCell = cell(follow, followStateName(s.follow) + QLatin1Char('\n') + follow);
        if (s.follow == FollowState::Overdue)
            followCell->setForeground(QColor(0xb0, 0x1e, 0x1e));
        else if (s.follow == FollowState::Done)
            followCell->setForeground(QColor(0x1e, 0x7a, 0x34));
        m_table->setItem(r, Follow, followCell);
    }
    // A column nobody filled in takes no room; once signed the service is on the minutes.
    bool anyService = false, anyOwner = false;
    for (const SuggestionSlip &s : m_slips) {
        anyService |= s.entry.serviceId > 0 || !s.entry.element.isEmpty();
        anyOwner |= s.entry.ownerId > 0 || s.entry.target.isValid();
    }
    m_table->setColumnHidden(ServiceCol, !anyService || m_current.isSigned());
    m_table->setColumnHidden(Owner, !anyOwner);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c) {
        const int widest = c == Follow ? 230 : (c == Owner ? 180 : (c == ServiceCol ? 130 : 150));
        if (c != Summary && m_table->columnWidth(c) > widest)
            m_table->setColumnWidth(c, widest);
    }
    header->setSectionResizeMode(Summary, QHeaderView::Stretch);
    m_table->setUpdatesEnabled(true);
    if (keep >= 0)
        m_table->selectRow(keep);
}

void SlipEntry::showNumber()
{
    if (m_editing > 0) {
        for (const SuggestionSlip &s : m_slips) {
            if (s.id == m_editing)
                m_number->setText(tr("Slip %1 (changing)").arg(s.number));
        }
    } else {
        m_number->setText(tr("Slip %1").arg(m_slips.size() + 1));
    }
    m_cancel->setVisible(m_editing > 0);
}

void SlipEntry::setKind(SlipKind kind)
{
    m_kind = kind;
    if (QAbstractButton *b = m_kinds->button(int(kind)))
        b->setChecked(true);
}

void SlipEntry::setDecision(std::optional<SlipDecision> decision)
{
    m_decision = decision;
    if (QAbstractButton *b = m_decisions->button(decision ? int(*decision) : -1))
        b->setChecked(true);
}

void SlipEntry::resetForm()
{
    m_summary->clear();
    m_service->setCurrentIndex(0);
    m_element->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_hasTarget->setChecked(false);
    m_target->setDate(SuggestionService(m_session.db, *m_session.clock).today().addDays(14));
    setKind(m_kind);
    setDecision(m_decision);
}

bool SlipEntry::save()
{
    if (!m_editable || m_current.id == 0)
        return false;
    loket::SlipEntry e;
    e.summary = m_summary->text().trimmed();
    e.kind = m_kind;
    e.decision = m_decision;
    // A typed service name that matches an item is that item.
    int serviceIndex = m_service->findText(m_service->currentText(), Qt::MatchFixedString);
    e.serviceId = serviceIndex >= 0 ? m_service->itemData(serviceIndex).toLongLong() : 0;
    if (serviceIndex < 0 && !m_service->currentText().trimmed().isEmpty()) {
        m_bar->showMessage(MessageBar::Kind::Error,
                           tr("There is no service named \"%1\": pick one from the list.").arg(m_service->currentText()));
        m_service->setFocus();
        return false;
    }
    e.element = m_element->currentData().toString();
    int ownerIndex = m_owner->findText(m_owner->currentText(), Qt::MatchFixedString);
    e.ownerId = ownerIndex >= 0 ? m_owner->itemData(ownerIndex).toLongLong() : 0;
    if (ownerIndex < 0 && !m_owner->currentText().trimmed().isEmpty()) {
        m_bar->showMessage(MessageBar::Kind::Error,
                           tr("There is nobody named \"%1\": pick a person from the list.").arg(m_owner->currentText()));
        m_owner->setFocus();
        return false;
    }
    if (m_hasTarget->isChecked())
        e.target = m_target->date();

    SuggestionService service(m_session.db, *m_session.clock);
    Result<SuggestionSlip> saved = m_editing > 0 ? service.updateSlip(m_session.actor, m_editing, e)
                                                 : service.addSlip(m_session.actor, m_current.id, e);
    m_summary->setFocus();
    if (!saved) {
        m_bar->showMessage(MessageBar::Kind::Error, saved.error().message);
        return false;
    }
    if (m_editing > 0) {
        m_bar->showMessage(MessageBar::Kind::Calm, tr("Slip %1 changed.").arg(saved->number));
        for (SuggestionSlip &s : m_slips) {
            if (s.id == saved->id)
                s = saved.value();
        }
        m_editing = 0;
        m_kind = SlipKind::Saran; // back to what the piles were before the change
        m_decision.reset();
        if (!m_slips.isEmpty()) {
            m_kind = m_slips.last().entry.kind;
            m_decision = m_slips.last().entry.decision;
        }
    } else {
        m_bar->showMessage(MessageBar::Kind::Calm, tr("Slip %1 saved.").arg(saved->number));
        m_slips << saved.value();
    }
    resetForm();
    // The view reads the slips and the summary again, and with them this table.
    Q_EMIT changed();
    showNumber();
    m_table->scrollToBottom();
    return true;
}

const SuggestionSlip *SlipEntry::selectedSlip() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_slips.size() ? &m_slips.at(row) : nullptr;
}

void SlipEntry::edit(int row)
{
    if (!m_editable || row < 0 || row >= m_slips.size())
        return;
    const SuggestionSlip &s = m_slips.at(row);
    m_editing = s.id;
    m_summary->setText(s.entry.summary);
    setKind(s.entry.kind);
    setDecision(s.entry.decision);
    const int service = m_service->findData(s.entry.serviceId);
    m_service->setCurrentIndex(service >= 0 ? service : 0);
    const int element = m_element->findData(s.entry.element);
    m_element->setCurrentIndex(element >= 0 ? element : 0);
    const int owner = m_owner->findData(s.entry.ownerId);
    m_owner->setCurrentIndex(owner >= 0 ? owner : 0);
    m_hasTarget->setChecked(s.entry.target.isValid());
    if (s.entry.target.isValid())
        m_target->setDate(s.entry.target);
    showNumber();
    m_summary->setFocus();
    m_summary->selectAll();
}

void SlipEntry::cancelEdit()
{
    m_editing = 0;
    if (!m_slips.isEmpty()) {
        m_kind = m_slips.last().entry.kind;
        m_decision = m_slips.last().entry.decision;
    }
    resetForm();
    showNumber();
    m_summary->setFocus();
}

void SlipEntry::removeRow(int row)
{
    if (!m_editable || row < 0 || row >= m_slips.size())
        return;
    const SuggestionSlip s = m_slips.at(row);
    const QString question = tr("Remove slip %1 (\"%2\")? The slips after it move up a number.")
                                 .arg(s.number)
                                 .arg(s.entry.summary.left(60));
    const bool yes = confirm ? confirm(question)
                             : QMessageBox::question(this, tr("Remove the slip"), question,
                                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    if (!yes)
        return;
    Status removed = SuggestionService(m_session.db, *m_session.clock).removeSlip(m_session.actor, s.id);
    if (!removed) {
        m_bar->showMessage(MessageBar::Kind::Error, removed.error().message);
        return;
    }
    m_bar->showMessage(MessageBar::Kind::Calm, tr("Slip %1 removed.").arg(s.number));
    if (m_editing == s.id)
        cancelEdit();
    Q_EMIT changed(); // the view reads the slips again (their numbers moved)
}

} // namespace loket::ui
