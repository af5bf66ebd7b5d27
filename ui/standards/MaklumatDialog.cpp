// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/MaklumatDialog.h"

#include "core/standards/StandardRegister.h"
#include "ui/common/Style.h"
#include "ui/standards/DocumentPrinting.h"
#include "ui/standards/OfficeDay.h"
#include "ui/standards/PublicationDialog.h"
#include "print/standards/StandardText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loket::ui {

MaklumatDialog::MaklumatDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Maklumat Pelayanan"));
    resize(1100, 700);
    const bool canManage = m_session.actor.can(Permission::ManageStandards);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("The office's written promise to serve to its standards, and to accept sanctions "
                                  "when it does not. Signed by the head of office and displayed at the counter."),
        this));
    auto *splitter = new QSplitter(this);

    auto *left = new QWidget(splitter);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 8, 0);
    auto *form = new QFormLayout;
    m_text = new QPlainTextEdit(left);
    m_text->setTabChangesFocus(true);
    m_text->setReadOnly(!canManage);
    m_decree = new QLineEdit(left);
    m_decree->setReadOnly(!canManage);
    m_signed = new QCheckBox(tr("Signed on"), left);
    m_signed->setEnabled(canManage);
    m_date = new QDateEdit(officeToday(m_session), left);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_signed);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Decree number"), m_decree);
    form->addRow(QString(), dateRow);
    lv->addLayout(form, 2);
    lv->addWidget(new QLabel(tr("Published on"), left));
    m_publications = new QTableWidget(0, 4, left);
    m_publications->setHorizontalHeaderLabels({ tr("Date"), tr("Medium"), tr("Link or place"), tr("SIPPN") });
    m_publications->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_publications->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_publications->verticalHeader()->hide();
    m_publications->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    lv->addWidget(m_publications, 1);
    auto *pubButtons = new QHBoxLayout;
    auto *addPub = new QPushButton(tr("Add publication…"), left);
    auto *removePub = new QPushButton(tr("Remove…"), left);
    addPub->setVisible(canManage);
    removePub->setVisible(canManage);
    pubButtons->addWidget(addPub);
    pubButtons->addWidget(removePub);
    pubButtons->addStretch(1);
    lv->addLayout(pubButtons);

    m_preview = new QTextBrowser(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    auto *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    if (canManage) {
        auto *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
        saveButton->setDefault(true);
    }
    layout->addWidget(buttons);

    const auto paint = [this](QPagedPaintDevice *device) {
        return StandardDocument(officeProfile(m_session), officeToday(m_session)).printMaklumat(device, maklumat());
    };
    connect(print, &QPushButton::clicked, this, [this, paint] {
        DocumentPrinting::print(this, tr("Maklumat Pelayanan"), StandardDocument::Kind::Standard, paint);
    });
    connect(pdf, &QPushButton::clicked, this, [this, paint] {
        DocumentPrinting::savePdf(
            this, QStringLiteral("Maklumat-Pelayanan.pdf"), StandardDocument::Kind::Standard, paint);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addPub, &QPushButton::clicked, this, &MaklumatDialog::addPublication);
    connect(removePub, &QPushButton::clicked, this, &MaklumatDialog::removePublication);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MaklumatDialog::updatePreview);
    connect(m_decree, &QLineEdit::textChanged, this, &MaklumatDialog::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, this, &MaklumatDialog::updatePreview);
    connect(m_signed, &QCheckBox::toggled, this, [this, canManage](bool on) {
        m_date->setEnabled(on && canManage);
        updatePreview();
    });
    load();
}

void MaklumatDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void MaklumatDialog::load()
{
    auto stored = StandardRegister(m_session.db, *m_session.clock).maklumat();
    if (!stored)
        return showError(stored.error().message);
    m_stored = stored.value();
    m_text->setPlainText(m_stored.text.isEmpty() ? defaultMaklumatText() : m_stored.text);
    m_decree->setText(m_stored.decreeNumber);
    m_signed->setChecked(m_stored.decreeDate.isValid());
    if (m_stored.decreeDate.isValid())
        m_date->setDate(m_stored.decreeDate);
    m_date->setEnabled(m_signed->isChecked() && m_session.actor.can(Permission::ManageStandards));
    m_publications->setRowCount(int(m_stored.publications.size()));
    for (int r = 0; r < m_stored.publications.size(); ++r) {
        const Publication &p = m_stored.publications.at(r);
        const QStringList cells = { StandardText::date(p.date), p.medium, p.location, p.sippn ? tr("yes") : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_publications->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_publications->resizeColumnsToContents();
    m_publications->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    updatePreview();
}

Maklumat MaklumatDialog::maklumat() const
{
    Maklumat m = m_stored;
    m.text = m_text->toPlainText().trimmed();
    m.decreeNumber = m_decree->text().trimmed();
    m.decreeDate = m_signed->isChecked() ? m_date->date() : QDate();
    return m;
}

void MaklumatDialog::updatePreview()
{
    // The page without the logo: the preview is for the words.
    OfficeProfile office = officeProfile(m_session);
    office.logoPng.clear();
    m_preview->setHtml(StandardDocument(office, officeToday(m_session)).maklumatHtml(maklumat()));
}

bool MaklumatDialog::save()
{
    const Maklumat m = maklumat();
    Status done = StandardRegister(m_session.db, *m_session.clock)
                      .saveMaklumat(m_session.actor, m.text, m.decreeNumber, m.decreeDate);
    if (!done) {
        showError(done.error().message);
        return false;
    }
    showError(QString());
    return true;
}

void MaklumatDialog::addPublication()
{
    PublicationDialog dialog(
        0, tr("the Maklumat Pelayanan"), officeToday(m_session),
        [this](const Publication &p) -> Status {
            auto added = StandardRegister(m_session.db, *m_session.clock).addMaklumatPublication(m_session.actor, p);
            if (!added)
                return added.error();
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        const Maklumat edited = maklumat();
        load();
        // Keep what is being typed: adding a publication does not save the text.
        m_text->setPlainText(edited.text);
        m_decree->setText(edited.decreeNumber);
    }
}

void MaklumatDialog::removePublication()
{
    const int row = m_publications->currentRow();
    if (row < 0 || row >= m_stored.publications.size())
        return;
    const Publication p = m_stored.publications.at(row);
    if (QMessageBox::question(this, tr("Remove publication"), tr("Remove the publication on %1?").arg(p.medium))
        != QMessageBox::Yes)
        return;
    Status done = StandardRegister(m_session.db, *m_session.clock).removeMaklumatPublication(m_session.actor, p.id);
    if (!done)
        return showError(done.error().message);
    const Maklumat edited = maklumat();
    load();
    m_text->setPlainText(edited.text);
    m_decree->setText(edited.decreeNumber);
}

} // namespace loket::ui
