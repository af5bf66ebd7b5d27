// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QTabWidget;

namespace loket::ui {

// Settings, one tab per subject; each tab shown only to those who may use it.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Session session, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void restoreRequested(const QString &backupFile);

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace loket::ui
