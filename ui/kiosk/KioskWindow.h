// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/kiosk/KioskHours.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/printing/TicketLayout.h"
#include "core/queue/Ticket.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace loket::ui {

class KioskIdlePage;
class KioskPriorityPage;
class KioskServicePage;
class KioskTicketPage;
class TicketPrinter;

// The ticket kiosk (loket --mode kiosk): full screen, touch or mouse, no
// sign-in — it issues as QueueService::kioskActor(). Idle screen → service →
// priority or not → the ticket on screen for a few seconds while it prints.
// A printer that is off or missing shows a banner; the ticket is still
// issued and shown, so nobody loses their place. The public reads only
// plain words; the technician's detail goes to the log and to staff
// (PrinterStatus, shown in the printer settings).
// Outside the office's hours (KioskHours) the idle screen says when it opens
// again and nothing is issued. The citizen may switch to English; the kiosk
// returns to its own language when it goes idle.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Idle, Services, Priority, Ticket };

    KioskWindow(DatabasePtr db, const Clock &clock, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Page page() const;
    KioskIdlePage *idlePage() const { return m_idle; }
    KioskServicePage *servicePage() const { return m_services; }
    KioskPriorityPage *priorityPage() const { return m_priority; }
    KioskTicketPage *ticketPage() const { return m_ticket; }
    TicketPrinter *printer() const { return m_printer.get(); }
    std::optional<Ticket> lastTicket() const { return m_lastTicket; }
    bool bannerVisible() const;
    QString bannerText() const;
    const KioskOpening &opening() const { return m_opening; }
    QPushButton *languageButton() const { return m_language; }
    // Reads the office's hours now (also every few seconds by itself).
    void checkHours();
    // "id" or "en"; the whole kiosk is retranslated.
    void setLanguage(const QString &language);

    void showIdle();
    void showServices();
    // How long the ticket stays on screen, and how long a half-finished choice waits.
    void setTicketSeconds(int seconds) { m_ticketSeconds = seconds; }
    void setInactivitySeconds(int seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshServices();
    QString citizenMessage(const Error &error); // notes whether the server is away
    void chooseService(qint64 serviceId);
    void issue(qint64 priorityReasonId);
    void printCurrent();
    void printed(bool ok, const QString &message, const QString &number);
    void readinessChecked(bool ready, const QString &message);
    void reloadPrinter();
    void reloadOffice();
    void changed();
    void tick();
    void setBanner(const QString &problem);
    void scaleFonts();
    void retranslate();
    void placeLanguageButton();

    DatabasePtr m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    std::shared_ptr<ChangeFeed> m_feed; // the process's one feed (sharedChangeFeed)
    bool m_serverAway = false; // the services page says the server cannot be reached
    std::unique_ptr<TicketPrinter> m_printer;
    PrinterSettings m_printerSettings;

    QLabel *m_banner = nullptr;
    QPushButton *m_language = nullptr;
    QString m_baseLanguage;
    KioskOpening m_opening;
    QString m_printerProblem; // the technician's text of the printer's last failure; empty: it works
    QTimer *m_hoursTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    KioskIdlePage *m_idle = nullptr;
    KioskServicePage *m_services = nullptr;
    KioskPriorityPage *m_priority = nullptr;
    KioskTicketPage *m_ticket = nullptr;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_inactivity = nullptr;
    QTimer *m_readiness = nullptr;
    QTimer *m_debounce = nullptr;

    qint64 m_serviceId = 0;
    std::optional<Ticket> m_lastTicket;
    TicketLayout m_lastLayout;
    int m_ticketSeconds = 8;
    int m_secondsLeft = 0;
};

} // namespace loket::ui
