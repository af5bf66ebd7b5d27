// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"
#include "ui/common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace loket::ui {

class MessageBar;
class SessionView;

// The suggestion boxes' monthly openings (domain.md §5): on the left the
// openings of a month (draft, or signed with the minutes' number; box, day,
// slips), on the right the opening picked (SessionView). The supervisor
// opens a box, manages the boxes and discards a draft opened by mistake;
// the team enters the slips; everyone signed in reads the signed minutes.
class SuggestionsPage : public QWidget
{
    Q_OBJECT
public:
    SuggestionsPage(Session session, QWidget *parent = nullptr);

    void reload();
    void select(qint64 sessionId);
    // The buttons' steps; openSession and manageBoxes show their dialog.
    void openSession();
    void manageBoxes();
    bool discard();

    SessionView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_bar; }
    QTableWidget *list() const { return m_list; }
    QComboBox *monthCombo() const { return m_month; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *boxesButton() const { return m_boxes; }
    QPushButton *discardButton() const { return m_discard; }
    const QList<SuggestionSession> &sessions() const { return m_sessions; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    Session m_session;
    QList<SuggestionSession> m_sessions;
    QComboBox *m_month = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_boxes = nullptr;
    QPushButton *m_discard = nullptr;
    MessageBar *m_bar = nullptr;
    SessionView *m_view = nullptr;
};

} // namespace loket::ui
