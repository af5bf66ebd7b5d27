// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardRecords.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace loket::ui {

// Records a review (evaluasi) of a standard: when, by whom, with what outcome.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const StandardReview &)>;

    ReviewDialog(qint64 serviceId, const QString &serviceName, QDate today, Apply apply, QWidget *parent = nullptr);
    StandardReview review() const;

private:
    void tryAccept();

    qint64 m_serviceId = 0;
    Apply m_apply;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
