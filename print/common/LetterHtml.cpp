// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/common/LetterHtml.h"

namespace loket::letterhtml {

QString esc(const QString &text)
{
    return text.trimmed().toHtmlEscaped();
}

QString signatureBlock(const QStringList &above, const QString &name, const QString &below, qreal spacePt)
{
    QString block;
    for (const QString &line : above)
        block += QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(esc(line));
    block += QStringLiteral("<p style=\"margin:0; font-size:%1pt;\">&nbsp;</p>").arg(spacePt);
    block += QStringLiteral("<p style=\"margin:0; font-weight:bold;\"><u>%1</u></p>")
                 .arg(name.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : esc(name));
    if (!below.trimmed().isEmpty())
        block += QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(esc(below));
    return block;
}

} // namespace loket::letterhtml
