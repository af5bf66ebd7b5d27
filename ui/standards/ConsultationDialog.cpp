// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/ConsultationDialog.h"

#include "ui/standards/RecordDialogSupport.h"

#include "core/standards/StandardRegister.h"
#include "ui/common/Style.h"
#include "ui/standards/RowListEditor.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

ConsultationDialog::ConsultationDialog(
    const QList<ServiceRef> &services, qint64 serviceId, QDate today, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setWindowTitle(tr("Record a public consultation"));
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("A Forum Konsultasi Publik (PermenPANRB 16/2017). One forum often discusses the "
                                  "standards of several services: tick each of them."),
        this));
    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_place = new QLineEdit(this);
    m_place->setPlaceholderText(tr("e.g. Aula Kantor Kecamatan"));
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Place"), m_place);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the participants said and what was agreed"));
    form->addRow(tr("Summary"), m_summary);
    auto *minutesRow = new QHBoxLayout;
    m_minutesLabel = new QLabel(tr("No file"), this);
    auto *attach = new QPushButton(tr("Attach minutes…"), this);
    minutesRow->addWidget(m_minutesLabel, 1);
    minutesRow->addWidget(attach);
    form->addRow(tr("Minutes (berita acara)"), minutesRow);
    top->addLayout(form, 3);

    m_services = new QListWidget(this);
    for (const ServiceRef &s : services) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.code, s.name), m_services);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(s.id == serviceId ? Qt::Checked : Qt::Unchecked);
    }
    auto *servicesBox = new QVBoxLayout;
    servicesBox->addWidget(new QLabel(tr("Services discussed"), this));
    servicesBox->addWidget(m_services, 1);
    top->addLayout(servicesBox, 2);
    layout->addLayout(top, 2);

    layout->addWidget(new QLabel(tr("Participants by group of society"), this));
    layout->addWidget(
        makeHint(tr("For example: %1.").arg(suggestedConsultationGroups().join(QStringLiteral(", "))), this));
    m_groups = new RowListEditor(
        { { tr("Group"), RowListEditor::Kind::Text, {}, 0 }, { tr("People"), RowListEditor::Kind::Count, {}, 80 },
            { tr("Names (optional, separated by commas)"), RowListEditor::Kind::Text, {}, 300 } },
        tr("Add group"), this);
    layout->addWidget(m_groups, 2);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Minutes of the consultation"), QString(),
            tr("Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
        if (!path.isEmpty())
            attachMinutes(path);
    });
}

bool ConsultationDialog::attachMinutes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        m_error->show();
        return false;
    }
    m_minutes = file.readAll();
    m_minutesName = QFileInfo(path).fileName();
    m_minutesLabel->setText(
        QStringLiteral("%1 (%2)").arg(m_minutesName, QLocale().formattedDataSize(m_minutes.size())));
    return true;
}

Consultation ConsultationDialog::consultation() const
{
    Consultation c;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            c.serviceIds << m_services->item(i)->data(Qt::UserRole).toLongLong();
    }
    c.date = m_date->date();
    c.place = m_place->text().trimmed();
    for (const QVariantList &row : m_groups->rows()) {
        ConsultationGroup g;
        g.group = row.value(0).toString().trimmed();
        g.participants = row.value(1).toInt();
        for (const QString &name : row.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                g.names << name.trimmed();
        }
        c.groups << g;
    }
    c.summary = m_summary->toPlainText().trimmed();
    c.minutesName = m_minutesName;
    c.minutes = m_minutes;
    c.minutesSize = m_minutes.size();
    return c;
}

void ConsultationDialog::tryAccept()
{
    const Consultation c = consultation();
    acceptIfSaved(this, m_error, StandardRegister::consultationProblems(c), [&] { return m_apply(c); });
}

} // namespace loket::ui
