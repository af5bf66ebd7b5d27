// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/raw/RawPrinterPort.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace loket {

namespace {

bool isDevicePath(const QString &path)
{
    return path.startsWith(QLatin1String("/dev/"));
}

Error deviceError(const QString &path, int error)
{
    switch (error) {
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return makeError(ErrorCode::NotFound,
            RawPrinterPort::tr("The ticket printer is not connected (%1 is missing). Check that it is switched on "
                               "and its USB cable is plugged in.")
                .arg(path));
    case EACCES:
    case EPERM:
        return makeError(ErrorCode::PermissionDenied,
            RawPrinterPort::tr("Loket may not write to the ticket printer %1. Add this computer's kiosk user to the "
                               "\"lp\" group, then sign in again.")
                .arg(path));
    case EIO:
        return makeError(ErrorCode::Io,
            RawPrinterPort::tr("The ticket printer at %1 does not respond. Check that it is switched on, has paper "
                               "and its cover is closed.")
                .arg(path));
    default:
        break;
    }
    return makeError(ErrorCode::Io,
        RawPrinterPort::tr("The ticket could not be sent to %1: %2.")
            .arg(path, QString::fromLocal8Bit(strerror(error))));
}

} // namespace

Status RawPrinterPort::checkDevice(const QString &path)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No printer device is set. Choose one in the printer settings."));
    const QByteArray native = QFile::encodeName(path);
    if (::access(native.constData(), F_OK) != 0)
        return deviceError(path, ENOENT);
    if (::access(native.constData(), W_OK) != 0)
        return deviceError(path, EACCES);
    return {};
}

Status RawPrinterPort::writeFile(const QString &path, const QByteArray &bytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QByteArray native = QFile::encodeName(path);
    // Non-blocking: a printer that stopped taking data makes write() wait
    // forever otherwise; poll() below waits only until the deadline.
    int flags = O_WRONLY | O_NONBLOCK | O_CLOEXEC;
    if (!isDevicePath(path))
        flags |= O_CREAT | O_TRUNC;
    const int fd = ::open(native.constData(), flags, 0644);
    if (fd < 0)
        return deviceError(path, errno);
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + sent, size_t(bytes.size() - sent));
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            const int error = errno;
            ::close(fd);
            return deviceError(path, error);
        }
        pollfd p { fd, POLLOUT, 0 };
        const int left = int(deadline.remainingTime());
        if (left <= 0 || ::poll(&p, 1, left) <= 0) {
            ::close(fd);
            return makeError(ErrorCode::Io,
                tr("The ticket printer at %1 did not take the ticket in time. Check that it has paper and its "
                   "cover is closed.")
                    .arg(path));
        }
    }
    ::close(fd);
    return {};
}

Status RawPrinterPort::send(const PrinterAddress &address, const QByteArray &bytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString where = QStringLiteral("%1:%2").arg(address.host).arg(address.port);
    QTcpSocket socket;
    socket.connectToHost(address.host, address.port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        const QString reason = socket.error() == QAbstractSocket::SocketTimeoutError
            ? tr("no answer within %1 seconds").arg(qMax(1, timeoutMs / 1000))
            : socket.errorString();
        return makeError(ErrorCode::Io,
            tr("The ticket printer at %1 cannot be reached (%2). Check that it is switched on and connected to "
               "the network.")
                .arg(where, reason));
    }
    socket.write(bytes);
    while (socket.bytesToWrite() > 0) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0 || !socket.waitForBytesWritten(int(left))) {
            return makeError(ErrorCode::Io,
                tr("The ticket printer at %1 did not take the whole ticket in time. Check that it has paper.")
                    .arg(where));
        }
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(int(std::clamp<qint64>(deadline.remainingTime(), 1, 500)));
    return {};
}

} // namespace loket
