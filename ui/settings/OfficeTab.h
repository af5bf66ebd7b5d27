// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeProfile.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace loket::ui {

// The office profile: letterhead fields, head of office, logo, time zone and
// weekly opening hours.
class OfficeTab : public QWidget
{
    Q_OBJECT
public:
    OfficeTab(Session session, QWidget *parent = nullptr);

private:
    void load();
    void save();
    void chooseLogo();
    void showLogo();

    struct DayRow {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
    };

    Session m_session;
    OfficeProfile m_profile;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_parentAgency = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_headName = nullptr;
    QLineEdit *m_headTitle = nullptr;
    QLineEdit *m_headNip = nullptr;
    QComboBox *m_zone = nullptr;
    std::array<DayRow, 7> m_days;
    QLabel *m_logo = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
