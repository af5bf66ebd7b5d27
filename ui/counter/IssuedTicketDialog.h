// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/TicketLayout.h"

#include <QDialog>

namespace loket::ui {

// A ticket issued at the counter for a citizen (the kiosk or its printer is
// down): shown large so the officer can write the number on a slip, or print it.
class IssuedTicketDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IssuedTicketDialog(TicketLayout ticket, QWidget *parent = nullptr);

private:
    void print();

    TicketLayout m_ticket;
};

} // namespace loket::ui
