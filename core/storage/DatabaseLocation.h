// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// Where a Loket database is: a local file (one PC), or a database on a
// server of the office's LAN, given as a URL:
//   postgresql://user@host:port/dbname?sslmode=require
//   postgresql:///?service=loket        (a service of ~/.pg_service.conf)
// A password is never part of the address (it would show on a command line
// and in the process list): the server's client reads it from ~/.pgpass or
// PGPASSFILE, and the application asks for it when it is needed.
struct DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    enum class Kind { File, Server };
    Kind kind = Kind::File;
    QString file;          // Kind::File: the absolute path
    QString host;          // Kind::Server: empty = the client's default (the local socket)
    int port = 0;          // 0 = the default port
    QString databaseName;  // empty = the client's default (the user's name, or the service's)
    QString user;
    QString options;       // the connection options the URL's query gave ("sslmode=require;service=loket")

    bool isServer() const { return kind == Kind::Server; }
    // How the location is shown to a user: the path, or the URL without any secret.
    QString display() const;

    // A path or a URL. A URL with a password in it, an unknown option or a
    // malformed one is refused with a message that says what to do.
    static Result<DatabaseLocation> parse(const QString &text);
    static bool looksLikeUrl(const QString &text);
};

} // namespace loket
