// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/PriorityReasonService.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace loket::ui {

class KioskButton;

// Whether the citizen needs priority service (UU 25/2009 art. 29), with a
// picture for each reason so it is understood without reading.
class KioskPriorityPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskPriorityPage(QWidget *parent = nullptr);

    void setReasons(const QList<PriorityReason> &reasons);
    void setServiceName(const QString &name);
    void scaleTo(int height);
    void retranslate();
    KioskButton *regularButton() const { return m_regular; }
    KioskButton *buttonFor(const QString &reasonCode) const;

    // The picture of a reason: the four the law names have their own, others a person.
    static QString iconPath(const QString &reasonCode);

Q_SIGNALS:
    void chosen(qint64 priorityReasonId); // 0: the regular line
    void backRequested();

private:
    void rebuild();
    int buttonTitlePx() const;

    QList<PriorityReason> m_reasons;
    QList<KioskButton *> m_buttons;
    KioskButton *m_regular = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_note = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_back = nullptr;
    int m_height = 768;
};

} // namespace loket::ui
