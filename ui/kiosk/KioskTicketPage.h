// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/TicketLayout.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace loket::ui {

// The ticket just issued, on screen: the number very large, the service, the
// place in the line and the estimated wait, and whether it was printed.
class KioskTicketPage : public QWidget
{
    Q_OBJECT
public:
    enum class PrintState { Printing, Printed, Failed, NoPrinter };

    explicit KioskTicketPage(QWidget *parent = nullptr);

    void showTicket(const TicketLayout &ticket);
    void setPrintState(PrintState state);
    void setSecondsLeft(int seconds);
    void scaleTo(int height);
    void retranslate();

    QString numberText() const;
    QString detailsText() const;
    QString printText() const;
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *doneButton() const { return m_done; }

Q_SIGNALS:
    void doneRequested();
    void reprintRequested();

private:
    QLabel *m_caption = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_ahead = nullptr;
    QLabel *m_wait = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_print = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace loket::ui
