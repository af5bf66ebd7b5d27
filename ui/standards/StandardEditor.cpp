// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/StandardEditor.h"

#include "core/standards/StandardService.h"
#include "ui/common/Style.h"
#include "ui/standards/ContentForm.h"
#include "ui/standards/DecreeDialog.h"
#include "ui/standards/OfficeDay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTime>
#include <QVBoxLayout>

namespace loket::ui {

StandardEditor::StandardEditor(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 16);
    layout->setSpacing(8);
    m_title = makePageTitle(QString(), this);
    m_subtitle = makeHint(QString(), this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_form = new ContentForm(this);
    layout->addWidget(m_form, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("banner"));
    m_message->hide();
    layout->addWidget(m_message);
    m_info = makeHint(QString(), this);
    m_info->hide();
    layout->addWidget(m_info);

    auto *buttons = new QHBoxLayout;
    m_discard = new QPushButton(tr("Discard draft…"), this);
    m_close = new QPushButton(tr("Close"), this);
    m_save = new QPushButton(tr("Save draft"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Ctrl+S"));
    m_set = new QPushButton(tr("Set by decree…"), this);
    m_set->setObjectName(QStringLiteral("primary"));
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_save);
    buttons->addWidget(m_set);
    layout->addLayout(buttons);

    connect(m_form, &ContentForm::changed, this, &StandardEditor::updateState);
    connect(m_save, &QPushButton::clicked, this, &StandardEditor::saveDraft);
    connect(m_set, &QPushButton::clicked, this, &StandardEditor::requestSet);
    connect(m_discard, &QPushButton::clicked, this, &StandardEditor::discardDraft);
    connect(m_close, &QPushButton::clicked, this, &StandardEditor::close);
}

bool StandardEditor::openService(qint64 serviceId)
{
    StandardService standards(m_session.db, *m_session.clock);
    auto service = standards.service(serviceId);
    auto draft = standards.draft(m_session.actor, serviceId);
    auto versions = standards.versions(m_session.actor, serviceId);
    if (!service || !draft || !versions) {
        showMessage(!service ? service.error().message
                : !draft     ? draft.error().message
                             : versions.error().message,
            true);
        return false;
    }
    m_service = service.value();
    m_draft = draft.value();
    m_missing.clear();
    StandardContent content;
    if (m_draft) {
        m_number = m_draft->number;
        content = m_draft->content;
        m_baseNumber = 0;
        for (const StandardVersion &v : versions.value()) {
            if (!v.isDraft())
                m_baseNumber = v.number;
        }
    } else {
        m_number = versions->isEmpty() ? 1 : versions->last().number + 1;
        m_baseNumber = versions->isEmpty() ? 0 : versions->last().number;
        if (!versions->isEmpty())
            content = versions->last().content;
    }
    m_form->setContent(content);
    m_saved = m_draft ? m_form->content() : StandardContent {};
    m_form->setReadOnly(!m_session.actor.can(Permission::ManageStandards));
    m_form->showComponent(StandardComponent::Requirements);
    m_title->setText(tr("Standard for %1 (%2)").arg(m_service.name, m_service.code));
    m_message->hide();
    m_info->hide();
    updateState();
    return true;
}

bool StandardEditor::hasUnsavedChanges() const
{
    return !m_draft || m_form->content() != m_saved;
}

void StandardEditor::updateState()
{
    const StandardContent content = m_form->content();
    QString subtitle;
    if (m_draft)
        subtitle = m_baseNumber > 0
            ? tr("Draft of version %1, started from version %2.").arg(m_number).arg(m_baseNumber)
            : tr("Draft of version %1.").arg(m_number);
    else if (m_baseNumber > 0)
        subtitle = tr("New version %1, starting as a copy of version %2. Saving makes it the draft; version %2 stays "
                      "in force until the new one is set.")
                       .arg(m_number)
                       .arg(m_baseNumber);
    else
        subtitle = tr("First standard for this service. Save it as a draft at any time; set it by decree once all 14 "
                      "components are filled in.");
    if (hasUnsavedChanges() && m_draft)
        subtitle += QLatin1Char(' ') + tr("Unsaved changes.");
    m_subtitle->setText(subtitle);

    const QList<StandardComponent> missing = content.missingComponents();
    if (missing.isEmpty())
        m_status->setText(tr("<b>All 14 components are filled in.</b> The standard can be set by decree."));
    else
        m_status->setText(tr("<b>%1 of 14 components filled in.</b> The empty ones are marked ○ in the list; all 14 "
                             "are needed to set the standard by decree.")
                              .arg(content.filledCount()));
    // Components filled in since the last check are no longer flagged.
    QList<StandardComponent> stillFlagged;
    for (StandardComponent c : m_missing) {
        if (!content.isFilled(c))
            stillFlagged << c;
    }
    if (stillFlagged != m_missing) {
        m_missing = stillFlagged;
        m_form->setFlagged(m_missing);
    }
    const bool canManage = m_session.actor.can(Permission::ManageStandards);
    m_save->setEnabled(canManage && hasUnsavedChanges());
    m_set->setEnabled(canManage);
    m_discard->setEnabled(canManage && m_draft.has_value());
}

void StandardEditor::showMessage(const QString &text, bool error)
{
    // Problems in a banner; confirmations as a quiet line.
    QLabel *shown = error ? m_message : m_info;
    QLabel *other = error ? m_info : m_message;
    shown->setText(text);
    shown->setVisible(!text.isEmpty());
    other->hide();
}

QString StandardEditor::message() const
{
    return !m_message->isHidden() ? m_message->text() : !m_info->isHidden() ? m_info->text() : QString();
}

bool StandardEditor::checkProblems()
{
    const QList<ContentProblem> problems = m_form->content().problems();
    if (problems.isEmpty())
        return true;
    // "requirements[2].name" → "Requirements, line 3".
    static const QRegularExpression path(QStringLiteral("^([a-z_]+)(?:\\[(\\d+)\\])?"));
    QStringList lines;
    QList<StandardComponent> flagged;
    for (const ContentProblem &p : problems) {
        const QRegularExpressionMatch m = path.match(p.path);
        const auto component = standardComponentFromCode(m.captured(1));
        QString where = component ? standardComponentName(*component) : p.path;
        if (component && !flagged.contains(*component))
            flagged << *component;
        if (!m.captured(2).isEmpty())
            where = tr("%1, line %2").arg(where).arg(m.captured(2).toInt() + 1);
        lines << QStringLiteral("• %1: %2").arg(where.toHtmlEscaped(), p.message.toHtmlEscaped());
    }
    m_missing = flagged;
    m_form->setFlagged(flagged);
    if (!flagged.isEmpty())
        m_form->showComponent(flagged.first());
    showMessage(tr("The draft was not saved. Correct these entries first:") + QStringLiteral("<br>")
            + lines.join(QStringLiteral("<br>")),
        true);
    return false;
}

bool StandardEditor::saveDraft()
{
    if (!checkProblems())
        return false;
    const StandardContent content = m_form->content();
    auto saved = StandardService(m_session.db, *m_session.clock).saveDraft(m_session.actor, m_service.id, content);
    if (!saved) {
        showMessage(saved.error().message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), true);
        return false;
    }
    m_draft = saved.value();
    m_number = m_draft->number;
    m_saved = content;
    showMessage(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    updateState();
    Q_EMIT standardChanged(m_service.id);
    return true;
}

void StandardEditor::requestSet()
{
    if (hasUnsavedChanges() && !saveDraft())
        return;
    const QList<StandardComponent> missing = m_saved.missingComponents();
    if (!missing.isEmpty()) {
        m_missing = missing;
        m_form->setFlagged(missing);
        m_form->showComponent(missing.first());
        QStringList names;
        for (StandardComponent c : missing)
            names << QStringLiteral("%1. %2").arg(int(c) + 1).arg(standardComponentName(c));
        showMessage(tr("The draft is saved, but it cannot be set by decree yet. Still empty (⚠ in the list): %1.")
                        .arg(names.join(QStringLiteral(" · ")).toHtmlEscaped()),
            true);
        return;
    }
    DecreeDialog dialog(
        m_service.name, m_number, officeToday(m_session),
        [this](const Decree &decree) -> Status {
            auto set
                = StandardService(m_session.db, *m_session.clock).setStandard(m_session.actor, m_service.id, decree);
            if (!set)
                return set.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_draft.reset();
    Q_EMIT standardChanged(m_service.id);
    Q_EMIT closeRequested();
}

bool StandardEditor::setStandard(const Decree &decree)
{
    if (hasUnsavedChanges() && !saveDraft())
        return false;
    auto set = StandardService(m_session.db, *m_session.clock).setStandard(m_session.actor, m_service.id, decree);
    if (!set) {
        m_missing = m_saved.missingComponents();
        m_form->setFlagged(m_missing);
        showMessage(set.error().message.toHtmlEscaped(), true);
        return false;
    }
    m_draft.reset();
    showMessage(tr("Version %1 is set by decree %2.").arg(set->number).arg(set->decreeNumber.toHtmlEscaped()), false);
    Q_EMIT standardChanged(m_service.id);
    return true;
}

bool StandardEditor::discardDraft()
{
    if (!m_draft)
        return false;
    if (QMessageBox::question(this, tr("Discard draft"),
            tr("Discard the draft of version %1? The version in force stays as it is.").arg(m_number))
        != QMessageBox::Yes)
        return false;
    Status done = StandardService(m_session.db, *m_session.clock).discardDraft(m_session.actor, m_service.id);
    if (!done) {
        showMessage(done.error().message.toHtmlEscaped(), true);
        return false;
    }
    Q_EMIT standardChanged(m_service.id);
    Q_EMIT closeRequested();
    return true;
}

void StandardEditor::close()
{
    const bool editable = m_session.actor.can(Permission::ManageStandards);
    if (editable && m_draft && hasUnsavedChanges()) {
        const auto answer
            = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to the draft before closing?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft()))
            return;
    }
    Q_EMIT closeRequested();
}

} // namespace loket::ui
