// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/Survey.h"

#include <QCoreApplication>

namespace loket::ui {

// What the survey screen shows of a question in the language on screen. The
// questionnaire is stored in the office's words (Indonesian); in English the
// standard wording (version 1's) is shown translated, and an office's own
// rewording as the office wrote it.
class SurveyTexts
{
    Q_DECLARE_TR_FUNCTIONS(SurveyTexts)
public:
    static QString question(const SurveyQuestion &shown, const Questionnaire &standard);
    static QString option(const SurveyQuestion &shown, const Questionnaire &standard, int value); // value 1 … 4
    // A profile choice as a citizen reads it ("SWASTA" → "Pegawai swasta"); unknown ones as configured.
    static QString occupation(const QString &code);
    static QString education(const QString &code);
};

} // namespace loket::ui
