// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/StandardRegisterModel.h"

#include "print/standards/StandardText.h"

#include <QColor>
#include <QFont>

namespace loket::ui {

namespace {

const QColor kGood(0x1a, 0x7f, 0x37);
const QColor kWarn(0xa1, 0x5c, 0x00);
const QColor kBad(0xb4, 0x23, 0x18);
const QColor kMuted(0x8a, 0x94, 0x9e);

// "23 Nov 2026": unambiguous in every locale, and short enough for a column.
QString shortDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString mark(bool met)
{
    return met ? QStringLiteral("✔") : QStringLiteral("✘");
}

} // namespace

StandardRegisterModel::StandardRegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

Result<QList<StandardRegisterRow>> StandardRegisterModel::load(const Session &session, QDate date)
{
    auto summaries = StandardService(session.db, *session.clock).list(session.actor, date);
    if (!summaries)
        return summaries.error();
    auto schedule = ReviewSchedule(session.db).schedule(session.actor, date);
    if (!schedule)
        return schedule.error();
    auto compliance = StandardCompliance(session.db).summary(session.actor, date);
    if (!compliance)
        return compliance.error();
    QList<StandardRegisterRow> rows;
    for (const StandardSummary &s : summaries.value()) {
        StandardRegisterRow row;
        row.summary = s;
        for (const ReviewDue &r : schedule.value()) {
            if (r.service.id == s.service.id)
                row.review = r;
        }
        for (const ServiceCompliance &c : compliance->services) {
            if (c.service.id == s.service.id)
                row.compliance = c;
        }
        rows << row;
    }
    return rows;
}

void StandardRegisterModel::setRows(QList<StandardRegisterRow> rows, QDate today)
{
    beginResetModel();
    m_all = std::move(rows);
    m_today = today;
    applyFilter();
    endResetModel();
}

void StandardRegisterModel::setFilter(RegisterFilter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void StandardRegisterModel::applyFilter()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const StandardRegisterRow &r = m_all.at(i);
        if (m_filter == RegisterFilter::All || (m_filter == RegisterFilter::ReviewDue && r.reviewDue())
            || (m_filter == RegisterFilter::Incomplete && r.incomplete()))
            m_visible << i;
    }
}

int StandardRegisterModel::count(RegisterFilter filter) const
{
    int n = 0;
    for (const StandardRegisterRow &r : m_all) {
        if (filter == RegisterFilter::All || (filter == RegisterFilter::ReviewDue && r.reviewDue())
            || (filter == RegisterFilter::Incomplete && r.incomplete()))
            ++n;
    }
    return n;
}

const StandardRegisterRow &StandardRegisterModel::rowAt(int row) const
{
    return m_all.at(m_visible.at(row));
}

int StandardRegisterModel::rowOfService(qint64 serviceId) const
{
    for (int r = 0; r < m_visible.size(); ++r) {
        if (rowAt(r).summary.service.id == serviceId)
            return r;
    }
    return -1;
}

int StandardRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int StandardRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandardRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StandardRegisterRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Compliance)
            return complianceText(row);
        if (index.column() == State && row.summary.draft)
            return tr("A draft (version %1) is being prepared.").arg(row.summary.draft->number);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Version || index.column() == Components || index.column() == Compliance)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Code) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::UserRole:
        return row.summary.service.id;
    case MarksRole:
        if (index.column() != Compliance || !row.compliance)
            return {};
        return QVariantList { row.compliance->componentsComplete, row.compliance->setByDecree,
            row.compliance->consulted(), row.compliance->publishedFully(), row.compliance->reviewedInPeriod };
    default:
        return {};
    }
}

QVariant StandardRegisterModel::display(const StandardRegisterRow &row, int column) const
{
    const StandardSummary &s = row.summary;
    switch (column) {
    case Code:
        return s.service.code;
    case Service:
        return s.service.active ? s.service.name : tr("%1 (not offered)").arg(s.service.name);
    case State:
        if (s.inForce)
            return s.draft ? tr("In force, draft open") : tr("In force");
        if (s.draft)
            return tr("Draft");
        if (s.versionCount > 0)
            return tr("Not in force");
        return tr("No standard");
    case Version:
        if (s.inForce)
            return QString::number(s.inForce->number);
        if (s.draft)
            return QString::number(s.draft->number);
        return QStringLiteral("—");
    case Decree:
        return s.inForce ? s.inForce->decreeNumber : QString();
    case NextReview:
        if (!row.review)
            return QString();
        if (row.review->state == ReviewState::Overdue)
            return tr("Overdue since %1").arg(shortDate(row.review->dueOn));
        return shortDate(row.review->dueOn);
    case Components:
        return s.versionCount > 0 ? tr("%1/14").arg(s.filledComponents) : QStringLiteral("—");
    case Compliance: {
        if (!row.compliance)
            return QString();
        const ServiceCompliance &c = *row.compliance;
        return QStringList { mark(c.componentsComplete), mark(c.setByDecree), mark(c.consulted()),
            mark(c.publishedFully()), mark(c.reviewedInPeriod) }
            .join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant StandardRegisterModel::foreground(const StandardRegisterRow &row, int column) const
{
    const StandardSummary &s = row.summary;
    if (!s.service.active)
        return kMuted;
    switch (column) {
    case State:
        return s.inForce ? kGood : (s.draft ? kWarn : kBad);
    case NextReview:
        if (!row.review)
            return {};
        return row.review->state == ReviewState::Overdue ? kBad
            : row.review->state == ReviewState::Due      ? kWarn
                                                         : QVariant();
    case Components:
        return s.filledComponents == 14 ? kGood : kWarn;
    case Compliance:
        if (!row.compliance)
            return {};
        return row.compliance->criteriaMet() == 5 ? kGood : row.compliance->criteriaMet() >= 3 ? kWarn : kBad;
    default:
        return {};
    }
}

QVariant StandardRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Compliance)
        return tr("What evaluators check, in order: all 14 components, set by decree, public consultation held, "
                  "published on 4+ media and SIPPN, reviewed within the review period.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Service:
        return tr("Service");
    case State:
        return tr("Standard");
    case Version:
        return tr("Version");
    case Decree:
        return tr("Decree");
    case NextReview:
        return tr("Next review");
    case Components:
        return tr("Components");
    case Compliance:
        return tr("Compliance");
    default:
        return {};
    }
}

QString StandardRegisterModel::complianceText(const StandardRegisterRow &row)
{
    if (!row.compliance)
        return tr("Not offered: not assessed.");
    const ServiceCompliance &c = *row.compliance;
    QStringList parts;
    parts << tr("%1 Components %2/14").arg(mark(c.componentsComplete)).arg(c.filledComponents);
    parts << (c.setByDecree ? tr("%1 Set by decree %2").arg(mark(true), c.decreeNumber)
                            : tr("%1 Not set by decree").arg(mark(false)));
    parts << (c.consulted() ? tr("%1 Consulted (groups of society heard: %2)").arg(mark(true)).arg(c.consultationGroups)
                            : tr("%1 No public consultation").arg(mark(false)));
    parts << tr("%1 Published (media: %2 of %3, SIPPN: %4)")
                 .arg(mark(c.publishedFully()))
                 .arg(c.publicationMedia)
                 .arg(ServiceCompliance::kFullMarksMedia)
                 .arg(c.onSippn ? tr("yes") : tr("no"));
    parts << (c.reviewedInPeriod ? tr("%1 Reviewed %2").arg(mark(true), StandardText::date(c.lastReview))
                                 : tr("%1 Not reviewed in the period").arg(mark(false)));
    return parts.join(QStringLiteral("   ·   "));
}

} // namespace loket::ui
