// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/BoardSettingsTab.h"

#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"
#include "core/common/OfficeTime.h"
#include "core/catalog/OfficeService.h"
#include "core/voice/Announcement.h"
#include "core/voice/VoiceStatus.h"
#include "ui/board/BoardModel.h"
#include "ui/common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

BoardSettingsTab::BoardSettingsTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(
        makeHint(tr("What the display board in the waiting hall shows and says (loket --mode board)."), this));
    auto *form = new QFormLayout;
    m_runningText = new QPlainTextEdit(this);
    m_runningText->setMaximumHeight(80);
    m_runningText->setTabChangesFocus(true);
    form->addRow(tr("Running text"), m_runningText);
    form->addRow(QString(),
        makeHint(tr("Leave empty for the usual text: the office's name, its opening hours and the first line of "
                    "the Maklumat Pelayanan."),
            this));

    m_template = new QLineEdit(this);
    m_template->setPlaceholderText(Announcement::defaultTemplate());
    m_template->setMaxLength(300);
    form->addRow(tr("Call announcement"), m_template);
    form->addRow(QString(),
        makeHint(tr("Spoken in Indonesian. {nomor} is the ticket number, {loket} the counter, {layanan} the "
                    "service. Leave empty for the usual sentence."),
            this));

    m_reading = new QComboBox(this);
    m_reading->addItem(tr("Digit by digit (A nol nol satu)"), numberReadingCode(NumberReading::Digits));
    m_reading->addItem(tr("As a number (A satu, A seratus satu)"), numberReadingCode(NumberReading::Words));
    form->addRow(tr("Read numbers"), m_reading);

    m_voice = new QCheckBox(tr("Speak each call (otherwise the board only chimes)"), this);
    form->addRow(QString(), m_voice);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("The board says"), m_preview);

    m_voiceStatus = new QLabel(this);
    m_voiceStatus->setWordWrap(true);
    m_voiceStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Voice of the board"), m_voiceStatus);

    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("primary"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    form->addRow(QString(), m_message);
    layout->addLayout(form);
    layout->addStretch(1);

    load();
    connect(m_template, &QLineEdit::textChanged, this, &BoardSettingsTab::updatePreview);
    connect(m_reading, &QComboBox::currentIndexChanged, this, &BoardSettingsTab::updatePreview);
    connect(save, &QPushButton::clicked, this, &BoardSettingsTab::save);
}

void BoardSettingsTab::load()
{
    const SettingsStore s(m_session.db);
    m_runningText->setPlainText(s.stringValue(QLatin1String(SettingKey::BoardRunningText)));
    m_template->setText(s.stringValue(QLatin1String(SettingKey::BoardAnnouncementTemplate)));
    const int reading = m_reading->findData(s.stringValue(QLatin1String(SettingKey::BoardNumberReading)));
    m_reading->setCurrentIndex(qMax(0, reading));
    m_voice->setChecked(s.boolValue(QLatin1String(SettingKey::BoardVoice)));
    m_runningText->setPlaceholderText(BoardModel::defaultRunningText(m_session.db, *m_session.clock));
    updatePreview();
    showVoiceStatus();
}

void BoardSettingsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showVoiceStatus();
}

QString BoardSettingsTab::voiceStatusText() const
{
    return m_voiceStatus->text();
}

void BoardSettingsTab::showVoiceStatus()
{
    const std::optional<VoiceStatus> status = VoiceStatus::read(m_session.db);
    if (!status) {
        m_voiceStatus->setText(tr("No display board has reported yet (it does when it starts)."));
        return;
    }
    OfficeTimeZone zone = OfficeTimeZone::WIB;
    if (auto office = OfficeService(m_session.db, *m_session.clock).get())
        zone = office->timeZone;
    const QDateTime local = status->at.toTimeZone(QTimeZone(OfficeTime::offsetSeconds(zone)));
    const QString since = status->at.isValid()
        ? QLocale().toString(local, QStringLiteral("d MMM yyyy, HH.mm"))
        : QString();
    m_voiceStatus->setText(tr("%1 (the board on %2, since %3)")
                               .arg(status->describe(),
                                   status->host.isEmpty() ? tr("an unnamed computer") : status->host, since));
}

QString BoardSettingsTab::previewText() const
{
    return m_preview->text();
}

QString BoardSettingsTab::message() const
{
    return m_message->text();
}

void BoardSettingsTab::updatePreview()
{
    const QString text = m_template->text().trimmed().isEmpty() ? Announcement::defaultTemplate() : m_template->text();
    const NumberReading reading
        = numberReadingFromCode(m_reading->currentData().toString()).value_or(NumberReading::Digits);
    if (Status valid = Announcement::validateTemplate(text); !valid) {
        m_preview->setObjectName(QStringLiteral("errorLabel"));
        m_preview->setText(valid.error().message);
    } else {
        m_preview->setObjectName(QString());
        m_preview->setText(QStringLiteral("“%1”").arg(
            Announcement(text, reading).phrase(QStringLiteral("A-101"), 2, QStringLiteral("KTP-el"))));
    }
    m_preview->style()->unpolish(m_preview);
    m_preview->style()->polish(m_preview);
}

bool BoardSettingsTab::save()
{
    const QString templ = m_template->text().trimmed();
    if (!templ.isEmpty()) {
        if (Status valid = Announcement::validateTemplate(templ); !valid) {
            m_message->setObjectName(QStringLiteral("errorLabel"));
            m_message->setText(valid.error().message);
            m_message->style()->polish(m_message);
            return false;
        }
    }
    OfficeSettings settings(m_session.db, *m_session.clock);
    const std::pair<const char *, QVariant> values[] = {
        { SettingKey::BoardRunningText, m_runningText->toPlainText().simplified() },
        { SettingKey::BoardAnnouncementTemplate, templ },
        { SettingKey::BoardNumberReading, m_reading->currentData().toString() },
        { SettingKey::BoardVoice, m_voice->isChecked() },
    };
    for (const auto &[key, value] : values) {
        if (settings.value(QLatin1String(key)) == value)
            continue;
        if (Status saved = settings.set(m_session.actor, QLatin1String(key), value); !saved) {
            m_message->setObjectName(QStringLiteral("errorLabel"));
            m_message->setText(saved.error().message);
            m_message->style()->polish(m_message);
            return false;
        }
    }
    m_message->setObjectName(QStringLiteral("hint"));
    m_message->setText(tr("Saved. The display boards show the change within a few seconds."));
    m_message->style()->polish(m_message);
    return true;
}

} // namespace loket::ui
