// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/complaints/ComplaintReceiptPdf.h"

#include "print/complaints/PaperPdf.h"
#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"

#include <QImage>
#include <QPageSize>

namespace loket {

namespace {

QString esc(const QString &s)
{
    return s.trimmed().toHtmlEscaped();
}

} // namespace

QPageLayout ComplaintReceiptPdf::pageLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter);
}

QString ComplaintReceiptPdf::html(const ComplaintReceipt &r)
{
    const StandardDocument letterhead(r.office, r.receivedLocal.date());
    QString html = letterhead.letterhead(0.72);
    html += QStringLiteral("<p align=\"center\" style=\"margin:14px 0 2px 0; font-size:15pt; font-weight:bold; "
                           "color:#1f3a5f;\">%1</p>")
                .arg(esc(ComplaintReceipt::title()));
    html += QStringLiteral("<p align=\"center\" style=\"margin:6px 0 0 0; font-size:9pt; color:#4a5663;\">%1</p>")
                .arg(esc(tr("Register number")));
    // The number in a box: what the complainant keeps.
    html += QStringLiteral("<table align=\"center\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                           "style=\"border-color:#1f3a5f; border-style:solid; margin:2px 0 12px 0;\"><tr>"
                           "<td align=\"center\" style=\"font-size:20pt; font-weight:bold; padding:4px 18px;\">"
                           "%1</td></tr></table>")
                .arg(esc(r.number));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[label, value] : r.rows(false)) {
        html += QStringLiteral("<tr><td valign=\"top\" width=\"32%\" style=\"color:#4a5663;\">%1</td>"
                               "<td valign=\"top\" width=\"12\">:</td><td valign=\"top\">%2</td></tr>")
                    .arg(esc(label), esc(value));
    }
    html += QStringLiteral("</table>");

    // The officer who took it signs the receipt.
    if (!r.receivedBy.isEmpty()) {
        QString block = QStringLiteral("<p style=\"margin:0;\">%1</p>")
                            .arg(esc(ComplaintReceipt::receiverLabel()) + QLatin1Char(','));
        block += QStringLiteral("<p style=\"margin:0; font-size:30pt;\">&nbsp;</p>");
        block += QStringLiteral("<p style=\"margin:0; font-weight:bold;\"><u>%1</u></p>").arg(esc(r.receivedBy));
        html += QStringLiteral("<p style=\"margin:0; font-size:10pt;\">&nbsp;</p>"
                               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\"></td>"
                               "<td align=\"center\">%1</td></tr></table>")
                    .arg(block);
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"margin-top:14px;\">"
                           "<tr><td bgcolor=\"#eef2f7\" align=\"center\" style=\"font-weight:bold;\">%1</td></tr>"
                           "</table>")
                .arg(esc(ComplaintReceipt::keepNumberText()));
    if (!r.officePhone.isEmpty()) {
        html += QStringLiteral("<p align=\"center\" style=\"margin:6px 0 0 0; font-size:8.5pt;\">%1</p>")
                    .arg(esc(ComplaintReceipt::tr("Information: %1").arg(r.officePhone)));
    }
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:9.5pt; color:#000000;\">%1"
                          "</body></html>")
        .arg(html);
}

int ComplaintReceiptPdf::print(QPagedPaintDevice *device, const ComplaintReceipt &r)
{
    PagedHtml paged;
    if (!r.office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(r.office.logoPng));
    return paged.print(device, html(r)) ? paged.pages() : 0;
}

Result<int> ComplaintReceiptPdf::write(const ComplaintReceipt &r, const QString &path)
{
    return PaperPdf::write(path, pageLayout(), [&](QPagedPaintDevice *device) { return print(device, r); });
}

} // namespace loket
