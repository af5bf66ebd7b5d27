// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace loket::ui {

class MessageBar;
class SlipEntry;

// One opening of a suggestion box: what the team wrote when it opened it
// (box, place, day and time, period, seal), the team and the witnesses, the
// session's summary (counts by kind and decision, and what is missing before
// it can be signed), the slips (typed in SlipEntry while a draft), and the
// minutes: signed by the supervisor, printed or saved as a PDF. A signed
// session is read-only; each slip shows how its decision stands, and the
// person in charge (or a supervisor) records a decision carried out.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    SessionView(Session session, MessageBar *bar, QWidget *parent = nullptr);

    void show(qint64 sessionId);
    void reload();
    void clear();
    qint64 sessionId() const { return m_current.id; }
    const SuggestionSession &current() const { return m_current; }

    // The steps, as the buttons call them.
    bool addMember();
    void removeMember();
    bool sign();
    void printMinutes();
    void saveMinutesPdf();                   // asks where, then writeMinutesPdf
    bool writeMinutesPdf(const QString &path);
    bool markDone();

    // Asks before signing; a test answers it itself (and the note of markDone).
    std::function<bool(const QString &)> confirm;
    std::function<std::optional<QString>()> askDoneNote;

    SlipEntry *entry() const { return m_entry; }
    QLabel *header() const { return m_header; }
    QLabel *counts() const { return m_counts; }
    QLabel *missing() const { return m_missing; }
    QTableWidget *members() const { return m_members; }
    QLineEdit *memberName() const { return m_memberName; }
    QLineEdit *memberNip() const { return m_memberNip; }
    QComboBox *memberRole() const { return m_memberRole; }
    QComboBox *memberTeamRole() const { return m_memberTeamRole; }
    QWidget *memberForm() const { return m_memberForm; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *doneButton() const { return m_done; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The session changed (signed, members, slips): the list shows it again.
    void changed(qint64 sessionId);

private:
    void fillHeader();
    void fillMembers();
    void fillSummary();
    void updateButtons();

    Session m_session;
    MessageBar *m_bar = nullptr;
    SuggestionSession m_current;
    QLabel *m_header = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_done = nullptr;
    QTabWidget *m_tabs = nullptr;
    SlipEntry *m_entry = nullptr;
    QTableWidget *m_members = nullptr;
    QWidget *m_memberForm = nullptr;
    QLineEdit *m_memberName = nullptr;
    QLineEdit *m_memberNip = nullptr;
    QComboBox *m_memberRole = nullptr;
    QComboBox *m_memberTeamRole = nullptr;
    QPushButton *m_removeMember = nullptr;
};

} // namespace loket::ui
