// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskStyle.h"

namespace loket::ui {

QString kioskStyleSheet()
{
    return QStringLiteral(R"(
        #kiosk { background: #eef3f9; }
        #kiosk QLabel { color: #13294b; background: transparent; }
        #kioskIdle { background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #13294b, stop:1 #1f4e79); }
        #kioskIdle QLabel { color: #ffffff; }
        #kioskIdle QLabel#kioskAgency, #kioskIdle QLabel#kioskDate, #kioskIdle QLabel#kioskInviteSub { color: #c9d6e8; }
        #kioskIdle QLabel#kioskInvite { color: #13294b; background: #ffd166; border-radius: 22px; padding: 18px 44px; }
        #kioskIdle QLabel#kioskClosed { color: #ffffff; background: #9a3412; border-radius: 22px; padding: 18px 44px; }
        QLabel#kioskSubtitle { color: #3d4f63; }
        QLabel#kioskTicketPriority { color: #ffffff; background: #0f766e; border-radius: 12px; padding: 4px 20px; }
        #kiosk QPushButton#kioskLanguage { background: #ffffff; color: #13294b; border: 2px solid #8fa3b8;
                      border-radius: 12px; padding: 6px 18px; }
        QLabel#kioskError { background: #fdecea; border: 2px solid #b42318; border-radius: 10px; padding: 10px 16px;
                      color: #8a1c1c; }
        QLabel#kioskBanner { background: #fff4e5; border-bottom: 3px solid #f5a524; padding: 10px 24px; color: #7a4b00; }
        #kioskTicketCard { background: #ffffff; border: 2px solid #c8d3e0; border-radius: 24px; }
        QLabel#kioskNumber { color: #13294b; }
        QLabel#kioskTicketService { color: #1f4e79; }
        QLabel#kioskTicketFact { color: #3d4f63; }
        QLabel#kioskPrintOk { color: #0f5132; }
        QLabel#kioskPrintFailed { color: #8a1c1c; background: #fdecea; border-radius: 10px; padding: 8px 16px; }
        #kiosk QPushButton { border-radius: 12px; padding: 10px 28px; }
        #kiosk QPushButton#kioskBack { background: #ffffff; color: #13294b; border: 2px solid #8fa3b8; }
        #kiosk QPushButton#kioskDone { background: #1f4e79; color: #ffffff; border: 2px solid #1f4e79; }
        #kiosk QPushButton:pressed { background: #dce8f5; color: #13294b; }
    )");
}

} // namespace loket::ui
