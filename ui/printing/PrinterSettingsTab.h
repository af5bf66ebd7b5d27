// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kiosk/PrinterSettings.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace loket::ui {

class TicketPrinter;

// Where tickets are printed: a USB or network thermal printer, a system
// printer or PDF files; the paper width; and a test print.
class PrinterSettingsTab : public QWidget
{
    Q_OBJECT
public:
    PrinterSettingsTab(Session session, QWidget *parent = nullptr);
    ~PrinterSettingsTab() override;

    PrinterSettings current() const; // as filled in, not yet saved
    bool save();
    void printTest();
    QString message() const;
    // The last failure the kiosk kept for staff (PrinterStatus), as shown; empty when none.
    QString problemText() const;
    void reloadProblem();

private:
    void load();
    void showKind();
    void setMessage(const QString &text, bool error);

    Session m_session;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_where = nullptr;
    QLineEdit *m_device = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_systemPrinter = nullptr;
    QLineEdit *m_pdfFolder = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_qr = nullptr;
    QLineEdit *m_qrUrl = nullptr;
    QSpinBox *m_earlyMinutes = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_message = nullptr;
    std::unique_ptr<TicketPrinter> m_testPrinter;
};

} // namespace loket::ui
