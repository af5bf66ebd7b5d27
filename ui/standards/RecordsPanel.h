// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardRecords.h"
#include "core/standards/StandardVersion.h"
#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace loket::ui {

// The records kept around one standard, as a list with Add and Remove:
// its public consultations, its publications or its reviews.
class RecordsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Consultations, Publications, Reviews };

    RecordsPanel(Session session, Kind kind, QWidget *parent = nullptr);

    void setService(const ServiceRef &service, const QList<ServiceRef> &allServices);
    void reload();
    int rowCount() const;

    // Record actions without their dialogs (the dialogs call these too).
    Status addConsultation(const Consultation &consultation);
    Status addPublication(const Publication &publication);
    Status addReview(const StandardReview &review);

Q_SIGNALS:
    void changed();

private:
    void add();
    void remove();
    void saveMinutes();
    void showError(const QString &text);

    Session m_session;
    Kind m_kind;
    ServiceRef m_service;
    QList<ServiceRef> m_services;
    QList<qint64> m_ids; // record id per row
    QList<Consultation> m_consultations;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_minutes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
