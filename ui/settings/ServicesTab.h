// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/ServiceCatalog.h"
#include "core/catalog/UnitCatalog.h"
#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace loket::ui {

// The services the office offers, and its units (bagian/seksi).
class ServicesTab : public QWidget
{
    Q_OBJECT
public:
    ServicesTab(Session session, QWidget *parent = nullptr);
    void reload();

private:
    void editService(bool isNew);
    void addUnit();
    void renameUnit();
    void toggleUnit();
    void report(const Status &status, const QString &done);

    Session m_session;
    QList<Service> m_services;
    QList<Unit> m_units;
    QTableWidget *m_table = nullptr;
    QListWidget *m_unitList = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
