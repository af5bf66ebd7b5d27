// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ReportMenu.h"

#include "ui/common/MessageBar.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QThread>

namespace loket::ui {

ReportMenu::ReportMenu(Session session, MessageBar *messages, QWidget *parent, const QString &threadName, bool workbook)
    : QObject(parent)
    , m_session(std::move(session))
    , m_messages(messages)
    , m_parent(parent)
{
    m_menu = new QMenu(parent);
    m_menu->addAction(tr("Print preview…"), this, [this] { ask(Kind::Preview); });
    m_menu->addAction(tr("Save as PDF…"), this, [this] { ask(Kind::Pdf); });
    if (workbook)
        m_menu->addAction(tr("Save as Excel workbook (XLSX)…"), this, [this] { ask(Kind::Xlsx); });
    m_thread = new QThread(this);
    m_thread->setObjectName(threadName);
    connect(m_thread, &QThread::finished, m_thread, [db = m_session.db] { db->closeThreadConnection(); },
            Qt::DirectConnection);
    m_thread->start();
}

ReportMenu::~ReportMenu()
{
    m_thread->quit();
    m_thread->wait();
}

void ReportMenu::setReport(ReportMenuTexts texts, Prepare prepare)
{
    m_texts = std::move(texts);
    m_prepare = std::move(prepare);
}

void ReportMenu::ask(Kind kind)
{
    if (kind == Kind::Preview)
        return make(kind);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool pdf = kind == Kind::Pdf;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, pdf ? m_texts.pdfCaption : m_texts.xlsxCaption,
        QDir(dir).filePath(m_texts.fileStem + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"))),
        pdf ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        make(kind, path);
}

void ReportMenu::make(Kind kind, const QString &path)
{
    if (!m_prepare)
        return;
    if (m_busy) {
        m_messages->showMessage(MessageBar::Kind::Calm, tr("The report is still being made; a moment please."));
        return;
    }
    m_busy = true;
    m_menu->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Calm, m_texts.making);
    m_messages->show();
    auto *worker = new QObject;
    worker->moveToThread(m_thread);
    QMetaObject::invokeMethod(worker, [this, worker, prepare = m_prepare, kind, path] {
        using Made = Result<std::shared_ptr<const PreparedReport>>;
        auto report = std::make_shared<Made>(prepare(kind));
        Status written;
        if (*report && kind == Kind::Pdf)
            written = report->value()->writePdf(path);
        else if (*report && kind == Kind::Xlsx)
            written = report->value()->writeXlsx(path);
        worker->deleteLater();
        QMetaObject::invokeMethod(this, [this, report, written, kind, path] { done(kind, path, *report, written); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ReportMenu::done(Kind kind, const QString &path, const Result<std::shared_ptr<const PreparedReport>> &report,
                      const Status &written)
{
    m_busy = false;
    m_menu->setEnabled(true);
    const Status failed = !report ? Status(report.error()) : written;
    if (!failed) {
        m_messages->showMessage(MessageBar::Kind::Error, failed.error().message);
        m_messages->show();
        Q_EMIT finished(false, failed.error().message);
        return;
    }
    if (kind == Kind::Preview) {
        m_messages->clear();
        const PreparedReport &r = *report.value();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(r.pageLayout());
        printer.setDocName(r.documentName());
        QPrintPreviewDialog preview(&printer, m_parent);
        preview.setWindowTitle(m_texts.previewTitle);
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&r](QPrinter *p) { r.paint(p); });
        preview.resize(1000, 720);
        preview.exec();
        Q_EMIT finished(true, {});
        return;
    }
    const QString message = tr("Saved: %1").arg(QDir::toNativeSeparators(path));
    m_messages->showMessage(MessageBar::Kind::Calm, message);
    m_messages->show();
    Q_EMIT finished(true, message);
}

} // namespace loket::ui
