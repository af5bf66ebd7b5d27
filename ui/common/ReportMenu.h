// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "ui/common/Session.h"

#include <QObject>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <memory>

class QMenu;
class QPagedPaintDevice;
class QThread;
class QWidget;

namespace loket::ui {

class MessageBar;

// A report read from the database and ready to be put on paper or in a file.
// Made and written on the menu's thread; painted on the GUI thread for the
// print preview.
class PreparedReport
{
public:
    virtual ~PreparedReport() = default;
    virtual Status writePdf(const QString &path) const = 0;
    virtual Status writeXlsx(const QString &path) const = 0;
    virtual void paint(QPagedPaintDevice *device) const = 0;
    virtual QPageLayout pageLayout() const = 0;
    virtual QString documentName() const = 0;
};

// What the menu says about the report it makes now.
struct ReportMenuTexts {
    QString fileStem;     // "Laporan-SKM-2026-Q3": the file name offered
    QString making;       // "Making the SKM report of …"
    QString pdfCaption;   // the save dialogs' titles
    QString xlsxCaption;
    QString previewTitle;
};

// A page's "Print report…" menu: a print preview, a PDF or an Excel
// workbook of what the page shows. The report's data is read, and its files
// written, on a thread of its own (a year of data takes seconds); the page
// stays usable and its message bar says what is happening.
class ReportMenu : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Preview, Pdf, Xlsx };
    // Runs on the menu's thread (its own database connection).
    using Prepare = std::function<Result<std::shared_ptr<const PreparedReport>>(Kind kind)>;

    // `workbook`: the report has an Excel form too.
    ReportMenu(Session session, MessageBar *messages, QWidget *parent, const QString &threadName, bool workbook = true);
    ~ReportMenu() override;

    QMenu *menu() const { return m_menu; }
    // What the menu makes from now on (the period or the month the page shows).
    void setReport(ReportMenuTexts texts, Prepare prepare);
    // Writes `path` (Pdf, Xlsx) or opens the preview, off the GUI thread; finished() reports.
    void make(Kind kind, const QString &path = {});
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

protected:
    const Session &session() const { return m_session; }
    MessageBar *messages() const { return m_messages; }
    QWidget *parentWidget() const { return m_parent; }

private:
    void ask(Kind kind);
    void done(Kind kind, const QString &path, const Result<std::shared_ptr<const PreparedReport>> &report,
              const Status &written);

    Session m_session;
    MessageBar *m_messages = nullptr;
    QWidget *m_parent = nullptr;
    QMenu *m_menu = nullptr;
    QThread *m_thread = nullptr;
    ReportMenuTexts m_texts;
    Prepare m_prepare;
    bool m_busy = false;
};

} // namespace loket::ui
