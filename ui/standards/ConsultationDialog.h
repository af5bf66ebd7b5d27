// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardRecords.h"
#include "core/standards/StandardVersion.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace loket::ui {

class RowListEditor;

// Records a Forum Konsultasi Publik: the services whose standards it
// discussed, who took part (by group of society), what they said, and the
// scanned minutes.
class ConsultationDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const Consultation &)>;

    ConsultationDialog(
        const QList<ServiceRef> &services, qint64 serviceId, QDate today, Apply apply, QWidget *parent = nullptr);
    Consultation consultation() const;
    // The minutes file, as if chosen in the file dialog.
    bool attachMinutes(const QString &path);

private:
    void tryAccept();

    Apply m_apply;
    QListWidget *m_services = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_place = nullptr;
    RowListEditor *m_groups = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QLabel *m_error = nullptr;
    QString m_minutesName;
    QByteArray m_minutes;
};

} // namespace loket::ui
