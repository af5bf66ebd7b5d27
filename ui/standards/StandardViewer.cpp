// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/StandardViewer.h"

#include "print/standards/StandardText.h"

namespace loket::ui {

StandardViewer::StandardViewer(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(18);
}

void StandardViewer::showVersion(const StandardVersion &version, QDate today)
{
    setHtml(html(version, today));
}

void StandardViewer::showNothing(const QString &text)
{
    setHtml(QStringLiteral("<p style=\"font-size:13pt; color:#5b6b7c;\">%1</p>").arg(text.toHtmlEscaped()));
}

QString StandardViewer::html(const StandardVersion &v, QDate today)
{
    QString banner;
    if (v.isDraft())
        banner = tr("Draft: not in force. The public sees the version set by decree.");
    else if (!v.inForceOn(today))
        banner = v.effectiveFrom > today
            ? tr("Not yet in force: comes into force on %1.").arg(StandardText::date(v.effectiveFrom))
            : tr("Superseded: this version was in force until %1.").arg(StandardText::date(v.effectiveTo));
    QString html = QStringLiteral("<html><body style=\"font-size:13pt; color:#1f2d3d;\">");
    if (!banner.isEmpty())
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"margin-bottom:10px;\"><tr>"
                               "<td bgcolor=\"#fff4e5\" style=\"color:#7a4b00;\">%1</td></tr></table>")
                    .arg(banner.toHtmlEscaped());
    const auto section = [&](const QString &title, const QList<StandardComponent> &components, qreal size) -> QString {
        QString out = QStringLiteral("<p style=\"margin:14px 0 4px 0; font-size:10pt; font-weight:bold; "
                                     "color:#5b6b7c;\">%1</p>")
                          .arg(title.toUpper().toHtmlEscaped());
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"9\" style=\"font-size:%1pt;\">")
                   .arg(size);
        bool odd = false;
        for (StandardComponent c : components) {
            out += QStringLiteral("<tr%1><td width=\"28%\" valign=\"top\" style=\"color:#1f3a5f; font-weight:bold;\">"
                                  "%2. %3</td><td valign=\"top\">%4</td></tr>")
                       .arg(odd ? QStringLiteral(" bgcolor=\"#f4f7fa\"") : QString())
                       .arg(int(c) + 1)
                       .arg(standardComponentName(c).toHtmlEscaped(), StandardText::componentHtml(v.content, c));
            odd = !odd;
        }
        return out + QStringLiteral("</table>");
    };
    html += section(tr("Published at the counter"), serviceDeliveryComponents(), 14);
    html += section(tr("Internal management"), textComponents(), 11.5);
    return html + QStringLiteral("</body></html>");
}

} // namespace loket::ui
