// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace loket::ui {

// The office-wide language of Loket (Indonesian by default, or English).
class GeneralTab : public QWidget
{
    Q_OBJECT
public:
    GeneralTab(Session session, QWidget *parent = nullptr);

private:
    void save();

    Session m_session;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
