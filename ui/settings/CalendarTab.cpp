// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/CalendarTab.h"

#include "core/catalog/HolidayService.h"
#include "ui/common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

CalendarTab::CalendarTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("Working days decide complaint deadlines and service times given in working days. "
                                  "Religious holidays move every year: import the official list (SKB) each year "
                                  "as a CSV file (date,kind,name)."),
                               this));
    auto *top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(m_session.clock->nowUtc().date().year());
    auto *add = new QPushButton(tr("Add holiday…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *import = new QPushButton(tr("Import CSV…"), this);
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(add);
    top->addWidget(remove);
    top->addWidget(import);
    top->addStretch(1);
    layout->addLayout(top);
    m_cutiBersama = new QCheckBox(tr("Cuti bersama closes the office (counts as a holiday)"), this);
    m_cutiBersama->setChecked(HolidayService(m_session.db, *m_session.clock).cutiBersamaIsHoliday());
    layout->addWidget(m_cutiBersama);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_message = makeHint(QString(), this);
    layout->addWidget(m_message);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarTab::reload);
    connect(add, &QPushButton::clicked, this, &CalendarTab::addHoliday);
    connect(remove, &QPushButton::clicked, this, &CalendarTab::removeHoliday);
    connect(import, &QPushButton::clicked, this, &CalendarTab::importCsv);
    connect(m_cutiBersama, &QCheckBox::toggled, this, [this](bool on) {
        Status st = HolidayService(m_session.db, *m_session.clock).setCutiBersamaIsHoliday(m_session.actor, on);
        if (!st) {
            QSignalBlocker block(m_cutiBersama);
            m_cutiBersama->setChecked(!on);
            say(st.error().message, false);
            return;
        }
        say(on ? tr("Cuti bersama now closes the office.") : tr("The office now opens on cuti bersama."), true);
    });
    reload();
}

void CalendarTab::say(const QString &text, bool ok)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #067647;") : QStringLiteral("color: #b42318;"));
    m_message->setText(text);
}

void CalendarTab::reload()
{
    auto list = HolidayService(m_session.db, *m_session.clock).list(m_year->value());
    if (!list) {
        say(list.error().message, false);
        return;
    }
    m_holidays = list.value();
    const QLocale locale;
    m_table->setRowCount(int(m_holidays.size()));
    for (int r = 0; r < m_holidays.size(); ++r) {
        const Holiday &h = m_holidays[r];
        m_table->setItem(r, 0, new QTableWidgetItem(locale.toString(h.date, QStringLiteral("dddd, d MMMM yyyy"))));
        m_table->setItem(r, 1, new QTableWidgetItem(holidayKindDisplayName(h.kind)));
        m_table->setItem(r, 2, new QTableWidgetItem(h.name));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    if (m_holidays.isEmpty())
        say(tr("No holidays listed for %1: import the official list for that year.").arg(m_year->value()), false);
    else
        m_message->setText(tr("%n holidays listed.", nullptr, int(m_holidays.size())));
}

void CalendarTab::addHoliday()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add holiday"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *date = new QDateEdit(QDate(m_year->value(), 1, 1), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto *kind = new QComboBox(&dialog);
    for (HolidayKind k : {HolidayKind::LiburLokal, HolidayKind::LiburNasional, HolidayKind::CutiBersama})
        kind->addItem(holidayKindDisplayName(k), int(k));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("e.g. Hari Jadi Kabupaten"));
    form->addRow(tr("Date"), date);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Name"), name);
    auto *buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Holiday h{date->date(), HolidayKind(kind->currentData().toInt()), name->text().trimmed()};
    Status st = HolidayService(m_session.db, *m_session.clock).add(m_session.actor, h);
    if (!st) {
        say(st.error().message, false);
        return;
    }
    m_year->setValue(h.date.year());
    reload();
    say(tr("Holiday added."), true);
}

void CalendarTab::removeHoliday()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_holidays.size())
        return;
    const Holiday h = m_holidays[row];
    if (QMessageBox::question(this, tr("Remove holiday"),
                              tr("Remove %1 (%2)? That day becomes a working day.")
                                  .arg(QLocale().toString(h.date, QLocale::LongFormat), h.name))
        != QMessageBox::Yes)
        return;
    Status st = HolidayService(m_session.db, *m_session.clock).remove(m_session.actor, h.date);
    reload();
    if (!st)
        say(st.error().message, false);
    else
        say(tr("Holiday removed."), true);
}

void CalendarTab::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("%1 cannot be read: %2").arg(path, file.errorString()), false);
        return;
    }
    auto imported = HolidayService(m_session.db, *m_session.clock).importCsv(m_session.actor, file.readAll());
    if (!imported) {
        say(tr("Nothing was imported. %1").arg(imported.error().message), false);
        return;
    }
    reload();
    say(tr("Imported: %1 new, %2 changed, %3 already listed.")
            .arg(imported->added)
            .arg(imported->updated)
            .arg(imported->unchanged),
        true);
}

} // namespace loket::ui
