// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SuggestionSettingsTab.h"

#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"
#include "core/suggestions/SuggestionService.h"
#include "ui/common/Style.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace loket::ui {

SuggestionSettingsTab::SuggestionSettingsTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    const OfficeSettings settings(m_session.db, *m_session.clock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("Every box is opened once a month in front of two witnesses. From the day set here, "
                                  "the supervisor sees a reminder of each box not opened yet that month."),
                               this));
    auto *form = new QFormLayout;
    m_day = new QSpinBox(this);
    m_day->setRange(1, 28);
    m_day->setValue(std::clamp(settings.value(QLatin1String(SettingKey::SuggestionReminderDay)).toInt(), 1, 28));
    m_day->setToolTip(tr("Day 1 to 28 of the month"));
    form->addRow(tr("&Remind from day:"), m_day);
    m_pattern = new QLineEdit(settings.value(QLatin1String(SettingKey::SuggestionNumberPattern)).toString(), this);
    m_pattern->setToolTip(tr("{YYYY} the year, {MM} the month, {NN} or {NNN} the opening's sequence in the month"));
    form->addRow(tr("Minutes &number:"), m_pattern);
    m_example = makeHint(QString(), this);
    form->addRow(QString(), m_example);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primary"));
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = makeHint(QString(), this);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_pattern, &QLineEdit::textChanged, this, &SuggestionSettingsTab::preview);
    connect(m_save, &QPushButton::clicked, this, &SuggestionSettingsTab::save);
    preview();
}

QString SuggestionSettingsTab::message() const
{
    return m_message->text();
}

void SuggestionSettingsTab::preview()
{
    const QString pattern = m_pattern->text().trimmed();
    if (SuggestionService::isValidPattern(pattern)) {
        const QDate today = SuggestionService(m_session.db, *m_session.clock).today();
        m_example->setText(tr("The first minutes of this month: %1")
                               .arg(SuggestionService::numberText(pattern, today, 1)));
        m_save->setEnabled(true);
    } else {
        m_example->setText(tr("The pattern needs the year {YYYY} and one sequence {NN} or {NNN}, for example BA/KS/{YYYY}/{MM}/{NN}."));
        m_save->setEnabled(false);
    }
}

void SuggestionSettingsTab::save()
{
    const QString pattern = m_pattern->text().trimmed();
    if (!SuggestionService::isValidPattern(pattern)) {
        preview();
        return;
    }
    OfficeSettings settings(m_session.db, *m_session.clock);
    Status st = settings.set(m_session.actor, QLatin1String(SettingKey::SuggestionReminderDay), m_day->value());
    if (st)
        st = settings.set(m_session.actor, QLatin1String(SettingKey::SuggestionNumberPattern), pattern);
    m_message->setText(st ? tr("Saved: the reminder starts on day %1 of the month.").arg(m_day->value())
                          : st.error().message);
}

} // namespace loket::ui
