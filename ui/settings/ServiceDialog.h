// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/ServiceCatalog.h"
#include "core/catalog/UnitCatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace loket::ui {

// Adds or edits one service (jenis layanan).
class ServiceDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceDialog(const Service &service, const QList<Unit> &units, QWidget *parent = nullptr);
    Service service() const;
    void showError(const QString &message);

private:
    Service m_service;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_target = nullptr;
    QSpinBox *m_order = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
