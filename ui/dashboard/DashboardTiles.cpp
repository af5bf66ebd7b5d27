// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's headline tiles: each figure, written in the reader's
// numbers, with its change against the month before (an arrow coloured by
// whether the change is good) and notes for last month and last year.
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardPage.h"

#include <QLabel>
#include <QLocale>

#include <cmath>

namespace loket::ui {

namespace {

// How a tile's figure is read, written and judged.
enum class Format { Count, Minutes, Percent, Index };
enum class Better { Neutral, Higher, Lower };

struct TileSpec {
    Format format;
    Better better;
    std::function<std::optional<double>(const MonthFigures &)> value;
};

std::optional<double> percent(std::optional<double> share)
{
    if (!share)
        return std::nullopt;
    return *share * 100.0;
}

const QList<TileSpec> &tileSpecs()
{
    static const QList<TileSpec> specs {
        {Format::Count, Better::Neutral, [](const MonthFigures &f) { return std::optional<double>(f.tickets.overall.issued); }},
        {Format::Count, Better::Neutral, [](const MonthFigures &f) { return std::optional<double>(f.tickets.overall.served); }},
        {Format::Minutes, Better::Lower, [](const MonthFigures &f) -> std::optional<double> {
             const DurationSummary &w = f.tickets.overall.wait;
             if (w.count == 0)
                 return std::nullopt;
             return w.medianMs / 60000.0;
         }},
        {Format::Percent, Better::Higher, [](const MonthFigures &f) { return percent(f.tickets.overall.withinTargetShare()); }},
        {Format::Percent, Better::Lower, [](const MonthFigures &f) { return percent(f.tickets.overall.noShowRate()); }},
        {Format::Count, Better::Neutral, [](const MonthFigures &f) {
             qint64 n = 0;
             for (const QueueGroupFigures &g : f.tickets.byPriorityReason)
                 n += g.figures.issued;
             return std::optional<double>(n);
         }},
        {Format::Count, Better::Neutral, [](const MonthFigures &f) { return std::optional<double>(f.complaints.received); }},
        {Format::Count, Better::Higher, [](const MonthFigures &f) { return std::optional<double>(f.complaints.completed); }},
        {Format::Count, Better::Lower, [](const MonthFigures &f) { return std::optional<double>(f.complaints.overdue()); }},
        {Format::Index, Better::Higher, [](const MonthFigures &f) -> std::optional<double> {
             if (!f.survey.month || !f.survey.month->office.ikm.convertedCenti)
                 return std::nullopt;
             return *f.survey.month->office.ikm.convertedCenti / 100.0;
         }},
    };
    return specs;
}

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(DashboardPage)
};

QString formatValue(Format format, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("–");
    const QLocale l;
    switch (format) {
    case Format::Count: return l.toString(qint64(std::llround(*v)));
    case Format::Minutes: return Texts::tr("%1 min").arg(l.toString(*v, 'f', 1));
    case Format::Percent: return QStringLiteral("%1 %").arg(l.toString(*v, 'f', 1));
    case Format::Index: return l.toString(*v, 'f', 2);
    }
    return {};
}

// "+12 %" (relative) or, for a share, "+2,1 points".
QString changeText(Format format, double now, double before)
{
    const QLocale l;
    auto sign = [](double v) { return v > 0 ? QStringLiteral("+") : QString(); };
    if (format == Format::Percent || format == Format::Index) {
        // A share or an index: the difference itself, in its own unit.
        const int decimals = format == Format::Percent ? 1 : 2;
        const double d = std::round((now - before) * std::pow(10, decimals)) / std::pow(10, decimals);
        const QString text = sign(d) + l.toString(d == 0 ? 0.0 : d, 'f', decimals);
        return format == Format::Percent ? Texts::tr("%1 points").arg(text) : text;
    }
    const auto rel = relativeChange(now, before);
    if (!rel)
        return Texts::tr("new");
    const double p = std::round(*rel * 100.0);
    return QStringLiteral("%1%2 %").arg(sign(p), l.toString(p == 0 ? 0.0 : p, 'f', 0));
}

} // namespace

void DashboardPage::fillTiles(const MonthFigures &now, const MonthFigures *before, const MonthFigures *lastYear)
{
    const QList<TileSpec> &specs = tileSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        const TileSpec &spec = specs.at(i);
        const auto v = spec.value(now);
        // The first step reads the tickets alone: complaints and the IKM come with the whole report.
        if (!before && i >= ComplaintsTile) {
            m_tileValues[i]->setText(QStringLiteral("…"));
            m_tileChanges[i]->clear();
            m_tileNotes[i]->setText(tr("reading…"));
            continue;
        }
        m_tileValues[i]->setText(formatValue(spec.format, v));
        QStringList notes;
        if (i == IkmTile && !v && now.survey.period && now.survey.period->office.ikm.convertedCenti) {
            notes << tr("period: %1")
                         .arg(formatValue(Format::Index, *now.survey.period->office.ikm.convertedCenti / 100.0));
        }
        if (!before) {
            m_tileChanges[i]->clear();
            m_tileNotes[i]->setText(notes.isEmpty() ? tr("comparing…") : notes.join(QStringLiteral(" · ")));
            continue;
        }
        const auto b = spec.value(*before);
        QString change;
        QColor color(0x5b, 0x6b, 0x7c);
        if (v && b) {
            // Up or down as the change is written: "0 %" is no change.
            const double threshold = spec.format == Format::Percent ? 0.05
                                   : spec.format == Format::Index   ? 0.005
                                                                    : std::max(1e-9, std::abs(*b) * 0.005);
            const bool up = *v > *b + threshold, down = *v < *b - threshold;
            change = QStringLiteral("%1 %2").arg(up ? QStringLiteral("▲") : down ? QStringLiteral("▼") : QStringLiteral("●"),
                                                changeText(spec.format, *v, *b));
            if ((up && spec.better == Better::Higher) || (down && spec.better == Better::Lower))
                color = DashboardColors::good();
            else if ((down && spec.better == Better::Higher) || (up && spec.better == Better::Lower))
                color = DashboardColors::bad();
            else if (up || down)
                color = DashboardColors::primary();
        }
        m_tileChanges[i]->setText(change);
        m_tileChanges[i]->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
        m_tileChanges[i]->setToolTip(tr("Against %1").arg(QLocale().toString(before->month, QStringLiteral("MMMM yyyy"))));
        notes << tr("last month %1").arg(formatValue(spec.format, b));
        if (lastYear) {
            const auto y = spec.value(*lastYear);
            notes << (v && y ? tr("%1 a year ago (%2)").arg(formatValue(spec.format, y), changeText(spec.format, *v, *y))
                             : tr("%1 a year ago").arg(formatValue(spec.format, y)));
        }
        m_tileNotes[i]->setText(notes.join(QStringLiteral(" · ")));
    }
}

QString DashboardPage::tileValue(int tile) const
{
    return tile >= 0 && tile < m_tileValues.size() ? m_tileValues.at(tile)->text() : QString();
}

QString DashboardPage::tileChange(int tile) const
{
    return tile >= 0 && tile < m_tileChanges.size() ? m_tileChanges.at(tile)->text() : QString();
}

QString DashboardPage::tileNote(int tile) const
{
    return tile >= 0 && tile < m_tileNotes.size() ? m_tileNotes.at(tile)->text() : QString();
}

} // namespace loket::ui
