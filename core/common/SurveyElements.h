// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace loket {

// The nine elements of the satisfaction survey (SKM, PermenPANRB 14/2017),
// named by code U1 … U9. The standard questionnaire asks U9 as question 8
// and U8 as question 9 (domain.md §6): questionnaireOrder() gives that order.
struct SurveyElements {
    Q_DECLARE_TR_FUNCTIONS(SurveyElements)
public:
    static constexpr int kCount = 9;
    static QStringList codes();              // "U1" … "U9"
    static QStringList questionnaireOrder(); // "U1" … "U7", "U9", "U8"
    static bool isCode(const QString &code); // exactly "U1" … "U9" (upper case)
    static int index(const QString &code);   // 0 … 8, -1 when not a code
    // "Persyaratan", "Sistem, Mekanisme, dan Prosedur" … (Indonesian by default).
    static QString name(const QString &code);
    // "U1 Persyaratan"; empty for an empty code.
    static QString label(const QString &code);
};

} // namespace loket
