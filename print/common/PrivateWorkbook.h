// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace loket {

// How every workbook (XLSX) Loket writes reaches its file: the folder must
// exist and the name must not be a folder; the workbook is written to a
// hidden file beside the target (private from the start), then renamed over
// it in one step, so a reader sees the old file or the new one and a failure
// leaves no file behind; the result is the owner's only (0600).
//   write(temp) writes the whole workbook to `temp`; false when it could not.
class PrivateWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(PrivateWorkbook)
public:
    static Status save(const QString &path, const std::function<bool(const QString &temp)> &write);
};

} // namespace loket
