// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace loket {

namespace {
QTranslator *g_translator = nullptr;
QTranslator *g_qtTranslator = nullptr; // Qt's own strings (standard buttons)
QString g_language;
} // namespace

void installLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
        g_qtTranslator = nullptr;
    }
    if (lang == QLatin1String("id")) {
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral(":/i18n/qt_id.qm"))) {
            QCoreApplication::installTranslator(qt);
            g_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    auto *translator = new QTranslator;
    if (translator->load(QStringLiteral(":/i18n/loket_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator);
        g_translator = translator;
    } else {
        delete translator;
    }
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Indonesian, QLocale::Indonesia));
    g_language = lang;
}

QString currentLanguage()
{
    return g_language.isEmpty() ? QStringLiteral("id") : g_language;
}

} // namespace loket
