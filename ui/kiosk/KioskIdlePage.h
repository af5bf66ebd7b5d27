// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace loket::ui {

// What the kiosk shows while nobody uses it: the office, the time, and an
// invitation to touch the screen.
class KioskIdlePage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskIdlePage(QWidget *parent = nullptr);

    void setOffice(const QString &agency, const QString &name, const QByteArray &logoPng);
    void setNow(const QDateTime &officeLocal);
    // Closed: the invitation gives way to when the kiosk opens again; open: title empty.
    void setClosed(const QString &title, const QString &detail);
    bool isClosed() const { return !m_closedTitle.isEmpty(); }
    QString inviteText() const;
    void retranslate();
    void scaleTo(int height);

Q_SIGNALS:
    void touched();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QLabel *m_logo = nullptr;
    QLabel *m_agency = nullptr;
    QLabel *m_office = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_invite = nullptr;
    QLabel *m_inviteSub = nullptr;
    QString m_closedTitle;
    QString m_closedDetail;
    int m_height = 768;
};

} // namespace loket::ui
