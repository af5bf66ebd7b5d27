// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/BoardWindow.h"

#include "ui/common/ConnectionBanner.h"

#include "core/catalog/OfficeService.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardStyle.h"
#include "ui/board/CallPanel.h"
#include "ui/board/RunningText.h"
#include "ui/board/ServiceStrip.h"
#include "ui/board/VoiceStatusPublisher.h"
#include "ui/common/SharedFeed.h"
#include "ui/voice/Announcer.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSysInfo>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

void setPixelSize(QWidget *w, int px, bool bold = false)
{
    QFont f = w->font();
    f.setPixelSize(qMax(8, px));
    f.setBold(bold);
    w->setFont(f);
}

} // namespace

BoardWindow::BoardWindow(DatabasePtr db, const Clock &clock, QWidget *parent)
    : BoardWindow(std::move(db), clock, SpeechCommand::helper(), parent)
{ }

BoardWindow::BoardWindow(DatabasePtr db, const Clock &clock, SpeechCommand speech, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_zone(7 * 3600)
    , m_model(new BoardModel(m_db, clock, this))
    , m_announcer(new Announcer(std::move(speech), this))
    , m_publisher(std::make_unique<VoiceStatusPublisher>(m_db))
{
    setObjectName(QStringLiteral("board"));
    setWindowTitle(tr("Loket display board"));
    setStyleSheet(boardStyleSheet());
    setAutoFillBackground(true);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("boardHeader"));
    buildHeader(header);
    root->addWidget(header);

    auto *middle = new QHBoxLayout;
    middle->setContentsMargins(20, 14, 20, 10);
    middle->setSpacing(18);
    m_call = new CallPanel(this);
    middle->addWidget(m_call, 3);

    auto *recentBox = new QFrame(this);
    recentBox->setObjectName(QStringLiteral("boardRecent"));
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->setContentsMargins(16, 12, 16, 12);
    m_recentTitle = new QLabel(tr("Previous calls"), recentBox);
    m_recentTitle->setObjectName(QStringLiteral("boardRecentTitle"));
    recentLayout->addWidget(m_recentTitle);
    m_recent = new QTableView(recentBox);
    m_recent->setModel(m_model);
    m_recent->setShowGrid(false);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->verticalHeader()->hide();
    m_recent->horizontalHeader()->hide();
    m_recent->setColumnHidden(BoardModel::ServiceColumn, true);
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_recent->horizontalHeader()->setSectionResizeMode(BoardModel::CounterColumn, QHeaderView::ResizeToContents);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    recentLayout->addWidget(m_recent, 1);
    middle->addWidget(recentBox, 2);
    root->addLayout(middle, 1);

    m_services = new ServiceStrip(this);
    auto *servicesRow = new QHBoxLayout;
    servicesRow->setContentsMargins(20, 0, 20, 10);
    servicesRow->addWidget(m_services);
    root->addLayout(servicesRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    root->addWidget(m_status);
    root->addWidget(new ConnectionBanner(m_db, this, 28)); // read from across the waiting room

    m_ticker = new RunningText(this);
    m_ticker->setObjectName(QStringLiteral("boardTicker"));
    QPalette tickerColors = m_ticker->palette();
    tickerColors.setColor(QPalette::Window, QColor(0xff, 0xd1, 0x66));
    tickerColors.setColor(QPalette::WindowText, QColor(0x0b, 0x1a, 0x2e));
    m_ticker->setPalette(tickerColors);
    root->addWidget(m_ticker);

    connect(m_announcer, &Announcer::statusChanged, this, &BoardWindow::reportVoice);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &BoardWindow::updateClock);
    m_clockTimer->start();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &BoardWindow::refresh);
    // The feed reports changes at once; the slow timer keeps the counts and
    // the clock's day right even when nothing is called for a while.
    m_fallback = new QTimer(this);
    m_fallback->setInterval(20000);
    connect(m_fallback, &QTimer::timeout, this, &BoardWindow::refresh);
    m_fallback->start();
    m_feed = sharedChangeFeed(m_db);
    if (m_feed) {
        connect(m_feed.get(), &ChangeFeed::changed, m_debounce, qOverload<>(&QTimer::start));
        if (Status started = m_feed->start(); !started)
            qWarning("loket: the board is not told of changes (%s); it re-reads every 20 seconds",
                qPrintable(started.error().message));
    }

    refresh();
    updateClock();
    scaleFonts();
    // The helper is a separate process, so this never delays the screen;
    // starting it a little later keeps the first picture quick all the same.
    QTimer::singleShot(1500, m_announcer, &Announcer::prepare);
    reportVoice();
}

BoardWindow::~BoardWindow() = default;

void BoardWindow::buildHeader(QWidget *header)
{
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(24, 10, 24, 10);
    layout->setSpacing(16);
    m_logo = new QLabel(header);
    layout->addWidget(m_logo);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    m_agency = new QLabel(header);
    m_agency->setObjectName(QStringLiteral("boardAgency"));
    m_office = new QLabel(header);
    m_office->setObjectName(QStringLiteral("boardOffice"));
    names->addWidget(m_agency);
    names->addWidget(m_office);
    layout->addLayout(names, 1);
    auto *when = new QVBoxLayout;
    when->setSpacing(0);
    m_time = new QLabel(header);
    m_time->setObjectName(QStringLiteral("boardTime"));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_date = new QLabel(header);
    m_date->setObjectName(QStringLiteral("boardDate"));
    m_date->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    when->addWidget(m_time);
    when->addWidget(m_date);
    layout->addLayout(when);

    auto office = OfficeService(m_db, m_clock).get();
    if (office) {
        m_office->setText(office->name);
        m_agency->setText(office->parentAgency.toUpper());
        m_agency->setVisible(!office->parentAgency.isEmpty());
        m_zone = QTimeZone(OfficeTime::offsetSeconds(office->timeZone));
        QPixmap logo;
        if (!office->logoPng.isEmpty() && logo.loadFromData(office->logoPng))
            m_logo->setPixmap(logo);
    } else {
        m_office->setText(QStringLiteral("Loket"));
        m_agency->hide();
    }
    m_logo->setVisible(m_logo->pixmap().isNull() == false);
}

QString BoardWindow::shownClockText() const
{
    return m_time->text();
}

QString BoardWindow::clockText() const
{
    return QLocale().toString(m_clock.nowUtc().toTimeZone(m_zone).time(), QLocale::ShortFormat);
}

QString BoardWindow::dateText() const
{
    return QLocale().toString(m_clock.nowUtc().toTimeZone(m_zone).date(), QStringLiteral("dddd, d MMMM yyyy"));
}

void BoardWindow::updateClock()
{
    m_time->setText(clockText());
    m_date->setText(dateText());
}

void BoardWindow::refresh()
{
    if (m_feed && m_feed->serverAway())
        return; // the last calls stay up under the banner; read again when the server is back
    auto fresh = m_model->refresh();
    if (!fresh) {
        m_status->setText(tr("The board cannot read the queue: %1").arg(fresh.error().message));
        m_status->show();
        return;
    }
    m_status->hide();
    m_announcer->setVoiceEnabled(m_model->voiceEnabled());
    m_ticker->setText(m_model->runningText());
    m_ticker->setVisible(!m_model->runningText().isEmpty());
    m_services->setServices(m_model->services());
    // The screen shows the call at once; the voice follows, one call after another.
    showCurrent();
    if (!fresh->isEmpty() && m_model->current())
        m_call->flash();
    for (const RecentCall &call : fresh.value())
        m_announcer->announce(m_model->phrase(call));
}

void BoardWindow::showCurrent()
{
    m_call->showCall(m_model->current());
}

void BoardWindow::reportVoice()
{
    VoiceStatus status = m_announcer->status();
    status.host = QSysInfo::machineHostName();
    if (m_voiceReported && *m_voiceReported == status)
        return;
    status.at = m_clock.nowUtc();
    m_voiceReported = status;
    // For staff only: the log and the settings page. The public board shows nothing of it.
    if (status.state == VoiceStatus::State::ChimeOnly)
        qWarning("loket: board voice: %s", qPrintable(status.describe()));
    else
        qInfo("loket: board voice: %s", qPrintable(status.describe()));
    m_publisher->publish(status);
}

void BoardWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void BoardWindow::scaleFonts()
{
    // The screen's height, not only the window's: type sized from a window
    // that grows with its type would grow without end.
    int h = height();
    if (const QScreen *sc = screen())
        h = qMin(h, sc->geometry().height());
    h = qMax(300, h);
    setPixelSize(m_office, h * 42 / 1000, true);
    setPixelSize(m_agency, h * 22 / 1000, true);
    setPixelSize(m_time, h * 60 / 1000, true);
    setPixelSize(m_date, h * 24 / 1000);
    if (!m_logo->pixmap().isNull()) {
        const int side = h * 80 / 1000;
        m_logo->setFixedSize(side, side);
        m_logo->setScaledContents(true);
    }
    m_call->scaleTo(h);
    setPixelSize(m_recentTitle, h * 36 / 1000, true);
    setPixelSize(m_recent, h * 54 / 1000, true);
    m_recent->verticalHeader()->setDefaultSectionSize(h * 76 / 1000);
    m_services->scaleTo(h);
    setPixelSize(m_ticker, h * 38 / 1000, true);
    m_ticker->setFixedHeight(h * 62 / 1000);
    setPixelSize(m_status, h * 22 / 1000);
}

void BoardWindow::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Q closes the board; F11 leaves or enters full screen (setting it up).
    if (event->key() == Qt::Key_Q && event->modifiers().testFlag(Qt::ControlModifier)) {
        close();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace loket::ui
