// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace loket::ui {

// Navigation only: a sidebar of the pages this user may use, and the page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session session, const QString &officeName, QWidget *parent = nullptr);

    // Adds a page to the navigation; pages are shown in the order added.
    void addPage(const QString &id, const QString &title, const QString &iconPath, QWidget *page);
    bool showPage(const QString &id);
    QStringList pageIds() const;
    QWidget *page(const QString &id) const;

Q_SIGNALS:
    void logoutRequested();
    void restoreRequested(const QString &backupFile);

private:
    Session m_session;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_ids;
};

} // namespace loket::ui
