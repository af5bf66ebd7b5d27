// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/standards/StandardText.h"

#include <QLocale>

namespace loket {

namespace {

QString muted(const QString &text)
{
    return QStringLiteral("<span style=\"color:#6b7785;\"><i>%1</i></span>").arg(text.toHtmlEscaped());
}

QString orderedList(const QStringList &items)
{
    QString html = QStringLiteral("<ol style=\"margin-top:0; margin-bottom:0; margin-left:0; -qt-list-indent:1;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

} // namespace

QString StandardText::rupiah(qint64 amount)
{
    return QStringLiteral("Rp %1").arg(QLocale().toString(amount));
}

QString StandardText::cost(const StandardContent &content)
{
    if (!content.costRupiah)
        return {};
    return *content.costRupiah == 0 ? tr("Free") : rupiah(*content.costRupiah);
}

QString StandardText::documentForm(DocumentForm form)
{
    return form == DocumentForm::Original ? tr("original") : tr("copy");
}

QString StandardText::paragraphs(const QString &text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString StandardText::componentHtml(const StandardContent &c, StandardComponent component)
{
    if (!c.isFilled(component))
        return muted(tr("Not filled in"));
    QStringList items;
    switch (component) {
    case StandardComponent::Requirements:
        for (const Requirement &r : c.requirements) {
            QString item = r.name.trimmed().toHtmlEscaped() + QStringLiteral(" <span style=\"color:#4a5663;\">(")
                + documentForm(r.form).toHtmlEscaped() + QStringLiteral(", ")
                + (r.count == 1 ? tr("1 sheet") : tr("%1 sheets").arg(r.count)).toHtmlEscaped()
                + QStringLiteral(")</span>");
            if (!r.notes.trimmed().isEmpty())
                item += QStringLiteral(" — <i>") + r.notes.trimmed().toHtmlEscaped() + QStringLiteral("</i>");
            items << item;
        }
        return orderedList(items);
    case StandardComponent::Procedure:
        for (const ProcedureStep &s : c.procedure) {
            QString item = s.description.trimmed().toHtmlEscaped();
            if (!s.performer.trimmed().isEmpty())
                item += QStringLiteral(" <span style=\"color:#4a5663;\">(") + s.performer.trimmed().toHtmlEscaped()
                    + QStringLiteral(")</span>");
            items << item;
        }
        return orderedList(items);
    case StandardComponent::ServiceTime:
        return QStringLiteral("<b>") + c.serviceTime.displayText().toHtmlEscaped() + QStringLiteral("</b>");
    case StandardComponent::Cost: {
        QString html = QStringLiteral("<b>") + cost(c).toHtmlEscaped() + QStringLiteral("</b>");
        if (!c.costLegalBasis.trimmed().isEmpty())
            html += QStringLiteral("<br>") + paragraphs(c.costLegalBasis);
        return html;
    }
    case StandardComponent::Products:
        for (const QString &p : c.products)
            items << p.trimmed().toHtmlEscaped();
        return orderedList(items);
    case StandardComponent::ComplaintHandling:
        for (const ComplaintChannel &ch : c.complaintChannels) {
            QString item = QStringLiteral("<b>") + ch.channel.trimmed().toHtmlEscaped() + QStringLiteral("</b>");
            if (!ch.contact.trimmed().isEmpty())
                item += QStringLiteral(": ") + ch.contact.trimmed().toHtmlEscaped();
            items << item;
        }
        return orderedList(items);
    default:
        return paragraphs(c.text(component));
    }
}

bool StandardText::sameComponent(const StandardContent &a, const StandardContent &b, StandardComponent component)
{
    switch (component) {
    case StandardComponent::Requirements:
        return a.requirements == b.requirements;
    case StandardComponent::Procedure:
        return a.procedure == b.procedure;
    case StandardComponent::ServiceTime:
        return a.serviceTime == b.serviceTime;
    case StandardComponent::Cost:
        return a.costRupiah == b.costRupiah && a.costLegalBasis == b.costLegalBasis;
    case StandardComponent::Products:
        return a.products == b.products;
    case StandardComponent::ComplaintHandling:
        return a.complaintChannels == b.complaintChannels;
    default:
        return a.text(component) == b.text(component);
    }
}

QList<StandardComponent> StandardText::changedComponents(const StandardContent &a, const StandardContent &b)
{
    QList<StandardComponent> changed;
    for (StandardComponent c : allStandardComponents()) {
        if (!sameComponent(a, b, c))
            changed << c;
    }
    return changed;
}

QString StandardText::date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString StandardText::versionLine(const StandardVersion &v)
{
    if (v.isDraft())
        return tr("Version %1 · draft, %2 of 14 components filled in").arg(v.number).arg(v.content.filledCount());
    QString line = tr("Version %1 · decree %2 of %3, in force from %4")
                       .arg(v.number)
                       .arg(v.decreeNumber, date(v.decreeDate), date(v.effectiveFrom));
    if (v.effectiveTo.isValid())
        line += tr(" to %1").arg(date(v.effectiveTo));
    return line;
}

} // namespace loket
