// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyReportMenu.h"

#include "core/survey/SurveyReport.h"
#include "print/survey/SurveyReportPdf.h"
#include "print/survey/SurveyReportXlsx.h"
#include "ui/common/MessageBar.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace loket::ui {

SurveyReportMenu::SurveyReportMenu(Session session, MessageBar *messages, QWidget *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_messages(messages)
    , m_parent(parent)
{
    m_menu = new QMenu(parent);
    m_menu->addAction(tr("Print preview…"), this, [this] { ask(Kind::Preview); });
    m_menu->addAction(tr("Save as PDF…"), this, [this] { ask(Kind::Pdf); });
    m_menu->addAction(tr("Save as Excel workbook (XLSX)…"), this, [this] { ask(Kind::Xlsx); });
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("survey-report"));
    connect(m_thread, &QThread::finished, m_thread, [db = m_session.db] { db->closeThreadConnection(); }, Qt::DirectConnection);
    m_thread->start();
}

SurveyReportMenu::~SurveyReportMenu()
{
    m_thread->quit();
    m_thread->wait();
}

void SurveyReportMenu::ask(Kind kind)
{
    if (kind == Kind::Preview)
        return make(kind);
    const QString stem = QStringLiteral("Laporan-SKM-%1").arg(m_period.code());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool pdf = kind == Kind::Pdf;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, pdf ? tr("Save the SKM report as PDF") : tr("Save the SKM report as an Excel workbook"),
        QDir(dir).filePath(stem + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"))),
        pdf ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        make(kind, path);
}

void SurveyReportMenu::make(Kind kind, const QString &path)
{
    if (m_busy) {
        m_messages->showMessage(MessageBar::Kind::Calm, tr("The report is still being made; a moment please."));
        return;
    }
    m_busy = true;
    m_menu->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Calm, tr("Making the SKM report of %1…").arg(m_period.label()));
    m_messages->show();
    const Session session = m_session;
    const SurveyPeriod period = m_period;
    auto *worker = new QObject;
    worker->moveToThread(m_thread);
    QMetaObject::invokeMethod(worker, [this, worker, session, period, kind, path] {
        // The rows (one per response) only for the workbook.
        auto data = std::make_shared<Result<SurveyReportData>>(SurveyReport(session.db).read(
            session.actor, period.from(), period.to(), SurveyReport::Options {.withRows = kind == Kind::Xlsx}));
        Status written;
        if (*data && kind == Kind::Pdf) {
            auto pages = SurveyReportPdf::write(path, data->value());
            written = pages ? Status() : Status(pages.error());
        } else if (*data && kind == Kind::Xlsx) {
            written = SurveyReportXlsx::write(path, data->value());
        }
        worker->deleteLater();
        QMetaObject::invokeMethod(this, [this, data, written, kind, path] {
            m_busy = false;
            m_menu->setEnabled(true);
            const Status failed = !*data ? Status(data->error()) : written;
            if (!failed) {
                m_messages->showMessage(MessageBar::Kind::Error, failed.error().message);
                m_messages->show();
                Q_EMIT finished(false, failed.error().message);
                return;
            }
            if (kind == Kind::Preview) {
                m_messages->clear();
                QPrinter printer(QPrinter::HighResolution);
                printer.setPageLayout(SurveyReportPdf::pageLayout());
                printer.setDocName(SurveyReportPdf::title());
                QPrintPreviewDialog preview(&printer, m_parent);
                preview.setWindowTitle(tr("SKM report — print preview"));
                connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                        [&](QPrinter *p) { SurveyReportPdf::print(p, data->value()); });
                preview.resize(1000, 720);
                preview.exec();
                Q_EMIT finished(true, {});
                return;
            }
            const QString message = tr("Saved: %1").arg(QDir::toNativeSeparators(path));
            m_messages->showMessage(MessageBar::Kind::Calm, message);
            m_messages->show();
            Q_EMIT finished(true, message);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace loket::ui
