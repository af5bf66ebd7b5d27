// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SuggestionDialogs.h"

#include "core/suggestions/SuggestionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QLabel *errorLine(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    l->hide();
    return l;
}

} // namespace

OpenSessionDialog::OpenSessionDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Open a suggestion box"));
    SuggestionService service(m_session.db, *m_session.clock);
    const QDate today = service.today();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_box = new QComboBox(this);
    if (auto boxes = service.boxes(m_session.actor)) {
        for (const SuggestionBox &b : boxes.value()) {
            const QString last = b.lastOpened.isValid()
                ? tr("last opened %1").arg(QLocale().toString(b.lastOpened, QStringLiteral("d MMM yyyy")))
                : tr("never opened");
            m_box->addItem(QStringLiteral("%1 — %2 (%3)").arg(b.name, b.location, last), b.id);
            m_box->setItemData(m_box->count() - 1, b.location, Qt::UserRole + 1);
        }
    }
    form->addRow(tr("&Box"), m_box);
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_time = new QTimeEdit(QTime(9, 0), this);
    m_time->setDisplayFormat(QStringLiteral("HH.mm"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(new QLabel(tr("at"), this));
    when->addWidget(m_time);
    when->addStretch(1);
    auto *whenLabel = new QLabel(tr("&Opened on"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, when);
    m_place = new QLineEdit(this);
    form->addRow(tr("&Place"), m_place);
    m_byMonth = new QRadioButton(tr("The month"), this);
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setMaximumDate(today);
    m_sinceLast = new QRadioButton(tr("Since the last opening"), this);
    m_byMonth->setChecked(true);
    auto *period = new QHBoxLayout;
    period->addWidget(m_byMonth);
    period->addWidget(m_month);
    period->addSpacing(12);
    period->addWidget(m_sinceLast);
    period->addStretch(1);
    form->addRow(tr("Period covered"), period);
    m_seal = new QComboBox(this);
    m_seal->addItem(sealName(SealCondition::Utuh), int(SealCondition::Utuh));
    m_seal->addItem(sealName(SealCondition::Rusak), int(SealCondition::Rusak));
    m_sealNote = new QLineEdit(this);
    m_sealNote->setPlaceholderText(tr("What was seen (required when the seal is broken)"));
    auto *seal = new QHBoxLayout;
    seal->addWidget(m_seal);
    seal->addWidget(m_sealNote, 1);
    auto *sealLabel = new QLabel(tr("&Seal found"), this);
    sealLabel->setBuddy(m_seal);
    form->addRow(sealLabel, seal);
    layout->addLayout(form);
    m_error = errorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Open the box"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    auto placeHint = [this] { m_place->setPlaceholderText(m_box->currentData(Qt::UserRole + 1).toString()); };
    placeHint();
    connect(m_box, &QComboBox::currentIndexChanged, this, placeHint);
    connect(m_byMonth, &QRadioButton::toggled, m_month, &QWidget::setEnabled);
    connect(ok, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_box->count() == 0) {
        m_error->setText(tr("There is no suggestion box yet: add one under \"Suggestion boxes\" first."));
        m_error->show();
        ok->setEnabled(false);
    }
}

bool OpenSessionDialog::submit()
{
    SessionDraft d;
    d.boxId = m_box->currentData().toLongLong();
    d.openedOn = m_date->date();
    d.openedTime = m_time->time();
    d.place = m_place->text();
    if (m_byMonth->isChecked())
        d.periodMonth = m_month->date();
    d.seal = SealCondition(m_seal->currentData().toInt());
    d.sealNote = m_sealNote->text();
    auto opened = SuggestionService(m_session.db, *m_session.clock).open(m_session.actor, d);
    if (!opened) {
        m_error->setText(opened.error().message);
        m_error->show();
        return false;
    }
    m_opened = opened.value();
    return true;
}

BoxesDialog::BoxesDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Suggestion boxes"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Box"), tr("Location"), tr("In use")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Kotak Saran 2"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("e.g. Ruang tunggu lantai 1"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Location"), m_location);
    layout->addLayout(form);
    m_error = errorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add as a new box"), this);
    m_save = new QPushButton(tr("Save the changes"), this);
    m_active = new QPushButton(tr("Take out of use"), this);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    resize(620, 420);
    connect(add, &QPushButton::clicked, this, [this] { addBox(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveBox(); });
    connect(m_active, &QPushButton::clicked, this, [this] { toggleActive(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BoxesDialog::selected);
    reload();
}

void BoxesDialog::reload()
{
    const int row = m_table->currentRow();
    auto boxes = SuggestionService(m_session.db, *m_session.clock).boxes(m_session.actor, true);
    if (!boxes) {
        m_error->setText(boxes.error().message);
        m_error->show();
        return;
    }
    m_boxes = boxes.value();
    m_table->setRowCount(int(m_boxes.size()));
    for (int r = 0; r < m_boxes.size(); ++r) {
        const SuggestionBox &b = m_boxes.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(b.name));
        m_table->setItem(r, 1, new QTableWidgetItem(b.location));
        m_table->setItem(r, 2, new QTableWidgetItem(b.active ? tr("Yes") : tr("No")));
    }
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
    selected();
}

void BoxesDialog::selected()
{
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_boxes.size() && !m_table->selectedItems().isEmpty();
    m_save->setEnabled(has);
    m_active->setEnabled(has);
    if (has) {
        const SuggestionBox &b = m_boxes.at(row);
        m_name->setText(b.name);
        m_location->setText(b.location);
        m_active->setText(b.active ? tr("Take out of use") : tr("Put back in use"));
    }
}

bool BoxesDialog::addBox()
{
    auto added = SuggestionService(m_session.db, *m_session.clock).addBox(m_session.actor, m_name->text(), m_location->text());
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

bool BoxesDialog::saveBox()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_boxes.size())
        return false;
    const SuggestionBox &b = m_boxes.at(row);
    auto saved = SuggestionService(m_session.db, *m_session.clock)
                     .updateBox(m_session.actor, b.id, m_name->text(), m_location->text(), b.active);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

bool BoxesDialog::toggleActive()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_boxes.size())
        return false;
    const SuggestionBox &b = m_boxes.at(row);
    auto saved = SuggestionService(m_session.db, *m_session.clock)
                     .updateBox(m_session.actor, b.id, b.name, b.location, !b.active);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

} // namespace loket::ui
