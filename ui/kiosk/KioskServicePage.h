// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kiosk/KioskMenu.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace loket::ui {

class KioskButton;

// The services a citizen can take a number for, one large button each, with
// the standard's cost and time and the length of the line.
class KioskServicePage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskServicePage(QWidget *parent = nullptr);

    void setServices(const QList<KioskService> &services);
    void showError(const QString &message); // empty: hide
    void scaleTo(int height);
    void retranslate();
    KioskButton *buttonFor(const QString &serviceCode) const;
    int buttonCount() const { return int(m_buttons.size()); }
    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    void serviceChosen(qint64 serviceId);
    void backRequested();

private:
    void rebuild();
    int buttonTitlePx() const;
    void describe(KioskButton *button, const KioskService &service) const;

    QList<KioskService> m_services;
    QList<KioskButton *> m_buttons;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_back = nullptr;
    int m_height = 768;
};

} // namespace loket::ui
