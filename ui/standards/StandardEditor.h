// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardVersion.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace loket::ui {

class ContentForm;

// Where a supervisor writes the next version of a service's standard: the
// draft (or, when there is none yet, a copy of the newest version that
// becomes the draft when first saved), saved as often as needed and set by
// decree once all 14 components are there.
class StandardEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StandardEditor(Session session, QWidget *parent = nullptr);

    // Loads the service's draft, or its newest version as the start of one.
    bool openService(qint64 serviceId);
    qint64 serviceId() const { return m_service.id; }
    ContentForm *form() const { return m_form; }

    bool hasUnsavedChanges() const;
    // Saves the form into the draft; false (with the reason shown) when refused.
    bool saveDraft();
    // "Set by decree…": saves, then either lists what is still missing or
    // asks for the decree.
    void requestSet();
    // Saves and sets with `decree`; false with the reason shown when refused.
    bool setStandard(const Decree &decree);
    bool discardDraft();

    QString message() const;
    // What the last check found empty (the 14 components' rule, from core).
    QList<StandardComponent> missingComponents() const { return m_missing; }

Q_SIGNALS:
    void closeRequested();
    void standardChanged(qint64 serviceId);

private:
    void updateState();
    void showMessage(const QString &text, bool error);
    bool checkProblems(); // entries that are wrong whatever the state
    void close();

    Session m_session;
    ServiceRef m_service;
    std::optional<StandardVersion> m_draft; // none until first saved
    int m_number = 0; // the version being written
    int m_baseNumber = 0; // the version it started from, 0 for none
    StandardContent m_saved;
    QList<StandardComponent> m_missing;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ContentForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr; // what stops a save or a set
    QLabel *m_info = nullptr; // "Draft saved at …"
    QPushButton *m_discard = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_set = nullptr;
};

} // namespace loket::ui
