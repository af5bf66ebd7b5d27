// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/WorkingCalendar.h"
#include "ui/common/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace loket::ui {

// Holidays (national, cuti bersama, local closures) by year, imported from the
// official list or added by hand; and whether cuti bersama closes the office.
class CalendarTab : public QWidget
{
    Q_OBJECT
public:
    CalendarTab(Session session, QWidget *parent = nullptr);
    void reload();

private:
    void addHoliday();
    void removeHoliday();
    void importCsv();
    void say(const QString &text, bool ok);

    Session m_session;
    QList<Holiday> m_holidays;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_cutiBersama = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
