// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintReceipt.h"

#include "core/catalog/OfficeService.h"
#include "core/common/OfficeTime.h"

#include <QLocale>

namespace loket {

QString ComplaintReceipt::cut(const QString &text, int chars)
{
    const QString simple = text.simplified();
    if (simple.size() <= chars)
        return simple;
    QString head = simple.left(chars - 1);
    const qsizetype space = head.lastIndexOf(QLatin1Char(' '));
    if (space > chars * 3 / 4)
        head.truncate(space);
    return head.trimmed() + QChar(0x2026);
}

QString ComplaintReceipt::receivedText() const
{
    if (!receivedLocal.isValid())
        return QStringLiteral("-");
    // Indonesian writes the time with a dot (10.15), as the ticket does.
    return QLocale().toString(receivedLocal, QStringLiteral("dddd, d MMMM yyyy HH.mm")) + QLatin1Char(' ') + zoneCode;
}

QString ComplaintReceipt::dateText(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : QStringLiteral("-");
}

QString ComplaintReceipt::title()
{
    return tr("COMPLAINT RECEIPT");
}

QString ComplaintReceipt::keepNumberText()
{
    return tr("Keep this number to ask about the progress of your complaint.");
}

QString ComplaintReceipt::complainantText() const
{
    if (anonymous)
        return tr("Anonymous");
    if (confidential)
        return tr("Kept confidential");
    return complainantName;
}

QString ComplaintReceipt::receiverLabel()
{
    return tr("Received by");
}

QList<std::pair<QString, QString>> ComplaintReceipt::rows(bool withReceiver) const
{
    QList<std::pair<QString, QString>> r;
    r << std::pair { tr("Received"), receivedText() } << std::pair { tr("Channel"), channel };
    if (!service.isEmpty())
        r << std::pair { tr("Service"), service };
    if (const QString who = complainantText(); !who.isEmpty())
        r << std::pair { tr("Complainant"), who };
    r << std::pair { tr("Summary"), summary };
    r << std::pair { tr("Verified by"), dateText(verifyDue) } << std::pair { tr("Settled by"), dateText(settleDue) };
    if (withReceiver && !receivedBy.isEmpty())
        r << std::pair { receiverLabel(), receivedBy };
    return r;
}

SlipLayout ComplaintReceipt::slip(PaperWidth paper) const
{
    using Align = SlipLine::Align;
    using Size = SlipLine::Size;
    SlipLayout s;
    s.paper = paper;
    s.lines << SlipLine { officeName, Align::Center, Size::Normal, true };
    if (!officeAddress.isEmpty())
        s.lines << SlipLine { officeAddress, Align::Center };
    const SlipLine rule { QString(charactersPerLine(paper), QLatin1Char('-')) };
    s.lines << rule << SlipLine { title(), Align::Center, Size::Tall, true } << SlipLine::blank();
    s.lines << SlipLine { tr("Register number"), Align::Center } << SlipLine { number, Align::Center, Size::Large }
            << rule;
    for (const auto &[label, value] : rows()) {
        if (label == tr("Summary")) {
            // The summary under its label: it is the longest field.
            s.lines << SlipLine { label + QLatin1Char(':'), Align::Left, Size::Normal, true }
                    << SlipLine { value, Align::Left, Size::Normal, false, 0 };
        } else {
            s.lines << SlipLine { label + QStringLiteral(": ") + value, Align::Left, Size::Normal, false, 2 };
        }
    }
    s.lines << rule << SlipLine { keepNumberText(), Align::Center, Size::Normal, true };
    if (!officePhone.isEmpty())
        s.lines << SlipLine { tr("Information: %1").arg(officePhone), Align::Center };
    return s;
}

Result<ComplaintReceipt> ComplaintReceipt::gather(
    DatabasePtr db, const ComplaintService &complaints, const Actor &actor, const QString &numberOrId)
{
    auto c = complaints.find(actor, numberOrId);
    if (!c)
        return c.error();
    auto life = complaints.lifecycle();
    if (!life)
        return life.error();
    auto office = OfficeService(db).get();
    if (!office && office.error().code != ErrorCode::NotFound)
        return office.error();
    const OfficeProfile profile = office ? office.value() : OfficeProfile {};

    ComplaintReceipt r;
    r.office = profile;
    r.officeName = profile.name;
    QStringList where;
    for (const QString &part : { profile.address, profile.city }) {
        if (!part.trimmed().isEmpty())
            where << part.trimmed();
    }
    r.officeAddress = where.join(QStringLiteral(", "));
    r.officePhone = profile.phone.trimmed();
    r.number = c->number;
    r.receivedLocal = life->officeTime().localDateTime(c->intake.receivedAt);
    r.zoneCode = OfficeTime::zoneCode(life->officeTime().zone());
    r.channel = channelName(c->intake.channel);
    r.service = c->serviceName;
    r.summary = cut(c->intake.summary, kSummaryChars);
    r.anonymous = c->intake.anonymous;
    r.confidential = c->intake.confidential;
    r.receivedBy = c->createdByName;
    r.verifyDue = c->status.verify.due;
    r.settleDue = c->status.settle.due;
    // Never the person of a rahasia complaint on paper, whoever prints it;
    // another's name only for those who may see it (the view is logged).
    if (!c->intake.anonymous && !c->intake.confidential && c->hasIdentity && complaints.maySeeIdentity(actor, *c)) {
        auto person = complaints.identity(actor, c->id);
        if (!person)
            return person.error();
        r.complainantName = person->name.trimmed();
    }
    return r;
}

} // namespace loket
