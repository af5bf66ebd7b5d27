// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/printing/TicketLayout.h"
#include "core/queue/Ticket.h"
#include "core/storage/Database.h"

#include <QObject>

#include <functional>
#include <memory>

class QThreadPool;
class QTimer;

namespace loket::ui {

// Where tickets are printed. Printing never blocks the caller: the job runs
// on a worker thread, one at a time, and finished() reports it within
// about timeoutMs, so a ticket is issued and shown even when the printer is
// off, unplugged or out of paper.
class TicketPrinter : public QObject
{
    Q_OBJECT
public:
    static constexpr int timeoutMs = 2000;

    // The printer the settings name (PrinterKind::None gives one that prints nothing).
    static std::unique_ptr<TicketPrinter> create(const PrinterSettings &settings, QObject *parent = nullptr);
    ~TicketPrinter() override;

    const PrinterSettings &settings() const { return m_settings; }
    // False for PrinterKind::None: the kiosk then tells citizens to note their number.
    virtual bool prints() const { return true; }

    // Prints on the settings' paper width; the result comes through finished().
    void print(TicketLayout layout);
    // Reads the ticket's printout (TicketPrintout) and prints it; also a reprint.
    Status printTicket(const DatabasePtr &db, const Clock &clock, const Ticket &ticket);
    // Checks in the background whether the printer can take a ticket now; see readinessChecked().
    void checkReady();

Q_SIGNALS:
    // ok false: `message` says what is wrong and what to do, in the user's language.
    void finished(bool ok, const QString &message, const QString &ticketNumber);
    void readinessChecked(bool ready, const QString &message);

protected:
    TicketPrinter(PrinterSettings settings, QObject *parent);
    using Job = std::function<Status()>;
    // A self-contained job (it may outlive this object): no reference to `this`.
    virtual Job printJob(const TicketLayout &layout) const = 0;
    virtual Job readinessJob() const = 0;

private:
    void run(const Job &job, const std::function<void(const Status &)> &done);

    PrinterSettings m_settings;
    QThreadPool *m_pool = nullptr;
    QObject *m_relay = nullptr; // receives the workers' results on this thread
};

} // namespace loket::ui
