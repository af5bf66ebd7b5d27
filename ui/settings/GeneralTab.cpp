// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/GeneralTab.h"

#include "core/settings/OfficeSettings.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

GeneralTab::GeneralTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    OfficeSettings settings(m_session.db);
    m_language->setCurrentIndex(m_language->findData(settings.language()));
    form->addRow(tr("Language"), m_language);
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("primary"));
    form->addRow(QString(), save);
    m_message = makeHint(tr("Loket uses the new language from its next start."), this);
    form->addRow(QString(), m_message);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(save, &QPushButton::clicked, this, &GeneralTab::save);
}

void GeneralTab::save()
{
    OfficeSettings settings(m_session.db);
    Status st = settings.setLanguage(m_session.actor, m_language->currentData().toString());
    m_message->setText(st ? tr("Saved. Loket uses the new language from its next start.") : st.error().message);
}

} // namespace loket::ui
