// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskServicePage.h"

#include "ui/kiosk/KioskButton.h"

#include <QGridLayout>
#include <QHBoxLayout>
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

// A few distinct, dark enough accents, so neighbouring services differ at a glance.
QColor accentFor(int index)
{
    static const QColor colors[]
        = { QColor(0x1f, 0x4e, 0x79), QColor(0x0f, 0x76, 0x6e), QColor(0x9a, 0x34, 0x12), QColor(0x5b, 0x21, 0xb6),
              QColor(0x11, 0x5e, 0x59), QColor(0xa1, 0x62, 0x07), QColor(0x1e, 0x40, 0xaf), QColor(0x9d, 0x17, 0x4d) };
    return colors[index % int(std::size(colors))];
}

} // namespace

KioskServicePage::KioskServicePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_back(new QPushButton(this))
{
    retranslate();
    setObjectName(QStringLiteral("kioskServices"));
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_subtitle->setObjectName(QStringLiteral("kioskSubtitle"));
    m_error->setObjectName(QStringLiteral("kioskError"));
    m_back->setObjectName(QStringLiteral("kioskBack"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty->setObjectName(QStringLiteral("kioskSubtitle"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 24, 36, 24);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    top->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_empty, 1);
    m_grid->setSpacing(14);
    layout->addLayout(m_grid, 1);
    connect(m_back, &QPushButton::clicked, this, &KioskServicePage::backRequested);
}

void KioskServicePage::retranslate()
{
    m_title->setText(tr("Choose a service"));
    m_subtitle->setText(tr("Tap the service you came for."));
    m_empty->setText(tr("No service takes queue numbers at the moment. Please ask at the information desk."));
    m_back->setText(tr("Back"));
}

void KioskServicePage::setServices(const QList<KioskService> &services)
{
    bool sameButtons = services.size() == m_services.size() && m_buttons.size() == m_services.size();
    for (qsizetype i = 0; sameButtons && i < services.size(); ++i) {
        const QueueServiceInfo &a = services.at(i).service;
        const QueueServiceInfo &b = m_services.at(i).service;
        sameButtons = a.id == b.id && a.name == b.name && a.prefix == b.prefix;
    }
    m_services = services;
    if (!sameButtons) {
        rebuild();
        return;
    }
    // Only the texts change: the buttons stay, so a finger on one is not lost.
    for (qsizetype i = 0; i < services.size(); ++i)
        describe(m_buttons.at(i), services.at(i));
}

void KioskServicePage::describe(KioskButton *button, const KioskService &s) const
{
    QStringList facts;
    if (!s.costText().isEmpty())
        facts << s.costText();
    facts << tr("Service time: %1").arg(s.timeText());
    button->setDetails(facts.join(QStringLiteral("  ·  ")), s.lineText());
}

void KioskServicePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

KioskButton *KioskServicePage::buttonFor(const QString &serviceCode) const
{
    for (qsizetype i = 0; i < m_services.size() && i < m_buttons.size(); ++i) {
        if (m_services.at(i).service.code.compare(serviceCode, Qt::CaseInsensitive) == 0)
            return m_buttons.at(i);
    }
    return nullptr;
}

void KioskServicePage::scaleTo(int h)
{
    setPixelSize(m_title, h * 52 / 1000, true);
    setPixelSize(m_subtitle, h * 28 / 1000);
    setPixelSize(m_error, h * 28 / 1000, true);
    setPixelSize(m_empty, h * 34 / 1000);
    setPixelSize(m_back, h * 28 / 1000, true);
    m_back->setMinimumSize(h * 180 / 1000, h * 75 / 1000);
    m_height = h;
    for (KioskButton *b : std::as_const(m_buttons))
        b->setTitlePixelSize(buttonTitlePx());
}

int KioskServicePage::buttonTitlePx() const
{
    const int n = int(m_services.size());
    const int columns = n <= 4 ? 1 : (n <= 10 ? 2 : 3);
    const int rows = (n + columns - 1) / qMax(1, columns);
    return qBound(16, m_height * (rows > 4 ? 30 : 36) / 1000, 44);
}

void KioskServicePage::rebuild()
{
    // Later, not now: the old buttons may be inside their own click or show.
    for (KioskButton *b : std::as_const(m_buttons)) {
        m_grid->removeWidget(b);
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    const int n = int(m_services.size());
    m_empty->setVisible(n == 0);
    // Two columns up to ten services, three beyond: buttons stay a finger wide.
    const int columns = n <= 4 ? 1 : (n <= 10 ? 2 : 3);
    const int rows = (n + columns - 1) / qMax(1, columns);
    const int titlePx = buttonTitlePx();
    for (int i = 0; i < n; ++i) {
        const KioskService &s = m_services.at(i);
        auto *b = new KioskButton(this);
        b->setObjectName(QStringLiteral("kioskService_%1").arg(s.service.code));
        b->setBadge(s.service.prefix);
        b->setAccent(accentFor(i));
        b->setTitle(s.service.name);
        describe(b, s);
        b->setTitlePixelSize(titlePx);
        const qint64 id = s.service.id;
        connect(b, &KioskButton::clicked, this, [this, id] { Q_EMIT serviceChosen(id); });
        m_grid->addWidget(b, i / columns, i % columns);
        m_buttons << b;
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, r < rows ? 1 : 0);
}

} // namespace loket::ui
