// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/suggestions/MinutesPdf.h"

#include "core/common/IndonesianWords.h"
#include "core/complaints/ResponseLetter.h"
#include "print/common/LetterHtml.h"
#include "print/complaints/PaperPdf.h"
#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"

#include <QImage>
#include <QLocale>
#include <QPageSize>

namespace loket {

namespace {

using letterhtml::esc;

const QString kHead = QStringLiteral("#e3e8ef");
const QString kDraftRed = QStringLiteral("#b42318");

QString longDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QStringLiteral("—");
}

QString shortDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("dd-MM-yyyy")) : QStringLiteral("—");
}

// Never broken over lines (a NIP, a date): the column widens instead.
QString nowrap(const QString &html)
{
    return QStringLiteral("<p style=\"margin:0; white-space:nowrap;\">%1</p>").arg(html);
}

QString dash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : esc(s);
}

QString para(const QString &html, const QString &style = {})
{
    return QStringLiteral("<p align=\"justify\" style=\"margin:0 0 8px 0; %1\">%2</p>").arg(style, html);
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"margin:12px 0 4px 0; font-weight:bold;\">%1</p>").arg(esc(text));
}

// A ruled table whose header row repeats on every page it runs onto.
// `widths` in percent; `centred` columns are centred (numbers, dates).
QString ruledTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
    const QList<int> &centred = { 0 }, const QString &font = QStringLiteral("font-size:10pt;"))
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse:collapse; border-color:#555555; %1\">")
                       .arg(font);
    html += QStringLiteral("<thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<td bgcolor=\"%1\" width=\"%2%\" align=\"center\" valign=\"middle\"><b>%3</b></td>")
                    .arg(kHead)
                    .arg(widths.value(i))
                    .arg(esc(headers.at(i)));
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) {
            html += QStringLiteral("<td valign=\"top\" align=\"%1\">%2</td>")
                        .arg(centred.contains(i) ? QStringLiteral("center") : QStringLiteral("left"), row.at(i));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// "Label : value" lines without rules.
QString facts(const QList<std::pair<QString, QString>> &lines)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin:0 0 6px 0;\">");
    for (const auto &[label, value] : lines) {
        html += QStringLiteral("<tr><td valign=\"top\" width=\"170\">%1</td><td valign=\"top\">:&nbsp;</td>"
                               "<td valign=\"top\">%2</td></tr>")
                    .arg(esc(label), value);
    }
    return html + QStringLiteral("</table>");
}

QString nipLine(const QString &nip)
{
    return nip.trimmed().isEmpty() ? QString() : QStringLiteral("NIP. ") + LetterData::nipText(nip);
}

QString headTitle(const SuggestionMinutes &m)
{
    return m.session.headTitle.trimmed().isEmpty() ? m.office.headTitle.trimmed() : m.session.headTitle.trimmed();
}

QString headName(const SuggestionMinutes &m)
{
    return m.session.headName.trimmed().isEmpty() ? m.office.headName : m.session.headName;
}

QString headNip(const SuggestionMinutes &m)
{
    return m.session.headNip.trimmed().isEmpty() ? m.office.headNip : m.session.headNip;
}

QList<SessionMember> membersOf(const SuggestionSession &s, MemberRole role)
{
    QList<SessionMember> out;
    for (const SessionMember &member : s.members) {
        if (member.role == role)
            out << member;
    }
    return out;
}

QString numberText(const SuggestionSession &s)
{
    return s.isSigned() && !s.number.trimmed().isEmpty() ? s.number.trimmed() : QStringLiteral("—");
}

} // namespace

QPageLayout MinutesPdf::pageLayout()
{
    // 2.5 cm on the left for the binding, 2 cm elsewhere (the footer sits inside the bottom one).
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 20, 20, 15), QPageLayout::Millimeter);
}

QString MinutesPdf::title()
{
    return tr("MINUTES OF THE OPENING OF THE SUGGESTION BOX");
}

QString MinutesPdf::html(const SuggestionMinutes &m)
{
    const SuggestionSession &s = m.session;
    const StandardDocument letterhead(m.office, s.openedOn);
    QString html = letterhead.letterhead();

    // The title and the number; a draft says so and has no number yet.
    html += QStringLiteral("<p align=\"center\" style=\"margin:16px 0 0 0; font-size:13pt; font-weight:bold;\">"
                           "<u>%1</u></p>")
                .arg(esc(title()));
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 0 0;\">%1</p>")
                .arg(esc(tr("Number: %1").arg(numberText(s))));
    if (!s.isSigned()) {
        html += QStringLiteral("<p align=\"center\" style=\"margin:4px 0 0 0; color:%1; font-weight:bold;\">%2</p>")
                    .arg(kDraftRed, esc(tr("DRAFT: not signed, no number given yet")));
    }
    html += QStringLiteral("<p style=\"margin:0; font-size:8pt;\">&nbsp;</p>");

    // The opening sentence: the day and date in words (Indonesian always), the time, the place.
    const QTime time = s.openedTime.isValid() ? s.openedTime : QTime(9, 0);
    const QString clock = time.toString(QStringLiteral("HH.mm")) + QLatin1Char(' ')
        + OfficeTime::zoneCode(m.office.timeZone);
    QString place = s.place.trimmed().isEmpty() ? s.boxLocation.trimmed() : s.place.trimmed();
    if (!m.office.name.trimmed().isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(", ")) + m.office.name.trimmed();
    html += para(esc(tr("%1, at %2, at %3, we the undersigned opened the suggestion box of %4 in the presence of "
                        "the witnesses named below, with the following result:")
                         .arg(IndonesianWords::openingPhrase(s.openedOn), clock, place, m.office.name.trimmed())));

    QString seal = esc(sealName(s.seal));
    if (s.seal == SealCondition::Rusak && !s.sealNote.trimmed().isEmpty())
        seal += QStringLiteral(" (%1)").arg(esc(s.sealNote));
    html += facts({
        { tr("Suggestion box"), dash(s.boxName) },
        { tr("Location of the box"), dash(s.boxLocation) },
        { tr("Period covered"), esc(tr("%1 to %2").arg(longDate(s.periodFrom), longDate(s.periodTo))) },
        { tr("Seal when found"), seal },
        { tr("Slips found"), esc(tr("%1 (%2)").arg(m.summary.total).arg(IndonesianWords::number(m.summary.total))) },
    });

    // Who was there.
    html += heading(tr("A. The opening team"));
    QList<QStringList> openers;
    int n = 0;
    for (const SessionMember &member : membersOf(s, MemberRole::Opener)) {
        openers << QStringList { QString::number(++n) + QLatin1Char('.'), esc(member.name),
            nowrap(dash(LetterData::nipText(member.nip))),
            dash(member.teamRole) };
    }
    html += ruledTable({ tr("No."), tr("Name"), tr("NIP"), tr("Role in the team") }, openers, { 7, 40, 31, 22 });

    html += heading(tr("B. Witnesses"));
    QList<QStringList> witnesses;
    n = 0;
    for (const SessionMember &member : membersOf(s, MemberRole::Witness)) {
        const QString standing
            = member.isPublic() ? esc(tr("Member of the public")) : nowrap(esc(LetterData::nipText(member.nip)));
        witnesses << QStringList { QString::number(++n) + QLatin1Char('.'), esc(member.name), standing };
    }
    html += ruledTable({ tr("No."), tr("Name"), tr("NIP or standing") }, witnesses, { 7, 50, 43 });

    // The count by kind, then every slip with its decision.
    html += heading(tr("C. Slips by kind"));
    QList<QStringList> kinds;
    n = 0;
    for (const SlipKind kind : allSlipKinds()) {
        kinds << QStringList { QString::number(++n) + QLatin1Char('.'), esc(slipKindName(kind)),
            QString::number(m.summary.byKind.at(std::size_t(kind))) };
    }
    kinds << QStringList { QString(), QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))),
        QStringLiteral("<b>%1</b>").arg(m.summary.total) };
    html += ruledTable({ tr("No."), tr("Kind"), tr("Slips") }, kinds, { 7, 73, 20 }, { 0, 2 });

    html += heading(tr("D. The slips and the team's decisions"));
    if (m.slips.isEmpty()) {
        html += para(esc(tr("The box held no slips.")));
    } else {
        QList<QStringList> slips;
        for (const SuggestionSlip &slip : m.slips) {
            const SlipEntry &e = slip.entry;
            slips << QStringList { QString::number(slip.number), dash(e.summary), dash(slip.serviceName),
                e.element.isEmpty() ? QStringLiteral("—") : esc(surveyElementName(e.element)),
                esc(slipKindName(e.kind)),
                e.decision ? esc(slipDecisionName(*e.decision)) : QStringLiteral("<i>%1</i>").arg(esc(tr("not decided"))),
                dash(slip.ownerName),
                nowrap(shortDate(e.target)) };
        }
        html += ruledTable({ tr("No."), tr("What the slip says"), tr("Service"), tr("Survey element"), tr("Kind"),
                               tr("Decision"), tr("Person in charge"), tr("Target") },
            // Eight columns on 16.5 cm: the narrower face of the same family.
            slips, { 5, 22, 12, 13, 11, 13, 13, 11 }, { 0, 7 },
            QStringLiteral("font-family:'DejaVu Sans Condensed'; font-size:8.5pt;"));
    }

    // The closing sentence and every signature as one block (a row of a table the pages never
    // split): no page holds a signature without the others, nor the head's alone.
    QString closing = QStringLiteral("<p style=\"margin:0; font-size:6pt;\">&nbsp;</p>");
    closing += para(esc(tr("These minutes were made truthfully, to be used as is proper.")));

    // The signatures: one row each, so a block is never split across pages. The place and date
    // and the headings sit in the first row, with the first blocks.
    const QList<SessionMember> team = membersOf(s, MemberRole::Opener);
    const QList<SessionMember> seen = membersOf(s, MemberRole::Witness);
    const auto block = [](const SessionMember &member, int number) {
        QString above = QString::number(number) + QLatin1Char('.');
        if (!member.teamRole.trimmed().isEmpty())
            above += QLatin1Char(' ') + member.teamRole.trimmed();
        // A member of the public has no NIP; said once, above or below.
        const QString publicLine = member.teamRole.trimmed().compare(tr("Member of the public"), Qt::CaseInsensitive)
                == 0
            ? QString()
            : tr("Member of the public");
        return letterhtml::signatureBlock({ above }, member.name, member.isPublic() ? publicLine : nipLine(member.nip),
            30);
    };
    QString signatures = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
    const QString city = m.office.city.trimmed();
    const QString where = city.isEmpty() ? longDate(s.openedOn) : tr("%1, %2").arg(city, longDate(s.openedOn));
    const int rows = int(std::max(team.size(), seen.size()));
    for (int i = 0; i < std::max(rows, 1); ++i) {
        QString left;
        QString right;
        if (i == 0) {
            left = QStringLiteral("<p style=\"margin:0;\">&nbsp;</p><p style=\"margin:0 0 6px 0; font-weight:bold;\">%1</p>")
                       .arg(esc(tr("The opening team,")));
            right = QStringLiteral("<p style=\"margin:0;\">%1</p><p style=\"margin:0 0 6px 0; font-weight:bold;\">%2</p>")
                        .arg(esc(where), esc(tr("The witnesses,")));
        }
        if (i < team.size())
            left += block(team.at(i), i + 1);
        if (i < seen.size())
            right += block(seen.at(i), i + 1);
        signatures += QStringLiteral("<tr><td width=\"50%\" align=\"center\" valign=\"top\" style=\"padding:0 0 14px 0;\">%1</td>"
                                     "<td width=\"50%\" align=\"center\" valign=\"top\" style=\"padding:0 0 14px 0;\">%2</td></tr>")
                          .arg(left, right);
    }
    const QString head = headTitle(m);
    signatures += QStringLiteral("<tr><td colspan=\"2\" align=\"center\" valign=\"top\" style=\"padding:6px 0 0 0;\">%1</td></tr>")
                      .arg(letterhtml::signatureBlock({ tr("Acknowledged,"), head.isEmpty() ? QString() : head + QLatin1Char(',') },
                          headName(m), QStringLiteral("NIP. ") + (headNip(m).trimmed().isEmpty() ? QStringLiteral("....................")
                                                                                      : LetterData::nipText(headNip(m)))));
    signatures += QStringLiteral("</table>");
    closing += QStringLiteral("<p style=\"margin:0; font-size:6pt;\">&nbsp;</p>") + signatures;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>%1</td></tr></table>")
                .arg(closing);

    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:11pt; color:#000000; "
                          "line-height:125%;\">%1</body></html>")
        .arg(html);
}

int MinutesPdf::print(QPagedPaintDevice *device, const SuggestionMinutes &m)
{
    PagedHtml paged;
    paged.setRepeatTableHeaders(true);
    if (!m.office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(m.office.logoPng));
    if (m.session.isSigned()) {
        paged.setFooter(tr("Minutes of the suggestion box opening %1 · %2")
                            .arg(numberText(m.session), m.office.name.trimmed()));
    } else {
        paged.setWatermark(tr("DRAFT"));
        paged.setFooter(tr("DRAFT minutes of the suggestion box opening, not signed · %1").arg(m.office.name.trimmed()));
    }
    return paged.print(device, html(m)) ? paged.pages() : 0;
}

Result<int> MinutesPdf::write(const QString &path, const SuggestionMinutes &m)
{
    return PaperPdf::write(path, pageLayout(), [&](QPagedPaintDevice *device) { return print(device, m); });
}

} // namespace loket
