// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/TicketLayout.h"

#include "core/common/WaitText.h"

namespace loket {

int charactersPerLine(PaperWidth paper)
{
    return paper == PaperWidth::Mm58 ? 32 : 48;
}

int printableDots(PaperWidth paper)
{
    return paper == PaperWidth::Mm58 ? 384 : 576;
}

QString TicketLayout::dateTimeText(const QLocale &locale) const
{
    if (!issuedLocal.isValid())
        return {};
    // Indonesian writes the time with a dot (08.15), as the locale's own format does.
    return locale.toString(issuedLocal, QStringLiteral("dddd, d MMMM yyyy HH.mm"));
}

QString TicketLayout::peopleAheadText() const
{
    if (peopleAhead < 0)
        return {};
    return tr("People ahead of you: %1").arg(peopleAhead);
}

QString TicketLayout::estimatedWaitText() const
{
    if (estimatedWaitMinutes < 0)
        return {};
    return tr("Estimated wait: %1").arg(waitText(estimatedWaitMinutes));
}

QString TicketLayout::priorityText() const
{
    if (priorityReason.trimmed().isEmpty())
        return {};
    return tr("PRIORITY — %1").arg(priorityReason.trimmed());
}

QString TicketLayout::requirementsHeading() const
{
    return tr("Please prepare:");
}

} // namespace loket
