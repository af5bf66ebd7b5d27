// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintPrinting.h"

#include "core/complaints/ComplaintReceipt.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/ResponseLetter.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/printing/EscPosEncoder.h"
#include "core/storage/SettingsStore.h"
#include "print/complaints/ComplaintReceiptPdf.h"
#include "print/complaints/ResponseLetterPdf.h"
#include "print/raw/RawPrinterPort.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>
#include <QWidget>

#include <memory>

namespace loket::ui::complaintprinting {

namespace {

QString askPdf(QWidget *parent, const QString &title, const QString &name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(name), QCoreApplication::translate("ComplaintPrinting", "PDF (*.pdf)"));
}

QString fileName(const QString &prefix, const QString &number)
{
    QString safe = number;
    safe.replace(QLatin1Char('/'), QLatin1Char('-'));
    return prefix + safe + QStringLiteral(".pdf");
}

} // namespace

void saveReceiptPdf(const Session &session, const QString &number, QWidget *parent)
{
    ComplaintService service(session.db, *session.clock);
    auto receipt = ComplaintReceipt::gather(session.db, service, session.actor, number);
    if (!receipt) {
        QMessageBox::warning(parent, QCoreApplication::translate("ComplaintPrinting", "Complaint receipt"), receipt.error().message);
        return;
    }
    const QString path = askPdf(parent, QCoreApplication::translate("ComplaintPrinting", "Save the receipt"), fileName(QStringLiteral("tanda-terima-"), number));
    if (path.isEmpty())
        return;
    auto written = ComplaintReceiptPdf::write(receipt.value(), path);
    if (!written)
        QMessageBox::warning(parent, QCoreApplication::translate("ComplaintPrinting", "Complaint receipt"), written.error().message);
}

bool printReceipt(const Session &session, const QString &number, QWidget *parent, bool orPdf)
{
    const PrinterSettings printer = PrinterSettings::load(SettingsStore(session.db));
    if (printer.kind != PrinterKind::EscPosDevice && printer.kind != PrinterKind::EscPosNetwork) {
        if (!orPdf)
            return false;
        saveReceiptPdf(session, number, parent);
        return true;
    }
    ComplaintService service(session.db, *session.clock);
    auto receipt = ComplaintReceipt::gather(session.db, service, session.actor, number);
    if (!receipt) {
        QMessageBox::warning(parent, QCoreApplication::translate("ComplaintPrinting", "Complaint receipt"), receipt.error().message);
        return false;
    }
    EscPosOptions options;
    options.qrMode = printer.qrMode;
    auto bytes = EscPosEncoder(options).encode(receipt->slip(printer.paper));
    if (!bytes) {
        QMessageBox::warning(parent, QCoreApplication::translate("ComplaintPrinting", "Complaint receipt"), bytes.error().message);
        return false;
    }
    // The printer may be off or unplugged: the screen does not wait for it.
    auto outcome = std::make_shared<Status>();
    QThread *worker = QThread::create([printer, data = bytes.value(), outcome] {
        if (printer.kind == PrinterKind::EscPosDevice) {
            *outcome = RawPrinterPort::writeFile(printer.device, data);
        } else if (auto address = PrinterSettings::parseAddress(printer.host)) {
            *outcome = RawPrinterPort::send(*address, data);
        } else {
            *outcome = makeError(ErrorCode::InvalidInput, QCoreApplication::translate("ComplaintPrinting", "The ticket printer's network address is not set."));
        }
    });
    QPointer<QWidget> owner(parent);
    QObject::connect(worker, &QThread::finished, worker, [worker, outcome, owner, session, number] {
        worker->deleteLater();
        if (outcome->ok() || !owner)
            return;
        const auto choice = QMessageBox::warning(owner, QCoreApplication::translate("ComplaintPrinting", "Complaint receipt"),
            QCoreApplication::translate("ComplaintPrinting", "The receipt could not be printed: %1\n\nSave it as a PDF instead?").arg(outcome->error().message),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (choice == QMessageBox::Save)
            saveReceiptPdf(session, number, owner);
    });
    worker->start();
    return true;
}

void saveLetterPdf(const Session &session, const QString &number, QWidget *parent)
{
    ComplaintService service(session.db, *session.clock);
    auto letter = LetterData::gather(session.db, service, session.actor, number);
    if (!letter) {
        QMessageBox::warning(parent, QCoreApplication::translate("ComplaintPrinting", "Response letter"), letter.error().message);
        return;
    }
    const QString path = askPdf(parent, QCoreApplication::translate("ComplaintPrinting", "Save the response letter"), fileName(QStringLiteral("surat-tanggapan-"), number));
    if (path.isEmpty())
        return;
    auto written = ResponseLetterPdf::write(letter.value(), path);
    if (!written)
        QMessageBox::warning(parent, QCoreApplication::translate("ComplaintPrinting", "Response letter"), written.error().message);
    else
        QMessageBox::information(parent, QCoreApplication::translate("ComplaintPrinting", "Response letter"), QCoreApplication::translate("ComplaintPrinting", "Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace loket::ui::complaintprinting
