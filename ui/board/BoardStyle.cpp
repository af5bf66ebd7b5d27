// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/BoardStyle.h"

namespace loket::ui {

QString boardStyleSheet()
{
    return QStringLiteral(R"(
        #board { background: #0b1a2e; }
        #board QLabel { color: #ffffff; background: transparent; }
        #boardHeader { background: #13294b; border-bottom: 3px solid #ffd166; }
        QLabel#boardAgency { color: #c9d6e8; }
        QLabel#boardDate { color: #c9d6e8; }
        #boardCall { background: #13294b; border-radius: 18px; border: 2px solid #28466f; }
        #boardCall[flash="true"] { background: #ffd166; border-color: #ffd166; }
        QLabel#boardCallCaption { color: #c9d6e8; }
        QLabel#boardCallCaption[flash="true"], QLabel#boardCallNumber[flash="true"],
        QLabel#boardCallService[flash="true"] { color: #0b1a2e; }
        QLabel#boardCallCounter { color: #ffd166; }
        QLabel#boardCallCounter[flash="true"] { color: #8a1c1c; }
        #boardRecent { background: #13294b; border-radius: 18px; border: 2px solid #28466f; }
        QLabel#boardRecentTitle { color: #c9d6e8; padding-bottom: 6px; }
        #boardRecent QTableView { background: transparent; border: none; color: #ffffff; }
        #boardRecent QTableView::item { border-bottom: 1px solid #28466f; }
        QLabel#boardServiceTile { background: #13294b; border-radius: 10px; border: 1px solid #28466f; padding: 2px 12px; }
        QLabel#boardServicesCaption { color: #c9d6e8; }
        QLabel#boardStatus { background: #8a1c1c; color: #ffffff; padding: 6px 20px; }
    )");
}

} // namespace loket::ui
