// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/CounterCatalog.h"
#include "core/catalog/ServiceCatalog.h"
#include "ui/common/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace loket::ui {

// The counters (loket) and the services each one serves.
class CountersTab : public QWidget
{
    Q_OBJECT
public:
    CountersTab(Session session, QWidget *parent = nullptr);
    void reload();
    QCheckBox *startOnCallBox() const { return m_startOnCall; }

private:
    void editCounter(bool isNew);

    Session m_session;
    QList<Counter> m_counters;
    QList<Service> m_services;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_startOnCall = nullptr;
};

} // namespace loket::ui
