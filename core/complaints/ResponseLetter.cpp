// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ResponseLetter.h"

#include "core/auth/UserService.h"
#include "core/catalog/OfficeService.h"
#include "core/complaints/ComplaintReceipt.h"

#include <QLocale>

namespace loket {

namespace {

QString digits(QString nip)
{
    nip.remove(QLatin1Char(' '));
    return nip;
}

} // namespace

QString LetterData::dateText(QDate day)
{
    return ComplaintReceipt::dateText(day);
}

QString LetterData::placeAndDate() const
{
    return place.isEmpty() ? dateText(date) : tr("%1, %2").arg(place, dateText(date));
}

QString LetterData::subject() const
{
    return tr("Response to Complaint No. %1").arg(complaintNumber);
}

QString LetterData::nature() const
{
    return confidential ? tr("Confidential") : tr("Ordinary");
}

QStringList LetterData::addressLines() const
{
    QStringList lines;
    if (anonymous || addresseeName.isEmpty())
        lines << tr("Dear Complainant of Complaint No. %1").arg(complaintNumber);
    else
        lines << tr("Dear %1").arg(addresseeName);
    for (const QString &line : addresseeAddress.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !anonymous)
            lines << line.trimmed();
    }
    if (lines.size() == 1)
        lines << tr("at your place");
    return lines;
}

QString LetterData::channelPhrase(IntakeChannel c)
{
    switch (c) {
    case IntakeChannel::Langsung:
        return tr("in person at our service counter");
    case IntakeChannel::Surat:
        return tr("by letter");
    case IntakeChannel::Telepon:
        return tr("by telephone");
    case IntakeChannel::Sms:
        return tr("by SMS");
    case IntakeChannel::Email:
        return tr("by email");
    case IntakeChannel::Website:
        return tr("through our website");
    case IntakeChannel::MediaSosial:
        return tr("through social media");
    case IntakeChannel::WhatsApp:
        return tr("through WhatsApp");
    case IntakeChannel::KotakSaran:
        return tr("through the suggestion box");
    case IntakeChannel::Lapor:
        return tr("through SP4N-LAPOR!");
    }
    return {};
}

QString LetterData::opening() const
{
    return tr("Following up on the complaint we received on %1 %2, registered under number %3, about \"%4\", we "
              "hereby convey our response as follows:")
        .arg(dateText(receivedDay), channel, complaintNumber, summary);
}

QString LetterData::closing() const
{
    return tr("This is our response. Should you need further explanation, please contact us and quote the register "
              "number of your complaint. Thank you for your attention and for helping us improve our public service.");
}

QString LetterData::nipText(const QString &nip)
{
    const QString d = digits(nip);
    if (d.size() != 18)
        return nip.trimmed();
    return d.left(8) + QLatin1Char(' ') + d.mid(8, 6) + QLatin1Char(' ') + d.mid(14, 1) + QLatin1Char(' ') + d.mid(15);
}

QString LetterData::nipLine() const
{
    return QStringLiteral("NIP. ")
        + (signerNip.trimmed().isEmpty() ? QStringLiteral("....................") : nipText(signerNip));
}

Result<LetterData> LetterData::gather(
    DatabasePtr db, const ComplaintService &complaints, const Actor &actor, const QString &numberOrId)
{
    auto c = complaints.find(actor, numberOrId);
    if (!c)
        return c.error();
    auto life = complaints.lifecycle();
    if (!life)
        return life.error();
    auto events = complaints.events(actor, c->id);
    if (!events)
        return events.error();
    const ComplaintEvent *response = nullptr;
    for (const ComplaintEvent &e : events.value()) {
        if (e.kind == ComplaintEventKind::Responded)
            response = &e; // the latest one: a reopened complaint is answered again
    }
    if (!response) {
        return makeError(ErrorCode::Nothing,
            tr("Complaint %1 has no response yet, so there is no letter to print. Record the response first "
               "(complaint respond).")
                .arg(c->number));
    }

    LetterData l;
    auto office = OfficeService(db).get();
    if (!office && office.error().code != ErrorCode::NotFound)
        return office.error();
    if (office)
        l.office = office.value();
    l.complaintNumber = c->number;
    l.anonymous = c->intake.anonymous;
    l.confidential = c->intake.confidential;
    // Who it goes to, only through the checked and logged read. A rahasia
    // complaint's letter is refused (and the refusal audited) to anyone who
    // may not see the person: it could not be sent without them.
    if (!c->intake.anonymous) {
        const bool allowed = complaints.maySeeIdentity(actor, *c);
        if ((allowed && c->hasIdentity) || (!allowed && c->intake.confidential)) {
            auto person = complaints.identity(actor, c->id); // a refusal is audited there
            if (!person && person.error().code == ErrorCode::PermissionDenied) {
                Error e = person.error();
                e.message = tr("Complaint %1 is confidential: its response letter names the complainant, so only the "
                               "follow-up team and supervisors print it.")
                                .arg(c->number);
                return e;
            }
            if (!person)
                return person.error();
            l.addresseeName = person->name.trimmed();
            l.addresseeAddress = person->address.trimmed();
        }
    }

    l.letterNumber = response->detail.value(QStringLiteral("letter_number")).toString().trimmed();
    if (l.letterNumber.isEmpty())
        l.letterNumber = QStringLiteral("\u2026/\u2026/\u2026");
    l.place = l.office.city.trimmed();
    l.date = life->officeTime().localDate(response->at);
    l.receivedDay = life->officeTime().localDate(c->intake.receivedAt);
    l.channel = channelPhrase(c->intake.channel);
    l.summary = ComplaintReceipt::cut(c->intake.summary, ComplaintReceipt::kSummaryChars);
    l.response = response->note.trimmed();

    // The head of office signs; anyone else signs on the head's behalf (a.n.).
    const QString headTitle = l.office.headTitle.trimmed().isEmpty() ? tr("Head of %1").arg(l.office.name.trimmed())
                                                                     : l.office.headTitle.trimmed();
    std::optional<User> signer;
    if (actor.isUser()) {
        if (auto u = UserService(db).findUser(actor.username))
            signer = u.value();
    }
    const bool isHead = !signer
        || (!digits(l.office.headNip).isEmpty() && digits(signer->nip) == digits(l.office.headNip))
        || (!l.office.headName.trimmed().isEmpty()
            && signer->fullName.trimmed().compare(l.office.headName.trimmed(), Qt::CaseInsensitive) == 0);
    if (isHead) {
        l.signerTitle = headTitle;
        l.signerName = l.office.headName.trimmed();
        l.signerNip = l.office.headNip.trimmed();
        if (signer && l.signerName.isEmpty())
            l.signerName = signer->fullName.trimmed();
        if (signer && l.signerNip.isEmpty())
            l.signerNip = signer->nip.trimmed();
    } else {
        l.signerTitle = tr("on behalf of %1").arg(headTitle);
        l.signerName = signer->fullName.trimmed();
        l.signerNip = signer->nip.trimmed();
    }
    return l;
}

} // namespace loket
