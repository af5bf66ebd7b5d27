// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

namespace loket::test {

// A fresh database, migrated from zero, in a folder removed afterwards.
class TempDatabase {
public:
    TempDatabase();
    explicit TempDatabase(DatabaseOptions options);

    DatabasePtr db() const { return m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Runs SQL and fails the test when it does not succeed.
    void exec(const QString &sql) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    DatabasePtr m_db;
};

// Bytes of a file, for "left byte-for-byte untouched" checks.
QByteArray fileBytes(const QString &path);

} // namespace loket::test
