// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardRecords.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace loket::ui {

// Records where and when a standard (or the Maklumat) was published.
class PublicationDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const Publication &)>;

    PublicationDialog(qint64 serviceId, const QString &what, QDate today, Apply apply, QWidget *parent = nullptr);
    Publication publication() const;

private:
    void tryAccept();

    qint64 m_serviceId = 0;
    Apply m_apply;
    QComboBox *m_medium = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_location = nullptr;
    QCheckBox *m_sippn = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
