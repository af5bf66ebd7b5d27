// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskIdlePage.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

void setPixelSize(QWidget *w, int px, bool bold = false)
{
    QFont f = w->font();
    f.setPixelSize(qMax(8, px));
    f.setBold(bold);
    w->setFont(f);
}

} // namespace

KioskIdlePage::KioskIdlePage(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_agency(new QLabel(this))
    , m_office(new QLabel(this))
    , m_time(new QLabel(this))
    , m_date(new QLabel(this))
    , m_invite(new QLabel(this))
    , m_inviteSub(new QLabel(this))
{
    retranslate();
    setObjectName(QStringLiteral("kioskIdle"));
    setAttribute(Qt::WA_StyledBackground); // the style sheet's gradient
    setFocusPolicy(Qt::StrongFocus);
    m_agency->setObjectName(QStringLiteral("kioskAgency"));
    m_office->setObjectName(QStringLiteral("kioskOffice"));
    m_time->setObjectName(QStringLiteral("kioskTime"));
    m_date->setObjectName(QStringLiteral("kioskDate"));
    m_invite->setObjectName(QStringLiteral("kioskInvite"));
    m_inviteSub->setObjectName(QStringLiteral("kioskInviteSub"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(8);
    layout->addStretch(2);
    for (QLabel *l : { m_logo, m_agency, m_office }) {
        l->setAlignment(Qt::AlignCenter);
        layout->addWidget(l);
    }
    layout->addStretch(1);
    for (QLabel *l : { m_time, m_date }) {
        l->setAlignment(Qt::AlignCenter);
        layout->addWidget(l);
    }
    layout->addStretch(2);
    m_invite->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_invite, 0, Qt::AlignHCenter); // a framed "button" says: touch here
    layout->addSpacing(10);
    m_inviteSub->setAlignment(Qt::AlignCenter);
    m_inviteSub->setWordWrap(true);
    layout->addWidget(m_inviteSub);
    layout->addStretch(2);
    for (QLabel *l : { m_logo, m_agency, m_office, m_time, m_date, m_invite, m_inviteSub })
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_AcceptTouchEvents);
}

void KioskIdlePage::setOffice(const QString &agency, const QString &name, const QByteArray &logoPng)
{
    m_agency->setText(agency.toUpper());
    m_agency->setVisible(!agency.isEmpty());
    m_office->setText(name);
    QPixmap logo;
    if (!logoPng.isEmpty() && logo.loadFromData(logoPng)) {
        m_logo->setPixmap(logo.scaledToHeight(120, Qt::SmoothTransformation));
        m_logo->show();
    } else {
        m_logo->hide();
    }
}

void KioskIdlePage::retranslate()
{
    const bool closed = isClosed();
    m_invite->setText(closed ? m_closedTitle : tr("Touch the screen to take a queue number"));
    m_inviteSub->setText(closed ? m_closedDetail
                                : tr("Priority service for the elderly, people with disabilities, pregnant women and "
                                     "mothers with children"));
    // Closed, when it opens again is the news: as large as the heading.
    setPixelSize(m_inviteSub, m_height * (closed ? 42 : 26) / 1000, closed);
    const QString name = closed ? QStringLiteral("kioskClosed") : QStringLiteral("kioskInvite");
    if (m_invite->objectName() != name) {
        m_invite->setObjectName(name);
        m_invite->style()->unpolish(m_invite);
        m_invite->style()->polish(m_invite);
    }
}

void KioskIdlePage::setClosed(const QString &title, const QString &detail)
{
    m_closedTitle = title;
    m_closedDetail = detail;
    retranslate();
}

QString KioskIdlePage::inviteText() const
{
    return m_invite->text() + QLatin1Char('\n') + m_inviteSub->text();
}

void KioskIdlePage::setNow(const QDateTime &officeLocal)
{
    const QLocale locale;
    m_time->setText(locale.toString(officeLocal.time(), QLocale::ShortFormat));
    m_date->setText(locale.toString(officeLocal.date(), QStringLiteral("dddd, d MMMM yyyy")));
}

void KioskIdlePage::scaleTo(int h)
{
    setPixelSize(m_agency, h * 26 / 1000, true);
    setPixelSize(m_office, h * 60 / 1000, true);
    setPixelSize(m_time, h * 150 / 1000, true);
    setPixelSize(m_date, h * 38 / 1000);
    setPixelSize(m_invite, h * 48 / 1000, true);
    m_height = h;
    setPixelSize(m_inviteSub, h * (isClosed() ? 42 : 26) / 1000, isClosed());
}

void KioskIdlePage::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT touched();
}

void KioskIdlePage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT touched();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool KioskIdlePage::event(QEvent *event)
{
    if (event->type() == QEvent::TouchBegin) {
        event->accept();
        Q_EMIT touched();
        return true;
    }
    return QWidget::event(event);
}

} // namespace loket::ui
