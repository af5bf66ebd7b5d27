// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/complaints/ResponseLetterPdf.h"

#include "print/common/LetterHtml.h"
#include "print/complaints/PaperPdf.h"
#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"

#include <QImage>
#include <QPageSize>
#include <QRegularExpression>

namespace loket {

namespace {

using letterhtml::esc;

// Paragraphs of a person's text: a blank line starts a new paragraph, a
// single line break stays a line break.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList parts = text.trimmed().split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        QString p = esc(part);
        p.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p align=\"justify\" style=\"margin:0 0 8px 0;\">%1</p>").arg(p);
    }
    return html;
}

QString para(const QString &text, const QString &style = {})
{
    return QStringLiteral("<p align=\"justify\" style=\"margin:0 0 8px 0; %1\">%2</p>").arg(style, esc(text));
}

} // namespace

QPageLayout ResponseLetterPdf::pageLayout()
{
    // As the service standard: a wide left margin for the binding.
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 15, 20, 12), QPageLayout::Millimeter);
}

QString ResponseLetterPdf::html(const LetterData &l)
{
    const StandardDocument letterhead(l.office, l.date);
    QString html = letterhead.letterhead();
    html += QStringLiteral("<p style=\"margin:0; font-size:6pt;\">&nbsp;</p>");

    // Number, nature, attachments, subject on the left; place and date on the right.
    const QString cell = QStringLiteral("<td valign=\"top\" style=\"padding:1px 0;\">%1</td>");
    // The register number is never broken at its slashes.
    QString subject = esc(l.subject());
    subject.replace(esc(l.complaintNumber),
        QStringLiteral("<span style=\"white-space:nowrap;\">%1</span>").arg(esc(l.complaintNumber)));
    QString heading = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    for (const auto &[label, value] : { std::pair { tr("Number"), l.letterNumber }, { tr("Nature"), l.nature() },
             { tr("Attachment"), QStringLiteral("-") }, { tr("Subject"), l.subject() } }) {
        heading += QStringLiteral("<tr>") + cell.arg(esc(label)) + cell.arg(QStringLiteral("&nbsp;:&nbsp;"))
            + cell.arg(label == tr("Subject") ? QStringLiteral("<b>%1</b>").arg(subject) : esc(value))
            + QStringLiteral("</tr>");
    }
    heading += QStringLiteral("</table>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td valign=\"top\">%1</td><td valign=\"top\" align=\"right\" "
                           "style=\"white-space:nowrap;\">%2</td>"
                           "</tr></table>")
                .arg(heading, esc(l.placeAndDate()));
    html += QStringLiteral("<p style=\"margin:0; font-size:10pt;\">&nbsp;</p>");

    // The addressee.
    QString to = QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(esc(tr("To")));
    const QStringList lines = l.addressLines();
    for (int i = 0; i < lines.size(); ++i) {
        to += QStringLiteral("<p style=\"margin:0;%1\">%2</p>")
                  .arg(i == 0 ? QStringLiteral(" font-weight:bold;") : QString(), esc(lines.at(i)));
    }
    html += to;
    html += QStringLiteral("<p style=\"margin:0; font-size:10pt;\">&nbsp;</p>");

    // The body: the greeting, the complaint, the response, the closing.
    html += para(tr("Dear Sir or Madam,"));
    html += para(l.opening());
    html += paragraphs(l.response);
    html += para(l.closing());

    // The signature block on the right; one table row, so never split across pages.
    const QString block
        = letterhtml::signatureBlock({ l.signerTitle.trimmed() + QLatin1Char(',') }, l.signerName, l.nipLine());
    html += QStringLiteral("<p style=\"margin:0; font-size:8pt;\">&nbsp;</p>"
                           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\"></td>"
                           "<td align=\"center\">%1</td></tr></table>")
                .arg(block);
    if (l.confidential) {
        html += QStringLiteral("<p style=\"margin:14px 0 0 0; font-size:8pt; color:#4a5663;\">%1</p>")
                    .arg(esc(tr("Confidential: the identity of the complainant is protected. Deliver to the addressee "
                                "only.")));
    }
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:10.5pt; color:#000000; "
                          "line-height:130%;\">%1</body></html>")
        .arg(html);
}

int ResponseLetterPdf::print(QPagedPaintDevice *device, const LetterData &l)
{
    PagedHtml paged;
    if (!l.office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(l.office.logoPng));
    paged.setFooter(tr("%1 · %2").arg(l.subject(), l.office.name.trimmed()));
    return paged.print(device, html(l)) ? paged.pages() : 0;
}

Result<int> ResponseLetterPdf::write(const LetterData &l, const QString &path)
{
    return PaperPdf::write(path, pageLayout(), [&](QPagedPaintDevice *device) { return print(device, l); });
}

} // namespace loket
