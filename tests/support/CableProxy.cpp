// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CableProxy.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace loket::test {

class CableProxy::Relay : public QObject {
public:
    Relay(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    void setPulled(bool pulled)
    {
        m_pulled = pulled;
        if (pulled)
            return;
        for (const Pair &p : m_pairs)
            pass(p.a, p.b), pass(p.b, p.a);
    }

private:
    struct Pair {
        QPointer<QTcpSocket> a, b;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            server->connectToHost(m_host, m_port);
            Pair p { client, server };
            m_pairs.append(p);
            QObject::connect(client, &QTcpSocket::readyRead, this, [this, p] { pass(p.a, p.b); });
            QObject::connect(server, &QTcpSocket::readyRead, this, [this, p] { pass(p.b, p.a); });
            QObject::connect(server, &QTcpSocket::connected, this, [this, p] { pass(p.a, p.b); });
            for (QTcpSocket *s : {client, server})
                QObject::connect(s, &QTcpSocket::disconnected, this, [this, p] { close(p); });
        }
    }

    // Reads stop while pulled: the data waits in the sockets' buffers.
    void pass(QTcpSocket *from, QTcpSocket *to)
    {
        if (m_pulled || !from || !to || to->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray data = from->readAll();
        if (!data.isEmpty())
            to->write(data);
    }

    void close(const Pair &p)
    {
        if (m_pulled)
            return; // a pulled cable tells neither end; the close is seen when it is back
        for (QTcpSocket *s : {p.a.data(), p.b.data()}) {
            if (s) {
                s->disconnectFromHost();
                s->deleteLater();
            }
        }
    }

    QString m_host;
    quint16 m_port;
    QTcpServer *m_server = nullptr;
    QList<Pair> m_pairs;
    bool m_pulled = false;
};

CableProxy::CableProxy(const QString &serverHost, quint16 serverPort)
{
    m_relay = new Relay(serverHost, serverPort);
    m_relay->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_relay, [this] { m_port = m_relay->listen(); }, Qt::BlockingQueuedConnection);
}

CableProxy::~CableProxy()
{
    m_thread.quit();
    m_thread.wait();
    delete m_relay; // its thread has ended
}

QString CableProxy::through(const QString &url) const
{
    QUrl u(url);
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u.toString();
}

void CableProxy::pull()
{
    QMetaObject::invokeMethod(m_relay, [this] { m_relay->setPulled(true); }, Qt::BlockingQueuedConnection);
}

void CableProxy::plugIn()
{
    QMetaObject::invokeMethod(m_relay, [this] { m_relay->setPulled(false); }, Qt::BlockingQueuedConnection);
}

} // namespace loket::test
