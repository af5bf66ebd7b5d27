// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyTexts.h"

#include "translations/Language.h"

namespace loket::ui {

namespace {

struct Standard {
    const char *element;
    const char *question;
    const char *options[4];
};

// The standard questionnaire (PermenPANRB 14/2017) in English; in Indonesian
// the screen shows the wording stored in the database.
const Standard kEnglish[] = {
    {"U1", QT_TRANSLATE_NOOP("SurveyTexts", "How well do the requirements of the service match the kind of service?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not suitable"), QT_TRANSLATE_NOOP("SurveyTexts", "Less suitable"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Suitable"), QT_TRANSLATE_NOOP("SurveyTexts", "Very suitable")}},
    {"U2", QT_TRANSLATE_NOOP("SurveyTexts", "How easy is the service procedure at this office?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not easy"), QT_TRANSLATE_NOOP("SurveyTexts", "Less easy"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Easy"), QT_TRANSLATE_NOOP("SurveyTexts", "Very easy")}},
    {"U3", QT_TRANSLATE_NOOP("SurveyTexts", "How fast was the service given?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not fast"), QT_TRANSLATE_NOOP("SurveyTexts", "Less fast"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Fast"), QT_TRANSLATE_NOOP("SurveyTexts", "Very fast")}},
    {"U4", QT_TRANSLATE_NOOP("SurveyTexts", "How fair is the fee or charge for the service?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Very expensive"), QT_TRANSLATE_NOOP("SurveyTexts", "Fairly expensive"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Cheap"), QT_TRANSLATE_NOOP("SurveyTexts", "Free")}},
    {"U5",
     QT_TRANSLATE_NOOP("SurveyTexts",
                       "How well does what you received match the product named in the service standard?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not suitable"), QT_TRANSLATE_NOOP("SurveyTexts", "Less suitable"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Suitable"), QT_TRANSLATE_NOOP("SurveyTexts", "Very suitable")}},
    {"U6", QT_TRANSLATE_NOOP("SurveyTexts", "How competent were the officers who served you?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not competent"), QT_TRANSLATE_NOOP("SurveyTexts", "Less competent"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Competent"), QT_TRANSLATE_NOOP("SurveyTexts", "Very competent")}},
    {"U7", QT_TRANSLATE_NOOP("SurveyTexts", "How polite and friendly were the officers?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not polite and friendly"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Less polite and friendly"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Polite and friendly"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Very polite and friendly")}},
    {"U8", QT_TRANSLATE_NOOP("SurveyTexts", "How are the complaints of service users handled?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Not at all"), QT_TRANSLATE_NOOP("SurveyTexts", "There is a way, but it does not work"),
      QT_TRANSLATE_NOOP("SurveyTexts", "It works, not fully"), QT_TRANSLATE_NOOP("SurveyTexts", "Well handled")}},
    {"U9", QT_TRANSLATE_NOOP("SurveyTexts", "How good are the facilities and the building?"),
     {QT_TRANSLATE_NOOP("SurveyTexts", "Poor"), QT_TRANSLATE_NOOP("SurveyTexts", "Fair"),
      QT_TRANSLATE_NOOP("SurveyTexts", "Good"), QT_TRANSLATE_NOOP("SurveyTexts", "Very good")}},
};

const Standard *english(const QString &element)
{
    for (const Standard &s : kEnglish) {
        if (element == QLatin1String(s.element))
            return &s;
    }
    return nullptr;
}

bool inEnglish()
{
    return currentLanguage() == QLatin1String("en");
}

} // namespace

QString SurveyTexts::question(const SurveyQuestion &shown, const Questionnaire &standard)
{
    const SurveyQuestion *original = standard.question(shown.element);
    const Standard *en = english(shown.element);
    if (inEnglish() && en && original && original->question == shown.question)
        return tr(en->question);
    return shown.question;
}

QString SurveyTexts::option(const SurveyQuestion &shown, const Questionnaire &standard, int value)
{
    if (value < 1 || value > 4 || shown.options.size() != 4)
        return {};
    const QString text = shown.options.at(value - 1);
    const SurveyQuestion *original = standard.question(shown.element);
    const Standard *en = english(shown.element);
    if (inEnglish() && en && original && original->options.value(value - 1) == text)
        return tr(en->options[value - 1]);
    return text;
}

QString SurveyTexts::occupation(const QString &code)
{
    const QString c = code.toUpper();
    if (c == QLatin1String("PNS"))
        return tr("Civil servant (PNS)");
    if (c == QLatin1String("TNI"))
        return tr("Armed forces (TNI)");
    if (c == QLatin1String("POLRI"))
        return tr("Police (POLRI)");
    if (c == QLatin1String("SWASTA"))
        return tr("Private employee");
    if (c == QLatin1String("WIRAUSAHA"))
        return tr("Self-employed");
    if (c == QLatin1String("LAINNYA"))
        return tr("Other");
    return code;
}

QString SurveyTexts::education(const QString &code)
{
    const QString c = code.toUpper();
    if (c == QLatin1String("SD"))
        return tr("Primary (SD)");
    if (c == QLatin1String("SMP"))
        return tr("Junior high (SMP)");
    if (c == QLatin1String("SMA"))
        return tr("Senior high (SMA)");
    if (c == QLatin1String("D1-D3"))
        return tr("Diploma (D1–D3)");
    if (c == QLatin1String("S1"))
        return tr("Bachelor (S1)");
    if (c == QLatin1String("S2"))
        return tr("Master (S2)");
    if (c == QLatin1String("S3"))
        return tr("Doctorate (S3)");
    return code;
}

} // namespace loket::ui
