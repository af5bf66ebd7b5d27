// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace loket::ui {

// Settings of the display board: the running text, the sentence said for a
// call and how numbers are read, and whether the board speaks at all.
class BoardSettingsTab : public QWidget
{
    Q_OBJECT
public:
    BoardSettingsTab(Session session, QWidget *parent = nullptr);

    QPlainTextEdit *runningTextEdit() const { return m_runningText; }
    QLineEdit *templateEdit() const { return m_template; }
    QComboBox *readingBox() const { return m_reading; }
    QString previewText() const;
    QString message() const;
    // What the board last reported of its voice (board.voice_status), for staff.
    QString voiceStatusText() const;
    bool save();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updatePreview();
    void showVoiceStatus();

    Session m_session;
    QPlainTextEdit *m_runningText = nullptr;
    QLineEdit *m_template = nullptr;
    QComboBox *m_reading = nullptr;
    QCheckBox *m_voice = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_voiceStatus = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
