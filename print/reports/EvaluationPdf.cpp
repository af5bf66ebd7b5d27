// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/reports/EvaluationPdf.h"

#include "print/complaints/PaperPdf.h"
#include "print/reports/MonthlyReportPdf.h"
#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"
#include "print/survey/SurveyReportHtml.h"

#include <QImage>
#include <QPageSize>

namespace loket {

using namespace surveyhtml;

EvaluationPdf::EvaluationPdf(OfficeProfile office, QDate printedOn)
    : m_office(std::move(office))
    , m_printedOn(printedOn)
{
}

QString EvaluationPdf::title()
{
    return tr("SELF-CHECK FOR THE PUBLIC SERVICE EVALUATION");
}

QString EvaluationPdf::stateText(EvidenceState state)
{
    switch (state) {
    case EvidenceState::Met: return tr("Met");
    case EvidenceState::Partly: return tr("Partly");
    case EvidenceState::Missing: return tr("Missing");
    }
    return {};
}

QString EvaluationPdf::html(const EvaluationCheckResult &check) const
{
    const StandardDocument letterhead(m_office, m_printedOn);
    QString html = letterhead.letterhead();
    html += QStringLiteral("<p align=\"center\" style=\"margin:12px 0 0 0; font-size:13pt; font-weight:bold;\">%1</p>")
                .arg(esc(title()));
    const QString office = m_office.name.trimmed();
    if (!office.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 0 0; font-size:11pt; font-weight:bold;\">%1</p>")
                    .arg(esc(office.toUpper()));
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 8px 0;\">%1</p>")
                .arg(esc(tr("As held by Loket on %1").arg(longDate(check.day))));
    html += para(esc(tr("Of the %1 points the PEKPPP and Ombudsman evaluators look at, %2 are met, %3 partly and %4 "
                        "missing. The last column says what remains to be done before their visit.")
                         .arg(check.points.size())
                         .arg(check.count(EvidenceState::Met))
                         .arg(check.count(EvidenceState::Partly))
                         .arg(check.count(EvidenceState::Missing))));
    QList<QStringList> rows;
    int n = 0;
    for (const EvaluationPoint &p : check.points) {
        const char *colour = p.state == EvidenceState::Met ? "#1b5e20" : p.state == EvidenceState::Partly ? "#8a5300" : "#b71c1c";
        rows << QStringList {QString::number(++n), esc(p.label), esc(p.evaluator),
                             QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
                                 .arg(QLatin1String(colour), esc(stateText(p.state))),
                             esc(p.evidence), p.missing.isEmpty() ? QStringLiteral("—") : esc(p.missing)};
    }
    html += ruled({esc(tr("No.")), esc(tr("What is looked at")), esc(tr("Evaluator")), esc(tr("State")),
                   esc(tr("Evidence in Loket")), esc(tr("To do"))},
                  rows, {4, 23, 14, 8, 27, 24}, {1, 2, 4, 5}, 0,
                  QStringLiteral("font-family:'DejaVu Sans Condensed'; font-size:8pt;"));
    html += MonthlyReportPdf::headSignature(m_office, m_printedOn);
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:10pt; color:#000000; "
                          "line-height:125%;\">%1</body></html>")
        .arg(html);
}

int EvaluationPdf::print(QPagedPaintDevice *device, const EvaluationCheckResult &check) const
{
    PagedHtml paged;
    paged.setRepeatTableHeaders(true);
    if (!m_office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(m_office.logoPng));
    paged.setFooter(tr("Evaluation self-check %1 · %2").arg(longDate(check.day), m_office.name.trimmed()));
    return paged.print(device, html(check)) ? paged.pages() : 0;
}

QPageLayout EvaluationPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(20, 15, 15, 12), QPageLayout::Millimeter);
}

Result<int> EvaluationPdf::write(const QString &path, const EvaluationCheckResult &check) const
{
    return PaperPdf::write(path, pageLayout(), [&](QPagedPaintDevice *device) { return print(device, check); });
}

} // namespace loket
