// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/SurveyPeriod.h"
#include "ui/common/Session.h"

#include <QObject>

class QMenu;
class QThread;
class QWidget;

namespace loket::ui {

class MessageBar;

// The results page's "Print report…" menu: the SKM report of the period
// shown, as a print preview, a PDF or an Excel workbook. The report's data
// (a year of responses takes a few seconds) is read, and the files written,
// on a thread of its own; the page stays usable and says what it is doing.
class SurveyReportMenu : public QObject
{
    Q_OBJECT
public:
    SurveyReportMenu(Session session, MessageBar *messages, QWidget *parent);
    ~SurveyReportMenu() override;

    QMenu *menu() const { return m_menu; }
    void setPeriod(const SurveyPeriod &period) { m_period = period; }

    enum class Kind { Preview, Pdf, Xlsx };
    // For tests and the menu: writes `path` (Pdf, Xlsx) off the GUI thread; `done` reports.
    void make(Kind kind, const QString &path = {});
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void ask(Kind kind);
    Session m_session;
    MessageBar *m_messages = nullptr;
    QWidget *m_parent = nullptr;
    QMenu *m_menu = nullptr;
    QThread *m_thread = nullptr;
    SurveyPeriod m_period;
    bool m_busy = false;
};

} // namespace loket::ui
