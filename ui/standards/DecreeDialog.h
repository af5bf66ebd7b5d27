// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardVersion.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace loket::ui {

// Asks for the decree that sets a standard and tries it: the dialog stays
// open, with the reason, when the core refuses.
class DecreeDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const Decree &)>;

    DecreeDialog(const QString &serviceName, int versionNumber, QDate today, Apply apply, QWidget *parent = nullptr);

    Decree decree() const;

private:
    void tryAccept();

    Apply m_apply;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_effective = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
