// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace loket::ui {

class MessageBar;

// The slips of an opening, typed by the team with the keyboard alone: the
// summary field keeps the focus, the next number is shown ("Lembar 7"), the
// kind is picked with Ctrl+1…Ctrl+5 and the decision with F5…F9 (F4: not
// decided yet), and Enter saves and clears the form for the next slip. The
// kind and the decision stay as they were for the next slip (slips are
// sorted into piles before they are typed: in a pile no key is needed at
// all); the service, element, person in charge and target are cleared, they
// belong to one slip. The table under it lists the slips: Enter or a double
// click edits one, Delete removes it (after a confirmation).
//
// For signed minutes the form is hidden and each row shows how its decision
// stands and the complaint it became.
class SlipEntry : public QWidget
{
    Q_OBJECT
public:
    // The service with its element, the person in charge with the target, and (signed) how the
    // decision stands: the complaint's number and state for a slip that became one.
    enum Column { Number, Summary, Kind, Decision, ServiceCol, Owner, Follow, ColumnCount };

    SlipEntry(Session session, MessageBar *bar, QWidget *parent = nullptr);

    // Shows a session's slips; the form only for a draft the user may change.
    void setSession(const SuggestionSession &session, const QList<SuggestionSlip> &slips);
    void clear();

    // Saves the form (a new slip, or the one being edited); false when the core refused.
    bool save();
    void setKind(SlipKind kind);
    void setDecision(std::optional<SlipDecision> decision);
    void edit(int row);
    void cancelEdit();
    // Asks, then removes the slip on that row.
    void removeRow(int row);

    const QList<SuggestionSlip> &slips() const { return m_slips; }
    const SuggestionSlip *selectedSlip() const;
    QLineEdit *summaryEdit() const { return m_summary; }
    QComboBox *serviceBox() const { return m_service; }
    QComboBox *elementBox() const { return m_element; }
    QComboBox *ownerBox() const { return m_owner; }
    QTableWidget *table() const { return m_table; }
    QLabel *numberLabel() const { return m_number; }
    QWidget *form() const { return m_form; }
    SlipKind kind() const { return m_kind; }
    std::optional<SlipDecision> decision() const { return m_decision; }
    // Confirms a removal; a test answers it itself.
    std::function<bool(const QString &)> confirm;

Q_SIGNALS:
    // A slip was added, changed or removed: the summary must be read again.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void fillTable();
    void resetForm();
    void showNumber();
    void selectRow(int row);

    Session m_session;
    MessageBar *m_bar = nullptr;
    SuggestionSession m_current;
    QList<SuggestionSlip> m_slips;
    bool m_editable = false;
    qint64 m_editing = 0; // the slip being edited, 0 = a new one
    SlipKind m_kind = SlipKind::Saran;
    std::optional<SlipDecision> m_decision;

    QWidget *m_form = nullptr;
    QLabel *m_number = nullptr;
    QLineEdit *m_summary = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QButtonGroup *m_decisions = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_element = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_hasTarget = nullptr;
    QDateEdit *m_target = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace loket::ui
