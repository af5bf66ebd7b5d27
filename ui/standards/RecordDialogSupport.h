// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDialog>
#include <QLabel>
#include <QStringList>

#include <functional>

namespace loket::ui {

// The accept step of the consultation, publication and review dialogs: the
// record's problems first, then core's answer when it is saved; the dialog
// closes only when both are clean, otherwise the reasons show in `error`.
inline void acceptIfSaved(QDialog *dialog, QLabel *error, QStringList problems, const std::function<Status()> &save)
{
    if (problems.isEmpty()) {
        if (Status done = save(); !done)
            problems << done.error().message;
    }
    if (!problems.isEmpty()) {
        error->setText(problems.join(QLatin1Char('\n')));
        error->show();
        return;
    }
    dialog->accept();
}

} // namespace loket::ui
