// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskPriorityPage.h"

#include "ui/kiosk/KioskButton.h"

#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
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

const QColor kPriorityAccent(0x0f, 0x76, 0x6e);

} // namespace

KioskPriorityPage::KioskPriorityPage(QWidget *parent)
    : QWidget(parent)
    , m_regular(new KioskButton(this))
    , m_title(new QLabel(this))
    , m_service(new QLabel(this))
    , m_note(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("kioskPriority"));
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_service->setObjectName(QStringLiteral("kioskSubtitle"));
    m_note->setObjectName(QStringLiteral("kioskSubtitle"));
    m_note->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("kioskBack"));
    m_regular->setObjectName(QStringLiteral("kioskRegular"));
    retranslate();
    m_regular->setPicture(QIcon(iconPath(QString())));
    connect(m_regular, &KioskButton::clicked, this, [this] { Q_EMIT chosen(0); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 24, 36, 24);
    layout->setSpacing(12);
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_service);
    top->addLayout(titles, 1);
    top->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_regular, 1);
    m_grid->setSpacing(14);
    layout->addLayout(m_grid, 2);
    layout->addWidget(m_note);
    connect(m_back, &QPushButton::clicked, this, &KioskPriorityPage::backRequested);
}

void KioskPriorityPage::retranslate()
{
    m_title->setText(tr("Do you need priority service?"));
    m_note->setText(tr("Priority tickets are called first. The officer may ask you to show it."));
    m_back->setText(tr("Back"));
    m_regular->setTitle(tr("No, a regular number"));
    m_regular->setDetails(tr("Take your turn in the line"));
    for (KioskButton *b : std::as_const(m_buttons))
        b->setDetails(tr("Priority service"));
}

QString KioskPriorityPage::iconPath(const QString &reasonCode)
{
    const QString path = QStringLiteral(":/icons/priority-%1.svg").arg(reasonCode);
    if (!reasonCode.isEmpty() && QFile::exists(path))
        return path;
    return QStringLiteral(":/icons/priority-none.svg");
}

void KioskPriorityPage::setReasons(const QList<PriorityReason> &reasons)
{
    m_reasons = reasons;
    rebuild();
}

void KioskPriorityPage::setServiceName(const QString &name)
{
    m_service->setText(name);
}

KioskButton *KioskPriorityPage::buttonFor(const QString &reasonCode) const
{
    for (qsizetype i = 0; i < m_reasons.size() && i < m_buttons.size(); ++i) {
        if (m_reasons.at(i).code == reasonCode)
            return m_buttons.at(i);
    }
    return nullptr;
}

void KioskPriorityPage::scaleTo(int h)
{
    setPixelSize(m_title, h * 52 / 1000, true);
    setPixelSize(m_service, h * 30 / 1000);
    setPixelSize(m_note, h * 24 / 1000);
    setPixelSize(m_back, h * 28 / 1000, true);
    m_back->setMinimumSize(h * 180 / 1000, h * 75 / 1000);
    m_regular->setTitlePixelSize(h * 40 / 1000);
    m_height = h;
    for (KioskButton *b : std::as_const(m_buttons))
        b->setTitlePixelSize(buttonTitlePx());
}

int KioskPriorityPage::buttonTitlePx() const
{
    return m_height * 34 / 1000;
}

void KioskPriorityPage::rebuild()
{
    // Later, not now: the old buttons may be inside their own click or show.
    for (KioskButton *b : std::as_const(m_buttons)) {
        m_grid->removeWidget(b);
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    const int columns = m_reasons.size() <= 4 ? 2 : 3;
    for (qsizetype i = 0; i < m_reasons.size(); ++i) {
        const PriorityReason &r = m_reasons.at(i);
        auto *b = new KioskButton(this);
        b->setObjectName(QStringLiteral("kioskPriority_%1").arg(r.code));
        b->setTitle(r.name);
        b->setPicture(QIcon(iconPath(r.code)));
        b->setAccent(kPriorityAccent);
        b->setDetails(tr("Priority service"));
        b->setTitlePixelSize(buttonTitlePx());
        const qint64 id = r.id;
        connect(b, &KioskButton::clicked, this, [this, id] { Q_EMIT chosen(id); });
        m_grid->addWidget(b, int(i / columns), int(i % columns));
        m_buttons << b;
    }
}

} // namespace loket::ui
