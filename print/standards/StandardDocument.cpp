// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/standards/StandardDocument.h"

#include "print/standards/PagedHtml.h"
#include "print/standards/StandardText.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>

namespace loket {

namespace {

const QString kLogo = QStringLiteral("loket:logo");

QString esc(const QString &s)
{
    return s.trimmed().toHtmlEscaped();
}

QString pt(qreal size)
{
    return QString::number(size, 'f', 1) + QStringLiteral("pt");
}

// A ruled line across the page: a one-cell table, since QTextDocument's
// <hr> has no thickness of its own.
QString rule(int pixels, const QString &color = QStringLiteral("#000000"))
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin:0;\">"
                          "<tr><td bgcolor=\"%1\" height=\"%2\" style=\"font-size:1px;\"></td></tr></table>")
        .arg(color)
        .arg(pixels);
}

QString body(const QString &content, qreal basePt)
{
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:%1; color:#000000;\">%2"
                          "</body></html>")
        .arg(pt(basePt), content);
}

} // namespace

StandardDocument::StandardDocument(OfficeProfile office, QDate printedOn)
    : m_office(std::move(office))
    , m_printedOn(printedOn)
{ }

QString StandardDocument::nipText(const QString &nip)
{
    QString digits = nip;
    digits.remove(QLatin1Char(' '));
    if (digits.size() != 18)
        return nip.trimmed();
    return digits.left(8) + QLatin1Char(' ') + digits.mid(8, 6) + QLatin1Char(' ') + digits.mid(14, 1)
        + QLatin1Char(' ') + digits.mid(15);
}

void StandardDocument::prepareA4(QPagedPaintDevice *device, Kind kind)
{
    const QMarginsF margins = kind == Kind::Poster ? QMarginsF(14, 12, 14, 12) : QMarginsF(22, 15, 18, 12);
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter));
}

QString StandardDocument::logoImageName()
{
    return kLogo;
}

QString StandardDocument::letterhead(qreal scale) const
{
    const bool logo = !m_office.logoPng.isEmpty();
    // Two lines under the name, as a kop surat has them: where, then how to reach.
    QStringList contact;
    if (!m_office.address.trimmed().isEmpty())
        contact << esc(m_office.address);
    QString place = esc(m_office.city);
    if (!m_office.postalCode.trimmed().isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" ")) + esc(m_office.postalCode);
    if (!place.isEmpty())
        contact << place;
    QStringList reach;
    if (!m_office.phone.trimmed().isEmpty())
        reach << tr("Phone %1").arg(esc(m_office.phone));
    if (!m_office.email.trimmed().isEmpty())
        reach << esc(m_office.email);
    if (!m_office.website.trimmed().isEmpty())
        reach << esc(m_office.website);

    QString text;
    if (!m_office.parentAgency.trimmed().isEmpty())
        text += QStringLiteral("<p style=\"margin:0; font-size:%1; font-weight:bold;\">%2</p>")
                    .arg(pt(13 * scale), esc(m_office.parentAgency).toUpper());
    text += QStringLiteral("<p style=\"margin:0; font-size:%1; font-weight:bold;\">%2</p>")
                .arg(pt(16 * scale), esc(m_office.name).toUpper());
    if (!contact.isEmpty())
        text += QStringLiteral("<p style=\"margin:2px 0 0 0; font-size:%1;\">%2</p>")
                    .arg(pt(8 * scale), contact.join(QStringLiteral(", ")));
    if (!reach.isEmpty())
        text += QStringLiteral("<p style=\"margin:0; font-size:%1;\">%2</p>")
                    .arg(pt(7.5 * scale), reach.join(QStringLiteral(" · ")));

    const int logoSize = int(78 * scale);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    html += QStringLiteral("<td width=\"%1\" valign=\"middle\">").arg(logoSize + 8);
    if (logo)
        html += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\">").arg(kLogo).arg(logoSize);
    html += QStringLiteral("</td><td align=\"center\" valign=\"middle\">%1</td>").arg(text);
    // Keeps the text centred on the page, not in what the logo leaves.
    html += QStringLiteral("<td width=\"%1\"></td></tr></table>").arg(logoSize + 8);
    html += QStringLiteral("<p style=\"margin:0; font-size:3pt;\">&nbsp;</p>");
    html += rule(3) + QStringLiteral("<p style=\"margin:0; font-size:1pt;\">&nbsp;</p>") + rule(1);
    return html;
}

QString StandardDocument::signature(QDate signedOn, bool setByDecree) const
{
    const QString place = esc(m_office.city);
    const QString when = StandardText::date(signedOn).toHtmlEscaped();
    QString block;
    if (setByDecree) {
        // The wording of a decree: where and when it was set.
        block += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td>%1</td><td>&nbsp;:&nbsp;</td>"
                                "<td>%2</td></tr><tr><td>%3</td><td>&nbsp;:&nbsp;</td><td>%4</td></tr></table>")
                     .arg(tr("Set in").toHtmlEscaped(), place, tr("On").toHtmlEscaped(), when);
    } else {
        block += QStringLiteral("<p style=\"margin:0;\">%1</p>")
                     .arg(place.isEmpty() ? when : tr("%1, %2").arg(place, when));
    }
    block
        += QStringLiteral("<p style=\"margin:0; font-weight:bold;\">%1,</p>")
               .arg(m_office.headTitle.trimmed().isEmpty() ? tr("Head of office") : esc(m_office.headTitle).toUpper());
    block += QStringLiteral("<p style=\"margin:0; font-size:34pt;\">&nbsp;</p>");
    block += QStringLiteral("<p style=\"margin:0; font-weight:bold;\"><u>%1</u></p>")
                 .arg(m_office.headName.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : esc(m_office.headName));
    if (!m_office.headNip.trimmed().isEmpty())
        block += QStringLiteral("<p style=\"margin:0;\">NIP. %1</p>").arg(nipText(m_office.headNip).toHtmlEscaped());
    return QStringLiteral("<p style=\"margin:0; font-size:8pt;\">&nbsp;</p>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"52%\"></td>"
                          "<td align=\"center\">%1</td></tr></table>")
        .arg(block);
}

QString StandardDocument::footer(const QString &what) const
{
    return tr("%1 · %2 · printed %3").arg(what, m_office.name.trimmed(), StandardText::date(m_printedOn));
}

QString StandardDocument::standardHtml(const StandardVersion &v) const
{
    QString html = letterhead();
    html += QStringLiteral("<p align=\"center\" style=\"margin:14px 0 0 0; font-size:14pt; font-weight:bold;\">%1</p>")
                .arg(tr("SERVICE STANDARD").toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 0 0; font-size:13pt; font-weight:bold;\">%1</p>")
                .arg(esc(v.service.name).toUpper());
    QString decree;
    if (v.isDraft()) {
        decree = QStringLiteral("<span style=\"color:#b42318; font-weight:bold;\">%1</span>")
                     .arg(tr("DRAFT, version %1: not yet set by decree").arg(v.number).toHtmlEscaped());
    } else {
        decree = tr("Set by decree no. %1 of %2 · in force from %3 · version %4")
                     .arg(esc(v.decreeNumber), StandardText::date(v.decreeDate), StandardText::date(v.effectiveFrom))
                     .arg(v.number)
                     .toHtmlEscaped();
        if (v.effectiveTo.isValid())
            decree
                += QStringLiteral("<br><span style=\"color:#b42318;\">%1</span>")
                       .arg(tr("Superseded: in force until %1").arg(StandardText::date(v.effectiveTo)).toHtmlEscaped());
    }
    html += QStringLiteral("<p align=\"center\" style=\"margin:4px 0 12px 0; font-size:8pt;\">%1</p>").arg(decree);

    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-collapse:collapse; border-color:#4a4a4a; font-size:9.5pt;\">");
    html += QStringLiteral("<thead><tr bgcolor=\"#dfe6ee\"><th width=\"6%\">%1</th><th width=\"27%\">%2</th>"
                           "<th>%3</th></tr></thead>")
                .arg(tr("No.").toHtmlEscaped(), tr("Component").toHtmlEscaped(), tr("Description").toHtmlEscaped());
    const auto section = [](const QString &title) -> QString {
        return QStringLiteral("<tr bgcolor=\"#f1f4f8\"><td colspan=\"3\"><b>%1</b></td></tr>")
            .arg(title.toHtmlEscaped());
    };
    int number = 0;
    for (const StandardComponent c : allStandardComponents()) {
        if (c == StandardComponent::Requirements)
            html += section(tr("A. Service delivery: what the public is promised"));
        if (c == StandardComponent::LegalBasis)
            html += section(tr("B. Internal management of the service"));
        html += QStringLiteral("<tr><td align=\"center\" valign=\"top\">%1.</td><td valign=\"top\"><b>%2</b></td>"
                               "<td valign=\"top\">%3</td></tr>")
                    .arg(++number)
                    .arg(standardComponentName(c).toHtmlEscaped(), StandardText::componentHtml(v.content, c));
    }
    html += QStringLiteral("</table>");
    html += signature(v.isDraft() ? m_printedOn : v.decreeDate, !v.isDraft());
    return body(html, 9.5);
}

QString StandardDocument::posterHtml(const StandardVersion &v, qreal s) const
{
    const QString navy = QStringLiteral("#1f3a5f");
    QString html = letterhead(0.8);
    html += QStringLiteral("<p align=\"center\" style=\"margin:%1px 0 0 0; font-size:%2; font-weight:bold; "
                           "color:%3;\">%4</p>")
                .arg(int(10 * s))
                .arg(pt(20 * s), navy, tr("SERVICE STANDARD").toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\" style=\"margin:0 0 %1px 0; font-size:%2; font-weight:bold;\">%3</p>")
                .arg(int(10 * s))
                .arg(pt(28 * s), esc(v.service.name).toUpper());

    // One table per band of boxes, so the boxes side by side are as tall as
    // each other: a row of headings, then a row of contents.
    struct Box {
        StandardComponent component;
        QString content;
    };
    const auto band = [&](const QList<Box> &boxes) -> QString {
        QString heads;
        QString contents;
        const int width = 100 / int(boxes.size());
        for (const Box &b : boxes) {
            heads += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\" style=\"color:#ffffff; font-size:%3; "
                                    "font-weight:bold;\">%4. %5</td>")
                         .arg(width)
                         .arg(navy, pt(14 * s))
                         .arg(int(b.component) + 1)
                         .arg(standardComponentName(b.component).toUpper().toHtmlEscaped());
            contents += QStringLiteral("<td valign=\"top\" bgcolor=\"#eef3f8\">%1</td>").arg(b.content);
        }
        return QStringLiteral("<table width=\"100%\" cellspacing=\"%1\" cellpadding=\"%2\"><tr>%3</tr><tr>%4</tr>"
                              "</table>")
            .arg(int(5 * s))
            .arg(int(8 * s))
            .arg(heads, contents);
    };
    const auto big = [&](const QString &text, const QString &color) -> QString {
        return QStringLiteral(
            "<p align=\"center\" style=\"margin:0; font-size:%1; font-weight:bold; color:%2;\">%3</p>")
            .arg(pt(22 * s), color, text.toHtmlEscaped());
    };
    const StandardContent &c = v.content;
    const auto part = [&](StandardComponent component) {
        return Box { component, StandardText::componentHtml(c, component) };
    };
    const bool free = c.costRupiah && *c.costRupiah == 0;
    html += band({ part(StandardComponent::Requirements), part(StandardComponent::Procedure) });
    html += band({ Box { StandardComponent::ServiceTime,
                       big(c.serviceTime.isSet() ? c.serviceTime.displayText() : QStringLiteral("—"), navy) },
        Box { StandardComponent::Cost,
            big(c.costRupiah ? (free ? tr("FREE") : StandardText::rupiah(*c.costRupiah)) : QStringLiteral("—"),
                free ? QStringLiteral("#1a7f37") : navy) },
        part(StandardComponent::Products) });
    html += band({ part(StandardComponent::ComplaintHandling) });
    if (!v.isDraft())
        html += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:%1; color:#4a5663;\">%2</p>")
                    .arg(pt(10 * s))
                    .arg(tr("Decree no. %1 of %2 · in force from %3")
                             .arg(esc(v.decreeNumber), StandardText::date(v.decreeDate),
                                 StandardText::date(v.effectiveFrom))
                             .toHtmlEscaped());
    else
        html += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:%1; color:#b42318; font-weight:bold;\">"
                               "%2</p>")
                    .arg(pt(12 * s))
                    .arg(tr("DRAFT: not yet set by decree").toHtmlEscaped());
    return body(html, 15 * s);
}

QString StandardDocument::maklumatHtml(const Maklumat &m, qreal s) const
{
    const QString navy = QStringLiteral("#1f3a5f");
    QString html = letterhead();
    html += QStringLiteral("<p style=\"margin:0; font-size:%1;\">&nbsp;</p>").arg(pt(16 * s));
    html += QStringLiteral("<p align=\"center\" style=\"margin:%1px 0 4px 0; font-size:%2; font-weight:bold; "
                           "color:%3;\">%4</p>")
                .arg(int(36 * s))
                .arg(pt(24 * s), navy, tr("MAKLUMAT PELAYANAN").toHtmlEscaped());
    QString decree;
    if (!m.decreeNumber.trimmed().isEmpty())
        decree = tr("Decree no. %1 of %2").arg(esc(m.decreeNumber), StandardText::date(m.decreeDate)).toHtmlEscaped();
    html += QStringLiteral("<p align=\"center\" style=\"margin:0 0 %1px 0; font-size:10pt;\">%2</p>")
                .arg(int(30 * s))
                .arg(decree.isEmpty() ? QStringLiteral("&nbsp;") : decree);
    const QString text = m.text.trimmed().isEmpty() ? defaultMaklumatText() : m.text;
    // Between two rules: a promise for the wall, not a form.
    html += rule(3, navy);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr><td align=\"center\" "
                           "style=\"font-size:%2; line-height:150%;\"><i>%3</i></td></tr></table>")
                .arg(int(22 * s))
                .arg(pt(17 * s), StandardText::paragraphs(text));
    html += rule(3, navy);
    html += QStringLiteral("<p style=\"margin:0; font-size:%1;\">&nbsp;</p>").arg(pt(14 * s));
    html += signature(m.decreeDate.isValid() ? m.decreeDate : m_printedOn, false);
    return body(html, 12);
}

int StandardDocument::printStandard(QPagedPaintDevice *device, const StandardVersion &v) const
{
    PagedHtml paged;
    if (!m_office.logoPng.isEmpty())
        paged.addImage(kLogo, QImage::fromData(m_office.logoPng));
    paged.setFooter(footer(tr("Service standard %1, version %2").arg(v.service.name).arg(v.number)));
    return paged.print(device, standardHtml(v)) ? paged.pages() : 0;
}

int StandardDocument::printPoster(QPagedPaintDevice *device, const StandardVersion &v) const
{
    PagedHtml paged;
    if (!m_office.logoPng.isEmpty())
        paged.addImage(kLogo, QImage::fromData(m_office.logoPng));
    return paged.printOnOnePage(device, [&](qreal scale) { return posterHtml(v, scale); }, 1.5) ? paged.pages() : 0;
}

int StandardDocument::printMaklumat(QPagedPaintDevice *device, const Maklumat &m) const
{
    PagedHtml paged;
    if (!m_office.logoPng.isEmpty())
        paged.addImage(kLogo, QImage::fromData(m_office.logoPng));
    return paged.printOnOnePage(device, [&](qreal scale) { return maklumatHtml(m, scale); }, 1.25, 0.6)
        ? paged.pages()
        : 0;
}

} // namespace loket
