// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>

namespace loket::test {

// A network cable between the tests and the database server, that a test can
// pull out and plug in again: a TCP relay on a loopback port of its own, in a
// thread of its own, in front of the server's port. Pulled, nothing passes
// either way and nothing is refused or closed — connections stay open and
// their data waits, as on a pulled cable or a server that hangs (a
// connection's statement waits for its answer; a new connection waits for
// the server's greeting). Plugged in again, what waited passes.
class CableProxy {
public:
    CableProxy(const QString &serverHost, quint16 serverPort);
    ~CableProxy();
    CableProxy(const CableProxy &) = delete;
    CableProxy &operator=(const CableProxy &) = delete;

    quint16 port() const { return m_port; }
    // `url` (postgresql://user@host:port/db) through this cable.
    QString through(const QString &url) const;
    void pull();
    void plugIn();

    class Relay; // in the cable's thread

private:
    QThread m_thread;
    Relay *m_relay = nullptr;
    quint16 m_port = 0;
};

} // namespace loket::test
