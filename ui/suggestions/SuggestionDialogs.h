// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"
#include "ui/common/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimeEdit;

namespace loket::ui {

// The supervisor opens a box: which box, the day, time and place, the period
// covered (a month, or since the box's last opening) and the seal as found.
// The core's refusal stays in the dialog, under the fields.
class OpenSessionDialog : public QDialog
{
    Q_OBJECT
public:
    OpenSessionDialog(Session session, QWidget *parent = nullptr);

    // Opens the session; false (and the reason shown) when the core refused.
    bool submit();
    const SuggestionSession &opened() const { return m_opened; }

    QComboBox *boxCombo() const { return m_box; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *placeEdit() const { return m_place; }
    QRadioButton *monthChoice() const { return m_byMonth; }
    QRadioButton *sinceLastChoice() const { return m_sinceLast; }
    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *sealCombo() const { return m_seal; }
    QLineEdit *sealNoteEdit() const { return m_sealNote; }
    QLabel *errorLabel() const { return m_error; }

private:
    Session m_session;
    SuggestionSession m_opened;
    QComboBox *m_box = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_place = nullptr;
    QRadioButton *m_byMonth = nullptr;
    QRadioButton *m_sinceLast = nullptr;
    QDateEdit *m_month = nullptr;
    QComboBox *m_seal = nullptr;
    QLineEdit *m_sealNote = nullptr;
    QLabel *m_error = nullptr;
};

// The office's suggestion boxes: add one, rename or move it, take it out of
// use (its openings stay).
class BoxesDialog : public QDialog
{
    Q_OBJECT
public:
    BoxesDialog(Session session, QWidget *parent = nullptr);

    bool addBox();
    bool saveBox();
    bool toggleActive();
    void reload();

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *locationEdit() const { return m_location; }
    QLabel *errorLabel() const { return m_error; }

private:
    void selected();

    Session m_session;
    QList<SuggestionBox> m_boxes;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_active = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
