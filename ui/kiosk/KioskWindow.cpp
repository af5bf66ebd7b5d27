// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskWindow.h"

#include "ui/common/ConnectionBanner.h"

#include "core/catalog/OfficeService.h"
#include "core/kiosk/KioskMenu.h"
#include "core/kiosk/PrinterStatus.h"
#include "core/kiosk/TicketPrintout.h"
#include "core/queue/QueueService.h"
#include "core/storage/SettingsStore.h"
#include "ui/common/SharedFeed.h"
#include "ui/kiosk/KioskButton.h"
#include "ui/kiosk/KioskIdlePage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskServicePage.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskTicketPage.h"
#include "translations/Language.h"
#include "ui/printing/TicketPrinter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

constexpr int kReadinessCheckMs = 30000;
constexpr int kHoursCheckMs = 10000;

} // namespace

KioskWindow::KioskWindow(DatabasePtr db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_zone(7 * 3600)
    , m_baseLanguage(currentLanguage())
{
    setObjectName(QStringLiteral("kiosk"));
    setStyleSheet(kioskStyleSheet());
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("kioskBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(new ConnectionBanner(m_db, this, 22));
    m_stack = new QStackedWidget(this);
    m_idle = new KioskIdlePage(m_stack);
    m_services = new KioskServicePage(m_stack);
    m_priority = new KioskPriorityPage(m_stack);
    m_ticket = new KioskTicketPage(m_stack);
    for (QWidget *w : std::initializer_list<QWidget *> { m_idle, m_services, m_priority, m_ticket })
        m_stack->addWidget(w);
    layout->addWidget(m_stack, 1);
    // Over the pages, top right: each language named in itself.
    m_language = new QPushButton(m_stack);
    m_language->setObjectName(QStringLiteral("kioskLanguage"));
    m_language->setFocusPolicy(Qt::NoFocus);
    connect(m_language, &QPushButton::clicked, this,
        [this] { setLanguage(currentLanguage() == QLatin1String("en") ? m_baseLanguage == QLatin1String("en")
                                         ? QStringLiteral("id") : m_baseLanguage
                                                                    : QStringLiteral("en")); });

    connect(m_idle, &KioskIdlePage::touched, this, &KioskWindow::showServices);
    connect(m_services, &KioskServicePage::serviceChosen, this, &KioskWindow::chooseService);
    connect(m_services, &KioskServicePage::backRequested, this, &KioskWindow::showIdle);
    connect(m_priority, &KioskPriorityPage::chosen, this, &KioskWindow::issue);
    connect(m_priority, &KioskPriorityPage::backRequested, this, &KioskWindow::showServices);
    connect(m_ticket, &KioskTicketPage::doneRequested, this, &KioskWindow::showIdle);
    connect(m_ticket, &KioskTicketPage::reprintRequested, this, &KioskWindow::printCurrent);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &KioskWindow::tick);
    m_clockTimer->start();
    m_inactivity = new QTimer(this);
    m_inactivity->setSingleShot(true);
    m_inactivity->setInterval(45000);
    connect(m_inactivity, &QTimer::timeout, this, [this] {
        if (page() == Page::Services || page() == Page::Priority)
            showIdle();
    });
    m_readiness = new QTimer(this);
    m_readiness->setInterval(kReadinessCheckMs);
    connect(m_readiness, &QTimer::timeout, this, [this] {
        if (page() == Page::Idle && m_printer)
            m_printer->checkReady();
    });
    m_readiness->start();
    m_hoursTimer = new QTimer(this);
    m_hoursTimer->setInterval(kHoursCheckMs);
    connect(m_hoursTimer, &QTimer::timeout, this, &KioskWindow::checkHours);
    m_hoursTimer->start();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &KioskWindow::changed);
    m_feed = sharedChangeFeed(m_db);
    if (m_feed) {
        connect(m_feed.get(), &ChangeFeed::changed, m_debounce, qOverload<>(&QTimer::start));
        connect(m_feed.get(), &ChangeFeed::connectionRestored, this, [this] {
            if (page() == Page::Services)
                refreshServices(); // at once: a citizen may be standing there
        });
        if (Status started = m_feed->start(); !started)
            qWarning("loket: the kiosk is not told of changes: %s", qPrintable(started.error().message));
    }
    qApp->installEventFilter(this);

    reloadOffice();
    reloadPrinter();
    retranslate();
    checkHours();
    showIdle();
    tick();
    scaleFonts();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    if (currentLanguage() != m_baseLanguage)
        installLanguage(m_baseLanguage); // the process's language, as it was before the citizen switched
}

KioskWindow::Page KioskWindow::page() const
{
    const QWidget *w = m_stack->currentWidget();
    if (w == m_services)
        return Page::Services;
    if (w == m_priority)
        return Page::Priority;
    if (w == m_ticket)
        return Page::Ticket;
    return Page::Idle;
}

bool KioskWindow::bannerVisible() const
{
    return !m_banner->isHidden();
}

QString KioskWindow::bannerText() const
{
    return m_banner->text();
}

void KioskWindow::setInactivitySeconds(int seconds)
{
    m_inactivity->setInterval(seconds * 1000);
}

void KioskWindow::setLanguage(const QString &language)
{
    if (language == currentLanguage())
        return;
    installLanguage(language);
    retranslate();
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Loket ticket kiosk"));
    // Named in the language it switches to, so a reader of either finds it.
    m_language->setText(currentLanguage() == QLatin1String("en") ? QStringLiteral("Bahasa Indonesia")
                                                                  : QStringLiteral("English"));
    m_idle->retranslate();
    m_services->retranslate();
    m_priority->retranslate();
    m_ticket->retranslate();
    setBanner(m_printerProblem);
    checkHours();
    tick();
    if (page() == Page::Services)
        refreshServices();
    placeLanguageButton();
}

void KioskWindow::checkHours()
{
    // The server away: the hours last read stand (no ticket is issued anyway).
    const bool away = m_feed && m_feed->serverAway();
    auto opening = away ? Result<KioskOpening>(m_opening) : KioskHours::now(m_db, m_clock);
    if (!opening) {
        // The calendar cannot be read: keep issuing rather than turn citizens away.
        qWarning("loket: the kiosk cannot read the opening hours: %s", qPrintable(opening.error().message));
        m_opening = KioskOpening();
        m_opening.open = true;
    } else {
        m_opening = opening.value();
    }
    m_idle->setNow(m_clock.nowUtc().toTimeZone(m_zone));
    setBanner(m_printerProblem);
    if (m_opening.open) {
        m_idle->setClosed(QString(), QString());
        return;
    }
    QString detail = m_opening.reopenText();
    if (!detail.isEmpty())
        detail += QLatin1Char('.');
    if (!m_opening.holidayName.isEmpty())
        detail = tr("Today is a holiday: %1.").arg(m_opening.holidayName) + QLatin1Char(' ') + detail;
    m_idle->setClosed(m_opening.title(), detail.trimmed());
    // Nobody starts a ticket that would be refused: a half-made choice goes back to the closed screen.
    if (page() == Page::Services || page() == Page::Priority)
        showIdle();
}

void KioskWindow::showIdle()
{
    setLanguage(m_baseLanguage); // the next citizen starts in the office's language
    m_secondsLeft = 0;
    m_services->showError(QString());
    m_stack->setCurrentWidget(m_idle);
    m_idle->setFocus();
    placeLanguageButton();
}

void KioskWindow::refreshServices()
{
    auto services = KioskMenu::services(m_db, m_clock);
    if (!services) {
        m_services->showError(citizenMessage(services.error()));
        return;
    }
    m_services->setServices(services.value());
    // The server is back: the services again, and no word of the outage left.
    if (std::exchange(m_serverAway, false))
        m_services->showError(QString());
}

QString KioskWindow::citizenMessage(const Error &error)
{
    // A citizen is told what to do, not what the server said.
    m_serverAway = error.code == ErrorCode::Unreachable;
    if (m_serverAway)
        return tr("No ticket was issued: the connection to the server is lost. Please wait a moment and tap "
                  "again, or ask an officer.");
    return error.message;
}

void KioskWindow::showServices()
{
    checkHours();
    if (!m_opening.open)
        return; // the idle screen says when it opens
    m_services->showError(QString());
    refreshServices();
    m_secondsLeft = 0;
    m_stack->setCurrentWidget(m_services);
    placeLanguageButton();
    m_inactivity->start();
}

void KioskWindow::chooseService(qint64 serviceId)
{
    m_serviceId = serviceId;
    auto reasons = KioskMenu::priorityReasons(m_db);
    if (!reasons || reasons->isEmpty()) {
        issue(0); // an office without priority reasons skips the question
        return;
    }
    auto services = KioskMenu::services(m_db, m_clock);
    if (services) {
        for (const KioskService &s : services.value()) {
            if (s.service.id == serviceId)
                m_priority->setServiceName(s.service.name);
        }
    }
    m_priority->setReasons(reasons.value());
    m_stack->setCurrentWidget(m_priority);
    placeLanguageButton();
    m_priority->regularButton()->setFocus(); // Enter on a keyboard takes the regular line
    m_inactivity->start();
}

void KioskWindow::issue(qint64 priorityReasonId)
{
    if (m_serviceId == 0)
        return;
    const qint64 serviceId = std::exchange(m_serviceId, 0); // one tap, one ticket
    // Core refuses outside the hours too, whatever the screen showed.
    auto issued = KioskMenu::issue(m_db, serviceId, priorityReasonId, m_clock);
    if (!issued) {
        checkHours();
        if (!m_opening.open) {
            showIdle();
            return;
        }
        showServices();
        m_services->showError(citizenMessage(issued.error())); // nothing was issued
        return;
    }
    m_lastTicket = issued.value();
    auto layout = TicketPrintout(m_db, m_clock).layout(issued.value(), m_printerSettings.paper);
    if (layout) {
        m_lastLayout = layout.value();
    } else {
        // The ticket exists: show and print what is known rather than nothing.
        qWarning("loket: the ticket's printout could not be read: %s", qPrintable(layout.error().message));
        m_lastLayout = TicketLayout();
        m_lastLayout.number = issued->number;
        m_lastLayout.serviceName = issued->serviceName;
        m_lastLayout.issuedLocal = issued->issuedAt.toTimeZone(m_zone);
        m_lastLayout.paper = m_printerSettings.paper;
    }
    m_ticket->showTicket(m_lastLayout);
    m_stack->setCurrentWidget(m_ticket);
    placeLanguageButton();
    m_secondsLeft = m_ticketSeconds;
    m_ticket->setSecondsLeft(m_secondsLeft);
    printCurrent();
}

void KioskWindow::printCurrent()
{
    if (!m_printer || !m_printer->prints()) {
        m_ticket->setPrintState(KioskTicketPage::PrintState::NoPrinter);
        return;
    }
    m_ticket->setPrintState(KioskTicketPage::PrintState::Printing);
    m_printer->print(m_lastLayout);
    // A reprint gives the citizen the full time again.
    m_secondsLeft = qMax(m_secondsLeft, m_ticketSeconds);
}

void KioskWindow::printed(bool ok, const QString &message, const QString &number)
{
    setBanner(ok ? QString() : message);
    if (page() == Page::Ticket && m_lastTicket && m_lastTicket->number == number) {
        m_ticket->setPrintState(ok ? KioskTicketPage::PrintState::Printed : KioskTicketPage::PrintState::Failed);
        if (!ok)
            m_secondsLeft = qMax(m_secondsLeft, m_ticketSeconds + 4); // time to read the number twice
    }
}

void KioskWindow::readinessChecked(bool ready, const QString &message)
{
    setBanner(ready ? QString() : message);
}

void KioskWindow::setBanner(const QString &reported)
{
    // A kiosk without a printer has nothing to report: it shows numbers on screen by design.
    const QString problem = m_printer && m_printer->prints() ? reported : QString();
    // The detail is for staff: the log and the printer settings (PrinterStatus), never the public screen.
    if (problem != m_printerProblem) {
        m_printerProblem = problem;
        if (!problem.isEmpty())
            qWarning("loket: the ticket printer (%s): %s", qPrintable(m_printerSettings.describe()),
                qPrintable(problem));
        const Status kept = problem.isEmpty() ? PrinterStatus::recordSuccess(m_db)
                                              : PrinterStatus::recordFailure(m_db, problem, m_clock);
        if (!kept)
            qWarning("loket: the printer's state could not be kept for staff: %s", qPrintable(kept.error().message));
    }
    // While closed nobody takes a ticket: the reopening time is the only news.
    if (problem.isEmpty() || !m_printer || !m_printer->prints() || !m_opening.open) {
        m_banner->hide();
        return;
    }
    m_banner->setText(PrinterStatus::publicBanner());
    m_banner->show();
}

void KioskWindow::reloadPrinter()
{
    const PrinterSettings settings = PrinterSettings::load(SettingsStore(m_db));
    if (m_printer && settings == m_printerSettings)
        return;
    m_printerSettings = settings;
    m_printer = TicketPrinter::create(settings);
    connect(m_printer.get(), &TicketPrinter::finished, this, &KioskWindow::printed);
    connect(m_printer.get(), &TicketPrinter::readinessChecked, this, &KioskWindow::readinessChecked);
    m_printerProblem.clear();
    m_banner->hide();
    m_printer->checkReady();
}

void KioskWindow::reloadOffice()
{
    auto office = OfficeService(m_db, m_clock).get();
    if (office) {
        m_zone = QTimeZone(OfficeTime::offsetSeconds(office->timeZone));
        m_idle->setOffice(office->parentAgency, office->name, office->logoPng);
    } else {
        m_idle->setOffice(QString(), QStringLiteral("Loket"), QByteArray());
    }
}

void KioskWindow::changed()
{
    reloadPrinter();
    // The lines' lengths on the buttons (their texts only: a finger may be on one).
    if (page() == Page::Services)
        refreshServices();
    if (page() == Page::Idle)
        reloadOffice();
}

void KioskWindow::tick()
{
    m_idle->setNow(m_clock.nowUtc().toTimeZone(m_zone));
    if (page() == Page::Ticket && m_secondsLeft > 0) {
        --m_secondsLeft;
        m_ticket->setSecondsLeft(m_secondsLeft);
        if (m_secondsLeft == 0)
            showIdle();
    }
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_stack || watched == m_services->backButton())
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        placeLanguageButton();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_inactivity->isActive())
            m_inactivity->start();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
    placeLanguageButton();
}

void KioskWindow::placeLanguageButton()
{
    // On the idle screen's empty top right, and beside "Back" on the services:
    // where a citizen starts. Later pages keep the language chosen.
    const Page p = page();
    m_language->setVisible(p == Page::Idle || p == Page::Services);
    if (m_language->isHidden())
        return;
    m_language->adjustSize();
    const int margin = qMax(8, m_stack->height() / 40);
    if (p == Page::Services) {
        const QPushButton *back = m_services->backButton();
        const QPoint at = back->mapTo(m_stack, QPoint(0, 0));
        m_language->resize(m_language->width(), back->height());
        m_language->move(at.x() - m_language->width() - margin / 2, at.y());
    } else {
        m_language->move(m_stack->width() - m_language->width() - margin, margin);
    }
    m_language->raise();
}

void KioskWindow::scaleFonts()
{
    // The screen's height, not only the window's: type sized from a window
    // that grows with its type would grow without end.
    int h = height();
    if (const QScreen *sc = screen())
        h = qMin(h, sc->geometry().height());
    h = qMax(400, h);
    QFont f = m_banner->font();
    f.setPixelSize(qMax(12, h * 22 / 1000));
    f.setBold(true);
    m_banner->setFont(f);
    QFont lf = m_language->font();
    lf.setPixelSize(qMax(12, h * 24 / 1000));
    lf.setBold(true);
    m_language->setFont(lf);
    m_language->setMinimumHeight(h * 60 / 1000);
    m_idle->scaleTo(h);
    m_services->scaleTo(h);
    m_priority->scaleTo(h);
    m_ticket->scaleTo(h);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // Staff only: Ctrl+Shift+Q closes the kiosk, F11 leaves full screen.
    if (event->key() == Qt::Key_Q && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        close();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    if (event->key() == Qt::Key_Escape && page() != Page::Idle) {
        showIdle();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace loket::ui
