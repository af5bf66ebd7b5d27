// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace loket::ui {

// How a complaint's time left reads and looks in the lists and the file.
struct ComplaintLook {
    Q_DECLARE_TR_FUNCTIONS(ComplaintLook)
public:
    enum class Urgency { None, Stopped, Fine, Soon, Late };
    static Urgency urgency(const Complaint &c);
    static QString timeLeft(const Complaint &c);   // "sisa 3 hari kerja", "terlambat 2 hari kerja", "waktu dihentikan"
    static QString timeLeftShort(const Complaint &c); // for the list: "sisa 3 HK", "lewat 2 HK", "berhenti"
    static QColor background(Urgency u);            // pale red, amber, green; invalid = none
    static QColor foreground(Urgency u);
    static QString dayText(QDate day);               // "7 Des 2026"
    static QString timeText(const QDateTime &utc, int offsetSeconds); // "2 Des 2026 08.15"
};

} // namespace loket::ui
