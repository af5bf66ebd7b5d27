// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/Backup.h"
#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace loket::ui {

// Backups: the automatic daily/monthly copies and manual ones; back up now;
// restore one (the application restarts on the restored database).
class BackupsTab : public QWidget
{
    Q_OBJECT
public:
    BackupsTab(Session session, QWidget *parent = nullptr);
    void reload();

Q_SIGNALS:
    // The main window closes, the shell restores `file`, then signs in again.
    void restoreRequested(const QString &file);

private:
    void backupNow();
    void restoreSelected();
    void confirmRestore(const BackupInfo &backup);
    void saveRetention();
    void say(const QString &text, bool ok);

    Session m_session;
    QList<BackupInfo> m_backups;
    QLabel *m_warning = nullptr;
    QPushButton *m_clearWal = nullptr;
    QLabel *m_folder = nullptr;
    QTableWidget *m_table = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepMonthly = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
