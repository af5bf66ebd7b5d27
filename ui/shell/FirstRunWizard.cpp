// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/FirstRunWizard.h"

#include "core/setup/FirstRun.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

namespace loket::ui {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->hide();
    return l;
}
} // namespace

FirstRunWizard::FirstRunWizard(DatabasePtr db, QWidget *parent)
    : QWizard(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Welcome to Loket"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loket.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Start using Loket"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setMinimumSize(640, 520);

    auto *office = new QWizardPage(this);
    office->setTitle(tr("Your office"));
    office->setSubTitle(tr("Loket is set up once for the office. You can change all of this later in Settings."));
    auto *of = new QFormLayout(office);
    m_officeName = new QLineEdit(office);
    m_officeName->setPlaceholderText(tr("e.g. Kecamatan Sukamaju"));
    m_parentAgency = new QLineEdit(office);
    m_parentAgency->setPlaceholderText(tr("e.g. Pemerintah Kabupaten Bandung"));
    m_address = new QLineEdit(office);
    m_city = new QLineEdit(office);
    m_zone = new QComboBox(office);
    m_zone->addItem(tr("WIB — Western Indonesia (UTC+7)"), QStringLiteral("WIB"));
    m_zone->addItem(tr("WITA — Central Indonesia (UTC+8)"), QStringLiteral("WITA"));
    m_zone->addItem(tr("WIT — Eastern Indonesia (UTC+9)"), QStringLiteral("WIT"));
    m_headName = new QLineEdit(office);
    m_headName->setPlaceholderText(tr("e.g. Drs. H. Ahmad Fauzi, M.Si."));
    m_headNip = new QLineEdit(office);
    of->addRow(tr("Office name *"), m_officeName);
    of->addRow(tr("Parent agency"), m_parentAgency);
    of->addRow(tr("Address"), m_address);
    of->addRow(tr("City / regency"), m_city);
    of->addRow(tr("Time zone"), m_zone);
    of->addRow(tr("Head of office"), m_headName);
    of->addRow(tr("NIP of the head"), m_headNip);
    m_officeError = errorLabel(office);
    of->addRow(QString(), m_officeError);
    addPage(office);

    auto *admin = new QWizardPage(this);
    admin->setTitle(tr("The first administrator"));
    admin->setSubTitle(tr("This account manages users, services, counters and backups. "
                          "Keep its password safe: it cannot be recovered."));
    auto *af = new QFormLayout(admin);
    m_adminName = new QLineEdit(admin);
    m_adminUser = new QLineEdit(QStringLiteral("admin"), admin);
    m_password = new QLineEdit(admin);
    m_repeat = new QLineEdit(admin);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    af->addRow(tr("Full name *"), m_adminName);
    af->addRow(tr("Username *"), m_adminUser);
    af->addRow(tr("Password *"), m_password);
    af->addRow(tr("Repeat password *"), m_repeat);
    af->addRow(QString(), makeHint(tr("At least 8 characters, not the same as the username."), admin));
    m_adminError = errorLabel(admin);
    af->addRow(QString(), m_adminError);
    addPage(admin);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == 0) {
        if (m_officeName->text().trimmed().isEmpty()) {
            m_officeError->setText(tr("Enter the office's name: it is printed on tickets and reports."));
            m_officeError->show();
            return false;
        }
        m_officeError->hide();
        return true;
    }
    if (m_adminName->text().trimmed().isEmpty()) {
        m_adminError->setText(tr("Enter the administrator's full name."));
        m_adminError->show();
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        m_adminError->setText(tr("The two passwords are not the same."));
        m_adminError->show();
        return false;
    }
    FirstRunOffice office;
    office.name = m_officeName->text().trimmed();
    office.parentAgency = m_parentAgency->text().trimmed();
    office.address = m_address->text().trimmed();
    office.city = m_city->text().trimmed();
    office.timeZone = m_zone->currentData().toString();
    office.headName = m_headName->text().trimmed();
    office.headNip = m_headNip->text().trimmed();
    NewUser user;
    user.username = m_adminUser->text().trimmed();
    user.fullName = m_adminName->text().trimmed();
    user.role = Role::Admin;
    user.password = m_password->text();
    auto done = completeFirstRun(m_db, office, user);
    if (!done) {
        m_adminError->setText(done.error().message);
        m_adminError->show();
        return false;
    }
    return true;
}

} // namespace loket::ui
