// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/StandardPanel.h"

#include "core/standards/StandardService.h"
#include "ui/common/Style.h"
#include "ui/standards/DocumentPrinting.h"
#include "ui/standards/OfficeDay.h"
#include "print/standards/StandardText.h"
#include "ui/standards/StandardViewer.h"
#include "ui/standards/VersionHistory.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace loket::ui {

StandardPanel::StandardPanel(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Register"), this);
    back->setToolTip(tr("Back to the register (Esc)"));
    auto *titles = new QVBoxLayout;
    m_title = makePageTitle(QString(), this);
    m_subtitle = makeHint(QString(), this);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_edit = new QPushButton(tr("Edit standard…"), this);
    m_edit->setObjectName(QStringLiteral("primary"));
    m_edit->setVisible(m_session.actor.can(Permission::ManageStandards));
    m_print = new QPushButton(tr("Print"), this);
    auto *menu = new QMenu(m_print);
    QAction *printA4 = menu->addAction(tr("Print the standard (A4)…"));
    QAction *printPoster = menu->addAction(tr("Print the counter poster…"));
    menu->addSeparator();
    QAction *pdfA4 = menu->addAction(tr("Save the standard as PDF…"));
    QAction *pdfPoster = menu->addAction(tr("Save the poster as PDF…"));
    m_print->setMenu(menu);
    m_print->setStyleSheet(QStringLiteral("QPushButton { padding-right: 26px; }"
                                          "QPushButton::menu-indicator { subcontrol-origin: padding; "
                                          "subcontrol-position: right center; right: 8px; }"));
    header->addWidget(back, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(titles, 1);
    header->addWidget(m_print, 0, Qt::AlignTop);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_viewer = new StandardViewer(m_tabs);
    m_history = new VersionHistory(m_tabs);
    m_consultations = new RecordsPanel(m_session, RecordsPanel::Kind::Consultations, m_tabs);
    m_publications = new RecordsPanel(m_session, RecordsPanel::Kind::Publications, m_tabs);
    m_reviews = new RecordsPanel(m_session, RecordsPanel::Kind::Reviews, m_tabs);
    m_tabs->addTab(m_viewer, tr("Standard"));
    m_tabs->addTab(m_history, tr("Versions"));
    m_tabs->addTab(m_consultations, tr("Consultations"));
    m_tabs->addTab(m_publications, tr("Publications"));
    m_tabs->addTab(m_reviews, tr("Reviews"));
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &StandardPanel::backRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_service.id); });
    connect(m_history, &VersionHistory::viewRequested, this, [this](int number) {
        showVersion(number);
        m_tabs->setCurrentWidget(m_viewer);
    });
    for (RecordsPanel *p : { m_consultations, m_publications, m_reviews })
        connect(p, &RecordsPanel::changed, this, &StandardPanel::changed);

    const auto document = [this] { return StandardDocument(officeProfile(m_session), officeToday(m_session)); };
    const auto fileName = [this](const QString &what) {
        return QStringLiteral("%1-%2-v%3.pdf").arg(what, m_service.code).arg(m_shown ? m_shown->number : 0);
    };
    connect(printA4, &QAction::triggered, this, [=, this] {
        if (m_shown)
            DocumentPrinting::print(this, tr("Standard for %1").arg(m_service.name), StandardDocument::Kind::Standard,
                [&](QPagedPaintDevice *d) { return document().printStandard(d, *m_shown); });
    });
    connect(printPoster, &QAction::triggered, this, [=, this] {
        if (m_shown)
            DocumentPrinting::print(this, tr("Poster for %1").arg(m_service.name), StandardDocument::Kind::Poster,
                [&](QPagedPaintDevice *d) { return document().printPoster(d, *m_shown); });
    });
    connect(pdfA4, &QAction::triggered, this, [=, this] {
        if (m_shown)
            DocumentPrinting::savePdf(this, fileName(QStringLiteral("Standar-Pelayanan")),
                StandardDocument::Kind::Standard,
                [&](QPagedPaintDevice *d) { return document().printStandard(d, *m_shown); });
    });
    connect(pdfPoster, &QAction::triggered, this, [=, this] {
        if (m_shown)
            DocumentPrinting::savePdf(this, fileName(QStringLiteral("Poster-Standar-Pelayanan")),
                StandardDocument::Kind::Poster,
                [&](QPagedPaintDevice *d) { return document().printPoster(d, *m_shown); });
    });
}

RecordsPanel *StandardPanel::records(RecordsPanel::Kind kind) const
{
    switch (kind) {
    case RecordsPanel::Kind::Consultations:
        return m_consultations;
    case RecordsPanel::Kind::Publications:
        return m_publications;
    case RecordsPanel::Kind::Reviews:
        return m_reviews;
    }
    return nullptr;
}

bool StandardPanel::showService(qint64 serviceId)
{
    StandardService standards(m_session.db, *m_session.clock);
    auto service = standards.service(serviceId);
    auto versions = standards.versions(m_session.actor, serviceId);
    auto list = standards.list(m_session.actor, officeToday(m_session));
    if (!service || !versions || !list) {
        m_viewer->showNothing(!service ? service.error().message
                : !versions            ? versions.error().message
                                       : list.error().message);
        return false;
    }
    m_service = service.value();
    m_versions = versions.value();
    QList<ServiceRef> services;
    for (const StandardSummary &s : list.value())
        services << s.service;

    const QDate today = officeToday(m_session);
    m_shown.reset();
    for (const StandardVersion &v : m_versions) {
        if (v.inForceOn(today))
            m_shown = v;
    }
    if (!m_shown && !m_versions.isEmpty())
        m_shown = m_versions.last();
    if (m_shown)
        m_viewer->showVersion(*m_shown, today);
    else
        m_viewer->showNothing(m_session.actor.can(Permission::ManageStandards)
                ? tr("This service has no standard yet. Choose \"Edit standard…\" to write one.")
                : tr("This service has no standard yet."));
    m_history->setVersions(m_versions);
    for (RecordsPanel *p : { m_consultations, m_publications, m_reviews })
        p->setService(m_service, services);
    updateHeader();
    return true;
}

bool StandardPanel::showVersion(int number)
{
    for (const StandardVersion &v : m_versions) {
        if (v.number == number) {
            m_shown = v;
            m_viewer->showVersion(v, officeToday(m_session));
            updateHeader();
            return true;
        }
    }
    return false;
}

void StandardPanel::updateHeader()
{
    m_title->setText(QStringLiteral("%1 (%2)").arg(m_service.name, m_service.code));
    m_subtitle->setText(m_shown ? StandardText::versionLine(*m_shown) : tr("No standard yet"));
    m_print->setEnabled(m_shown.has_value());
    bool hasDraft = false;
    for (const StandardVersion &v : m_versions)
        hasDraft = hasDraft || v.isDraft();
    m_edit->setText(hasDraft ? tr("Continue draft…") : tr("Edit standard…"));
}

void StandardPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace loket::ui
