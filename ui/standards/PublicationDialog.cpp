// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/PublicationDialog.h"

#include "ui/standards/RecordDialogSupport.h"

#include "core/standards/StandardRegister.h"
#include "ui/common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

PublicationDialog::PublicationDialog(qint64 serviceId, const QString &what, QDate today, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_serviceId(serviceId)
    , m_apply(std::move(apply))
{
    setWindowTitle(tr("Add publication"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("Where %1 was published. Evaluators give full marks for four or more media "
                                  "plus SIPPN.")
                                   .arg(what),
        this));
    auto *form = new QFormLayout;
    m_medium = new QComboBox(this);
    m_medium->setEditable(true);
    m_medium->addItems(suggestedPublicationMedia());
    m_medium->setCurrentIndex(-1);
    m_medium->lineEdit()->setPlaceholderText(tr("Papan pengumuman, website, …"));
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("A link, or where it hangs"));
    m_location->setMinimumWidth(320);
    m_sippn = new QCheckBox(tr("On SIPPN (the national public-service information system)"), this);
    form->addRow(tr("Medium"), m_medium);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Link or place"), m_location);
    form->addRow(QString(), m_sippn);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublicationDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_medium, &QComboBox::currentTextChanged, this, [this](const QString &medium) {
        if (isSippnMedium(medium))
            m_sippn->setChecked(true);
    });
}

Publication PublicationDialog::publication() const
{
    Publication p;
    p.serviceId = m_serviceId;
    p.medium = m_medium->currentText().trimmed();
    p.date = m_date->date();
    p.location = m_location->text().trimmed();
    p.sippn = m_sippn->isChecked();
    return p;
}

void PublicationDialog::tryAccept()
{
    const Publication p = publication();
    acceptIfSaved(this, m_error, StandardRegister::publicationProblems(p), [&] { return m_apply(p); });
}

} // namespace loket::ui
