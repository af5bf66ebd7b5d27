// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/OfficeTab.h"

#include "core/catalog/OfficeService.h"
#include "ui/common/Style.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace loket::ui {

OfficeTab::OfficeTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto *row = new QHBoxLayout;
    auto *identity = new QGroupBox(tr("Letterhead"), content);
    auto *form = new QFormLayout(identity);
    auto field = [&](QLineEdit *&edit, const QString &label, const QString &placeholder = {}) {
        edit = new QLineEdit(identity);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
    };
    field(m_name, tr("Office name *"), tr("e.g. Kecamatan Sukamaju"));
    field(m_parentAgency, tr("Parent agency"), tr("e.g. Pemerintah Kabupaten Bandung"));
    field(m_address, tr("Address"));
    field(m_city, tr("City / regency"));
    field(m_province, tr("Province"));
    field(m_postalCode, tr("Postal code"));
    field(m_phone, tr("Telephone"));
    field(m_email, tr("E-mail"));
    field(m_website, tr("Website"));
    field(m_headName, tr("Head of office"));
    field(m_headTitle, tr("Title of the head"), tr("e.g. Camat Sukamaju"));
    field(m_headNip, tr("NIP of the head"));

    auto *right = new QVBoxLayout;
    auto *logoBox = new QGroupBox(tr("Logo"), content);
    auto *logoLayout = new QVBoxLayout(logoBox);
    m_logo = new QLabel(logoBox);
    m_logo->setFixedSize(128, 128);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(QStringLiteral("border: 1px dashed #b9c4d0; border-radius: 6px; color: #8a949e;"));
    auto *chooseLogo = new QPushButton(tr("Choose image…"), logoBox);
    auto *clearLogo = new QPushButton(tr("Remove"), logoBox);
    logoLayout->addWidget(m_logo, 0, Qt::AlignHCenter);
    logoLayout->addWidget(chooseLogo);
    logoLayout->addWidget(clearLogo);
    connect(chooseLogo, &QPushButton::clicked, this, &OfficeTab::chooseLogo);
    connect(clearLogo, &QPushButton::clicked, this, [this] {
        m_profile.logoPng.clear();
        showLogo();
    });

    auto *hoursBox = new QGroupBox(tr("Opening hours"), content);
    auto *grid = new QGridLayout(hoursBox);
    m_zone = new QComboBox(hoursBox);
    for (OfficeTimeZone z : {OfficeTimeZone::WIB, OfficeTimeZone::WITA, OfficeTimeZone::WIT})
        m_zone->addItem(OfficeTime::zoneDisplayName(z), int(z));
    grid->addWidget(new QLabel(tr("Time zone"), hoursBox), 0, 0);
    grid->addWidget(m_zone, 0, 1, 1, 3);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        DayRow &r = m_days[d - 1];
        r.open = new QCheckBox(locale.dayName(d, QLocale::LongFormat), hoursBox);
        r.from = new QTimeEdit(hoursBox);
        r.to = new QTimeEdit(hoursBox);
        r.from->setDisplayFormat(QStringLiteral("HH.mm"));
        r.to->setDisplayFormat(QStringLiteral("HH.mm"));
        grid->addWidget(r.open, d, 0);
        grid->addWidget(r.from, d, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), hoursBox), d, 2);
        grid->addWidget(r.to, d, 3);
        connect(r.open, &QCheckBox::toggled, r.from, &QWidget::setEnabled);
        connect(r.open, &QCheckBox::toggled, r.to, &QWidget::setEnabled);
    }
    right->addWidget(logoBox);
    right->addWidget(hoursBox);
    right->addStretch(1);
    row->addWidget(identity, 3);
    row->addLayout(right, 2);
    layout->addLayout(row);

    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"), content);
    save->setObjectName(QStringLiteral("primary"));
    auto *revert = new QPushButton(tr("Undo changes"), content);
    m_message = makeHint(QString(), content);
    buttons->addWidget(save);
    buttons->addWidget(revert);
    buttons->addWidget(m_message, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(save, &QPushButton::clicked, this, &OfficeTab::save);
    connect(revert, &QPushButton::clicked, this, [this] {
        load();
        m_message->setText(tr("Changes undone."));
    });
    load();
}

void OfficeTab::load()
{
    auto profile = OfficeService(m_session.db, *m_session.clock).get();
    if (!profile) {
        m_message->setText(profile.error().message);
        return;
    }
    m_profile = profile.value();
    const OfficeProfile &p = m_profile;
    m_name->setText(p.name);
    m_parentAgency->setText(p.parentAgency);
    m_address->setText(p.address);
    m_city->setText(p.city);
    m_province->setText(p.province);
    m_postalCode->setText(p.postalCode);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_website->setText(p.website);
    m_headName->setText(p.headName);
    m_headTitle->setText(p.headTitle);
    m_headNip->setText(p.headNip);
    m_zone->setCurrentIndex(m_zone->findData(int(p.timeZone)));
    for (int d = 1; d <= 7; ++d) {
        const DayHours &h = p.hours.day(d);
        DayRow &r = m_days[d - 1];
        r.open->setChecked(h.isOpen());
        r.from->setTime(h.isOpen() ? h.open : QTime(7, 30));
        r.to->setTime(h.isOpen() ? h.close : QTime(16, 0));
        r.from->setEnabled(h.isOpen());
        r.to->setEnabled(h.isOpen());
    }
    showLogo();
}

void OfficeTab::showLogo()
{
    QImage image;
    if (!m_profile.logoPng.isEmpty() && image.loadFromData(m_profile.logoPng)) {
        m_logo->setPixmap(QPixmap::fromImage(image.scaled(120, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    }
}

void OfficeTab::chooseLogo()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the office logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    QImage image(file);
    if (image.isNull()) {
        m_message->setText(tr("%1 is not an image Loket can read. Choose a PNG or JPEG file.").arg(file));
        return;
    }
    if (image.width() > 600 || image.height() > 600)
        image = image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_profile.logoPng = png;
    showLogo();
    m_message->setText(tr("New logo chosen: press Save to keep it."));
}

void OfficeTab::save()
{
    OfficeProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.parentAgency = m_parentAgency->text().trimmed();
    p.address = m_address->text().trimmed();
    p.city = m_city->text().trimmed();
    p.province = m_province->text().trimmed();
    p.postalCode = m_postalCode->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.website = m_website->text().trimmed();
    p.headName = m_headName->text().trimmed();
    p.headTitle = m_headTitle->text().trimmed();
    p.headNip = m_headNip->text().trimmed();
    p.timeZone = OfficeTimeZone(m_zone->currentData().toInt());
    for (int d = 1; d <= 7; ++d) {
        const DayRow &r = m_days[d - 1];
        p.hours.day(d) = r.open->isChecked() ? DayHours{r.from->time(), r.to->time()} : DayHours{};
    }
    Status st = OfficeService(m_session.db, *m_session.clock).save(m_session.actor, p);
    if (!st) {
        m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_message->setText(st.error().message);
        return;
    }
    m_profile = p;
    m_message->setStyleSheet(QStringLiteral("color: #067647;"));
    m_message->setText(tr("Office profile saved."));
}

} // namespace loket::ui
