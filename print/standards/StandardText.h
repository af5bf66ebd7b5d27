// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardVersion.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// How a standard's components read, on screen and on paper: one HTML
// fragment per component, so the viewer, the comparison and the printouts
// all say the same thing the same way.
class StandardText
{
    Q_DECLARE_TR_FUNCTIONS(StandardText)
public:
    static QString rupiah(qint64 amount); // "Rp 10.000" in the current locale
    static QString cost(const StandardContent &content); // "Free", "Rp 25.000", "" when not filled
    static QString documentForm(DocumentForm form);

    // The component as an HTML fragment (lists, paragraphs); a muted
    // "not filled in" when empty.
    static QString componentHtml(const StandardContent &content, StandardComponent component);
    // Text with line breaks kept, escaped for HTML.
    static QString paragraphs(const QString &text);

    static bool sameComponent(const StandardContent &a, const StandardContent &b, StandardComponent component);
    static QList<StandardComponent> changedComponents(const StandardContent &a, const StandardContent &b);

    // "Version 2 · set by decree 100.3.3/12/KEC/2026 of 12 March 2026, in force from 1 April 2026".
    static QString versionLine(const StandardVersion &version);
    static QString date(QDate date); // long date in the current locale, "" when invalid
};

} // namespace loket
