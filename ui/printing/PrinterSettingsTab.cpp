// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/PrinterSettingsTab.h"

#include "core/catalog/OfficeService.h"
#include "core/kiosk/KioskHours.h"
#include "core/kiosk/PrinterStatus.h"
#include "core/storage/SettingsStore.h"
#include "ui/common/Style.h"
#include "ui/printing/TicketPrinter.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

// A page of the "where" stack: one labelled field and a hint.
QWidget *wherePage(const QString &label, QWidget *field, const QString &hint, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    if (field)
        form->addRow(label, field);
    form->addRow(QString(), makeHint(hint, page));
    return page;
}

} // namespace

PrinterSettingsTab::PrinterSettingsTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("The printer of queue tickets at the kiosk and the counters. When it is off or "
                                  "missing, tickets are still issued and shown on screen."),
        this));
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (PrinterKind k : { PrinterKind::EscPosDevice, PrinterKind::EscPosNetwork, PrinterKind::System, PrinterKind::Pdf,
             PrinterKind::None })
        m_kind->addItem(printerKindDisplayName(k), printerKindCode(k));
    form->addRow(tr("Printer"), m_kind);

    m_where = new QStackedWidget(this);
    m_device = new QLineEdit(this);
    m_device->setPlaceholderText(QStringLiteral("/dev/usb/lp0"));
    m_where->addWidget(wherePage(tr("Device"), m_device,
        tr("Most USB thermal printers appear as /dev/usb/lp0. The kiosk's user must be in the \"lp\" group."),
        m_where));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(QStringLiteral("192.168.1.50:9100"));
    m_where->addWidget(wherePage(tr("Address"), m_host,
        tr("The printer's IP address, with the port if it is not 9100. Give the printer a fixed address."), m_where));
    m_systemPrinter = new QComboBox(this);
    m_systemPrinter->addItem(tr("The default printer"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_systemPrinter->addItem(name, name);
    m_where->addWidget(wherePage(tr("System printer"), m_systemPrinter,
        tr("A printer installed in the operating system, with a page as wide as the roll."), m_where));
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_pdfFolder = new QLineEdit(folderRow);
    auto *browse = new QPushButton(tr("Choose…"), folderRow);
    folderLayout->addWidget(m_pdfFolder, 1);
    folderLayout->addWidget(browse);
    m_where->addWidget(wherePage(tr("Folder"), folderRow,
        tr("Each ticket becomes a PDF file there, e.g. tiket-2026-11-23-A-001.pdf."), m_where));
    m_where->addWidget(wherePage(QString(), nullptr,
        tr("Tickets are shown on screen only; the kiosk asks citizens to note their number."), m_where));
    form->addRow(QString(), m_where);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("80 mm"), 80);
    m_paper->addItem(tr("58 mm"), 58);
    form->addRow(tr("Paper width"), m_paper);
    m_qr = new QComboBox(this);
    m_qr->addItem(tr("Printed by the printer (most ESC/POS printers)"), qrPrintModeCode(QrPrintMode::Native));
    m_qr->addItem(tr("Sent as an image (printers without QR support)"), qrPrintModeCode(QrPrintMode::Raster));
    m_qr->addItem(tr("No QR code"), qrPrintModeCode(QrPrintMode::None));
    form->addRow(tr("QR code"), m_qr);
    m_qrUrl = new QLineEdit(this);
    m_qrUrl->setObjectName(QStringLiteral("qrUrlTemplate"));
    m_qrUrl->setPlaceholderText(
        QStringLiteral("https://kec-sukamaju.go.id/antrian?no={nomor}&hari={tanggal}&layanan={layanan}"));
    form->addRow(tr("QR code link"), m_qrUrl);
    form->addRow(QString(),
        makeHint(tr("The page a citizen's phone opens from the ticket: your status page or survey. {nomor} becomes "
                    "the ticket number, {tanggal} the day (2026-12-02), {layanan} the service code. Empty: tickets "
                    "have no QR code."),
            this));
    m_earlyMinutes = new QSpinBox(this);
    m_earlyMinutes->setObjectName(QStringLiteral("kioskEarlyMinutes"));
    m_earlyMinutes->setRange(0, KioskHours::maxEarlyMinutes);
    m_earlyMinutes->setSuffix(tr(" min"));
    m_earlyMinutes->setMaximumWidth(160);
    form->addRow(tr("Kiosk opens early"), m_earlyMinutes);
    form->addRow(QString(),
        makeHint(tr("The kiosk issues tickets from opening time (Calendar tab) minus these minutes until closing, "
                    "and says when it opens again outside those hours."),
            this));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("printerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Last printer problem"), m_problem);

    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("primary"));
    auto *test = new QPushButton(tr("Print a test ticket"), this);
    buttons->addWidget(save);
    buttons->addWidget(test);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    form->addRow(QString(), m_message);
    layout->addLayout(form);
    layout->addStretch(1);

    load();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrinterSettingsTab::showKind);
    connect(save, &QPushButton::clicked, this, &PrinterSettingsTab::save);
    connect(test, &QPushButton::clicked, this, &PrinterSettingsTab::printTest);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Folder for PDF tickets"), m_pdfFolder->text());
        if (!folder.isEmpty())
            m_pdfFolder->setText(folder);
    });
}

PrinterSettingsTab::~PrinterSettingsTab() = default;

void PrinterSettingsTab::load()
{
    const PrinterSettings s = PrinterSettings::load(SettingsStore(m_session.db));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(printerKindCode(s.kind))));
    m_device->setText(s.device);
    m_host->setText(s.host);
    const int printer = m_systemPrinter->findData(s.systemPrinter);
    if (printer < 0 && !s.systemPrinter.isEmpty()) {
        m_systemPrinter->addItem(tr("%1 (not installed)").arg(s.systemPrinter), s.systemPrinter);
        m_systemPrinter->setCurrentIndex(m_systemPrinter->count() - 1);
    } else {
        m_systemPrinter->setCurrentIndex(qMax(0, printer));
    }
    m_pdfFolder->setText(s.pdfFolder);
    m_paper->setCurrentIndex(s.paper == PaperWidth::Mm58 ? 1 : 0);
    m_qr->setCurrentIndex(qMax(0, m_qr->findData(qrPrintModeCode(s.qrMode))));
    m_qrUrl->setText(s.qrUrlTemplate);
    m_earlyMinutes->setValue(KioskHours::earlyMinutes(m_session.db));
    reloadProblem();
    showKind();
}

void PrinterSettingsTab::reloadProblem()
{
    const auto problem = PrinterStatus::lastProblem(m_session.db);
    if (!problem) {
        m_problem->setText(tr("None: the last ticket printed."));
        return;
    }
    OfficeTimeZone zone = OfficeTimeZone::WIB;
    if (auto office = OfficeService(m_session.db, *m_session.clock).get())
        zone = office->timeZone;
    const QDateTime local = OfficeTime(zone).localDateTime(problem->at);
    m_problem->setText(local.isValid()
            ? tr("%1 — %2").arg(QLocale().toString(local, QStringLiteral("d MMMM yyyy HH.mm")), problem->detail)
            : problem->detail);
}

QString PrinterSettingsTab::problemText() const
{
    return m_problem->text();
}

void PrinterSettingsTab::showKind()
{
    m_where->setCurrentIndex(m_kind->currentIndex());
}

PrinterSettings PrinterSettingsTab::current() const
{
    PrinterSettings s;
    s.kind = printerKindFromCode(m_kind->currentData().toString()).value_or(PrinterKind::None);
    s.device = m_device->text().trimmed();
    s.host = m_host->text().trimmed();
    s.systemPrinter = m_systemPrinter->currentData().toString();
    s.pdfFolder = m_pdfFolder->text().trimmed();
    s.paper = m_paper->currentData().toInt() == 58 ? PaperWidth::Mm58 : PaperWidth::Mm80;
    s.qrMode = qrPrintModeFromCode(m_qr->currentData().toString()).value_or(QrPrintMode::Native);
    s.qrUrlTemplate = m_qrUrl->text().trimmed();
    return s;
}

QString PrinterSettingsTab::message() const
{
    return m_message->text();
}

void PrinterSettingsTab::setMessage(const QString &text, bool error)
{
    m_message->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("hint"));
    m_message->setText(text);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

bool PrinterSettingsTab::save()
{
    Status saved = current().save(m_session.actor, m_session.db, *m_session.clock);
    if (saved)
        saved = KioskHours::setEarlyMinutes(m_session.actor, m_session.db, m_earlyMinutes->value(), *m_session.clock);
    setMessage(saved ? tr("Saved. The kiosk uses this printer from its next ticket.") : saved.error().message, !saved);
    return saved.ok();
}

void PrinterSettingsTab::printTest()
{
    const PrinterSettings s = current();
    if (Status valid = s.validate(); !valid) {
        setMessage(valid.error().message, true);
        return;
    }
    TicketLayout t;
    OfficeTimeZone zone = OfficeTimeZone::WIB;
    if (auto office = OfficeService(m_session.db, *m_session.clock).get()) {
        t.officeName = office->name;
        zone = office->timeZone;
    }
    t.serviceName = tr("Test ticket");
    t.number = QStringLiteral("A-000");
    t.issuedLocal = OfficeTime(zone).localDateTime(m_session.clock->nowUtc());
    t.peopleAhead = 0;
    t.qrPayload = PrinterSettings::expandQrUrl(
        s.qrUrlTemplate, t.number, OfficeTime(zone).localDate(m_session.clock->nowUtc()), QStringLiteral("TEST"));
    t.requirements = { tr("The paper is cut cleanly") };
    if (!t.qrPayload.isEmpty())
        t.requirements << tr("The QR code below can be scanned");
    t.footer = tr("If you can read this, tickets will print.");
    m_testPrinter = TicketPrinter::create(s);
    connect(m_testPrinter.get(), &TicketPrinter::finished, this, [this](bool ok, const QString &error) {
        setMessage(ok ? tr("The test ticket was sent to the printer.") : error, !ok);
    });
    setMessage(tr("Printing a test ticket…"), false);
    m_testPrinter->print(t);
}

} // namespace loket::ui
