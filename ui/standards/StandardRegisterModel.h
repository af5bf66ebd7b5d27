// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardService.h"
#include "ui/common/Session.h"

#include <QAbstractTableModel>

#include <optional>

namespace loket::ui {

// One service in the register, with what the core says about its standard.
struct StandardRegisterRow {
    StandardSummary summary;
    std::optional<ReviewDue> review; // none: no set standard to review
    std::optional<ServiceCompliance> compliance; // none for inactive services

    bool reviewDue() const { return review && review->state != ReviewState::NotDue; }
    // No standard in force, or one with empty components.
    bool incomplete() const { return !summary.inForce || summary.filledComponents < 14; }
};

enum class RegisterFilter { All, ReviewDue, Incomplete };

// The register of service standards: every service, the state of its
// standard, version, decree, next review and the evaluators' five marks.
class StandardRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Service, State, Version, Decree, NextReview, Components, Compliance, ColumnCount };
    // Compliance column: the five marks (complete, set, consulted, published,
    // reviewed) as a list of bools.
    static constexpr int MarksRole = Qt::UserRole + 1;

    explicit StandardRegisterModel(QObject *parent = nullptr);

    // Reads the register, the review schedule and the compliance on `date`.
    static Result<QList<StandardRegisterRow>> load(const Session &session, QDate date);

    void setRows(QList<StandardRegisterRow> rows, QDate today);
    void setFilter(RegisterFilter filter);
    RegisterFilter filter() const { return m_filter; }

    const StandardRegisterRow &rowAt(int row) const;
    int totalCount() const { return int(m_all.size()); }
    int count(RegisterFilter filter) const;
    int rowOfService(qint64 serviceId) const; // -1 when filtered out

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Complete ✓ · Set by decree ✓ · …" for the selected row.
    static QString complianceText(const StandardRegisterRow &row);

private:
    void applyFilter();
    QVariant display(const StandardRegisterRow &row, int column) const;
    QVariant foreground(const StandardRegisterRow &row, int column) const;

    QList<StandardRegisterRow> m_all;
    QList<int> m_visible; // indexes into m_all
    RegisterFilter m_filter = RegisterFilter::All;
    QDate m_today;
};

} // namespace loket::ui
