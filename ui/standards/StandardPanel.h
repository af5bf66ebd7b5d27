// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardVersion.h"
#include "ui/common/Session.h"
#include "ui/standards/RecordsPanel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace loket::ui {

class StandardViewer;
class VersionHistory;

// One service's standard: the version in force in large type (what the
// front desk reads out), its versions and what changed, and the records
// kept around it; with print, PDF and the counter poster.
class StandardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StandardPanel(Session session, QWidget *parent = nullptr);

    // Shows the version in force today, else the draft, else the newest.
    bool showService(qint64 serviceId);
    bool showVersion(int number);

    const std::optional<StandardVersion> &shownVersion() const { return m_shown; }
    qint64 serviceId() const { return m_service.id; }
    StandardViewer *viewer() const { return m_viewer; }
    VersionHistory *history() const { return m_history; }
    RecordsPanel *records(RecordsPanel::Kind kind) const;
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void backRequested();
    void editRequested(qint64 serviceId);
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateHeader();

    Session m_session;
    ServiceRef m_service;
    QList<StandardVersion> m_versions;
    std::optional<StandardVersion> m_shown;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_print = nullptr;
    QTabWidget *m_tabs = nullptr;
    StandardViewer *m_viewer = nullptr;
    VersionHistory *m_history = nullptr;
    RecordsPanel *m_consultations = nullptr;
    RecordsPanel *m_publications = nullptr;
    RecordsPanel *m_reviews = nullptr;
};

} // namespace loket::ui
