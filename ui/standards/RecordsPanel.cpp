// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/RecordsPanel.h"

#include "core/standards/StandardRegister.h"
#include "ui/common/Style.h"
#include "ui/standards/ConsultationDialog.h"
#include "ui/standards/OfficeDay.h"
#include "ui/standards/PublicationDialog.h"
#include "ui/standards/ReviewDialog.h"
#include "print/standards/StandardText.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

RecordsPanel::RecordsPanel(Session session, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    QString hint;
    QStringList headers;
    switch (kind) {
    case Kind::Consultations:
        hint = tr("Public consultations (Forum Konsultasi Publik) that discussed this standard.");
        headers = { tr("Date"), tr("Place"), tr("Groups of society"), tr("People"), tr("Minutes") };
        break;
    case Kind::Publications:
        hint = tr("Where this standard was published. Full marks: four or more media plus SIPPN, dated after the "
                  "decree of the version in force.");
        headers = { tr("Date"), tr("Medium"), tr("Link or place"), tr("SIPPN") };
        break;
    case Kind::Reviews:
        hint = tr("Reviews of this standard. Evaluators expect one every year.");
        headers = { tr("Date"), tr("Reviewed by"), tr("Outcome"), tr("Notes") };
        break;
    }
    m_hint = makeHint(hint, this);
    layout->addWidget(m_hint);
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(kind == Kind::Consultations ? tr("Record consultation…")
            : kind == Kind::Publications                ? tr("Add publication…")
                                                        : tr("Record review…"),
        this);
    m_remove = new QPushButton(tr("Remove…"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    if (kind == Kind::Consultations) {
        m_minutes = new QPushButton(tr("Save minutes as…"), this);
        buttons->addWidget(m_minutes);
        connect(m_minutes, &QPushButton::clicked, this, &RecordsPanel::saveMinutes);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    const bool canManage = m_session.actor.can(Permission::ManageStandards);
    m_add->setVisible(canManage);
    m_remove->setVisible(canManage);
    connect(m_add, &QPushButton::clicked, this, &RecordsPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &RecordsPanel::remove);
}

void RecordsPanel::setService(const ServiceRef &service, const QList<ServiceRef> &allServices)
{
    m_service = service;
    m_services = allServices;
    reload();
}

int RecordsPanel::rowCount() const
{
    return m_table->rowCount();
}

void RecordsPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RecordsPanel::reload()
{
    showError(QString());
    StandardRegister records(m_session.db, *m_session.clock);
    QList<QStringList> rows;
    m_ids.clear();
    switch (m_kind) {
    case Kind::Consultations: {
        auto list = records.consultations(m_session.actor, m_service.id);
        if (!list)
            return showError(list.error().message);
        m_consultations = list.value();
        for (const Consultation &c : m_consultations) {
            QStringList groups;
            int people = 0;
            for (const ConsultationGroup &g : c.groups) {
                groups << g.group;
                people += g.participants.value_or(0);
            }
            rows << QStringList { StandardText::date(c.date), c.place, groups.join(QStringLiteral(", ")),
                people > 0 ? QString::number(people) : QString(), c.minutesName };
            m_ids << c.id;
        }
        break;
    }
    case Kind::Publications: {
        auto list = records.publications(m_session.actor, m_service.id);
        if (!list)
            return showError(list.error().message);
        for (const Publication &p : list.value()) {
            rows << QStringList { StandardText::date(p.date), p.medium, p.location, p.sippn ? tr("yes") : QString() };
            m_ids << p.id;
        }
        break;
    }
    case Kind::Reviews: {
        auto list = records.reviews(m_session.actor, m_service.id);
        if (!list)
            return showError(list.error().message);
        for (const StandardReview &r : list.value()) {
            rows << QStringList { StandardText::date(r.date), r.reviewer, reviewOutcomeName(r.outcome), r.notes };
            m_ids << r.id;
        }
        break;
    }
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(m_kind == Kind::Consultations ? 2
            : m_kind == Kind::Publications                                          ? 2
                                                                                    : 3,
        QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    const bool canManage = m_session.actor.can(Permission::ManageStandards);
    m_remove->setEnabled(canManage && !rows.isEmpty());
    if (m_minutes)
        m_minutes->setEnabled(!rows.isEmpty());
}

Status RecordsPanel::addConsultation(const Consultation &consultation)
{
    auto added = StandardRegister(m_session.db, *m_session.clock).addConsultation(m_session.actor, consultation);
    if (!added)
        return added.error();
    reload();
    Q_EMIT changed();
    return {};
}

Status RecordsPanel::addPublication(const Publication &publication)
{
    auto added = StandardRegister(m_session.db, *m_session.clock).addPublication(m_session.actor, publication);
    if (!added)
        return added.error();
    reload();
    Q_EMIT changed();
    return {};
}

Status RecordsPanel::addReview(const StandardReview &review)
{
    auto added = StandardRegister(m_session.db, *m_session.clock).addReview(m_session.actor, review);
    if (!added)
        return added.error();
    reload();
    Q_EMIT changed();
    return {};
}

void RecordsPanel::add()
{
    const QDate today = officeToday(m_session);
    switch (m_kind) {
    case Kind::Consultations: {
        ConsultationDialog dialog(
            m_services, m_service.id, today, [this](const Consultation &c) { return addConsultation(c); }, this);
        dialog.exec();
        break;
    }
    case Kind::Publications: {
        PublicationDialog dialog(
            m_service.id, tr("the standard for %1").arg(m_service.name), today,
            [this](const Publication &p) { return addPublication(p); }, this);
        dialog.exec();
        break;
    }
    case Kind::Reviews: {
        ReviewDialog dialog(
            m_service.id, m_service.name, today, [this](const StandardReview &r) { return addReview(r); }, this);
        dialog.exec();
        break;
    }
    }
}

void RecordsPanel::remove()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size())
        return;
    const QString what = m_kind == Kind::Consultations ? tr("the consultation of %1").arg(m_table->item(row, 0)->text())
        : m_kind == Kind::Publications                 ? tr("the publication on %1").arg(m_table->item(row, 1)->text())
                                                       : tr("the review of %1").arg(m_table->item(row, 0)->text());
    QString extra;
    if (m_kind == Kind::Consultations)
        extra = QLatin1Char(' ')
            + tr("A consultation is one record for all the services it discussed: it is removed "
                 "from each of them.");
    if (QMessageBox::question(this, tr("Remove record"), tr("Remove %1?").arg(what) + extra) != QMessageBox::Yes)
        return;
    StandardRegister records(m_session.db, *m_session.clock);
    const qint64 id = m_ids.at(row);
    Status done = m_kind == Kind::Consultations ? records.removeConsultation(m_session.actor, id)
        : m_kind == Kind::Publications          ? records.removePublication(m_session.actor, id)
                                                : records.removeReview(m_session.actor, id);
    if (!done)
        return showError(done.error().message);
    reload();
    Q_EMIT changed();
}

void RecordsPanel::saveMinutes()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_consultations.size())
        return;
    const Consultation &c = m_consultations.at(row);
    if (c.minutesName.isEmpty())
        return showError(tr("No minutes were attached to this consultation."));
    auto bytes = StandardRegister(m_session.db, *m_session.clock).consultationMinutes(m_session.actor, c.id);
    if (!bytes)
        return showError(bytes.error().message);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save minutes"), c.minutesName);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size())
        return showError(tr("The minutes could not be saved to %1: %2").arg(path, file.errorString()));
    showError(QString());
}

} // namespace loket::ui
