// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/BackupsTab.h"

#include "core/catalog/CalendarRepository.h"
#include "core/settings/OfficeSettings.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/SettingsStore.h"
#include "core/backup/WalRescue.h"
#include "ui/common/OfficeInfo.h"
#include "ui/common/Style.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

BackupsTab::BackupsTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("Loket backs up the database at the first start of each day and keeps a copy of "
                                  "each month. Copies are taken while Loket runs and are checked before they are "
                                  "kept. Copy the backup folder to another disk regularly."),
                               this));
    // What an administrator must act on: a database others may read, a
    // damaged write-ahead log that was kept.
    m_warning = makeHint(QString(), this);
    m_warning->setObjectName(QStringLiteral("storageWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_warning);
    m_clearWal = new QPushButton(tr("The damaged log was looked at: hide this warning"), this);
    m_clearWal->setObjectName(QStringLiteral("clearWalDamage"));
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearWal);
    clearRow->addStretch(1);
    layout->addLayout(clearRow);
    connect(m_clearWal, &QPushButton::clicked, this, [this] {
        const Status st = OfficeSettings(m_session.db, *m_session.clock)
                              .set(m_session.actor, QLatin1String(SettingKey::WalDamage), QString());
        if (!st)
            say(st.error().message, false);
        reload();
    });
    m_folder = makeHint(QString(), this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);

    auto *buttons = new QHBoxLayout;
    auto *now = new QPushButton(tr("Back up now"), this);
    now->setObjectName(QStringLiteral("primary"));
    auto *restore = new QPushButton(tr("Restore selected…"), this);
    auto *restoreFile = new QPushButton(tr("Restore from a file…"), this);
    buttons->addWidget(now);
    buttons->addWidget(restore);
    buttons->addWidget(restoreFile);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("File"), tr("Size"), tr("Schema")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *keep = new QGroupBox(tr("How many to keep"), this);
    auto *form = new QHBoxLayout(keep);
    SettingsStore store(m_session.db);
    m_keepDaily = new QSpinBox(keep);
    m_keepDaily->setRange(1, 366);
    m_keepDaily->setValue(store.intValue(QLatin1String(SettingKey::BackupKeepDaily)));
    m_keepMonthly = new QSpinBox(keep);
    m_keepMonthly->setRange(0, 120);
    m_keepMonthly->setValue(store.intValue(QLatin1String(SettingKey::BackupKeepMonthly)));
    auto *saveKeep = new QPushButton(tr("Save"), keep);
    form->addWidget(new QLabel(tr("Daily copies"), keep));
    form->addWidget(m_keepDaily);
    form->addSpacing(16);
    form->addWidget(new QLabel(tr("Monthly copies"), keep));
    form->addWidget(m_keepMonthly);
    form->addWidget(saveKeep);
    form->addStretch(1);
    layout->addWidget(keep);
    m_message = makeHint(QString(), this);
    layout->addWidget(m_message);

    connect(now, &QPushButton::clicked, this, &BackupsTab::backupNow);
    connect(restore, &QPushButton::clicked, this, &BackupsTab::restoreSelected);
    connect(restoreFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Restore from a backup file"),
                                                          Backup::folder(m_session.db),
                                                          tr("Loket backups (*.db);;All files (*)"));
        if (file.isEmpty())
            return;
        auto checked = Backup::verify(file);
        if (!checked) {
            say(checked.error().message, false);
            return;
        }
        confirmRestore(checked.value());
    });
    connect(saveKeep, &QPushButton::clicked, this, &BackupsTab::saveRetention);
    reload();
}

void BackupsTab::say(const QString &text, bool ok)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #067647;") : QStringLiteral("color: #b42318;"));
    m_message->setText(text);
}

void BackupsTab::reload()
{
    QStringList warnings;
    if (const QStringList open = m_session.db->filesReadableByOthers(); !open.isEmpty()) {
        warnings << tr("Other users of this computer can read the database %1 (every citizen's data and password "
                       "hashes). Make it private with this command: %2")
                        .arg(QDir::toNativeSeparators(m_session.db->path()), privatefiles::chmodCommand(open));
    }
    const QString wal = storedWalDamageMessage(m_session.db);
    if (!wal.isEmpty())
        warnings << wal;
    m_warning->setText(warnings.join(QStringLiteral("\n\n")));
    m_warning->setVisible(!warnings.isEmpty());
    m_clearWal->setVisible(!wal.isEmpty());

    const QString folder = Backup::folder(m_session.db);
    m_folder->setText(tr("Backup folder: %1").arg(QDir::toNativeSeparators(folder)));
    auto list = Backup::list(folder);
    if (!list) {
        say(list.error().message, false);
        return;
    }
    m_backups = list.value();
    const QLocale locale;
    const QTimeZone zone = OfficeInfo::load(m_session.db).zone;
    m_table->setRowCount(int(m_backups.size()));
    for (int r = 0; r < m_backups.size(); ++r) {
        const BackupInfo &b = m_backups[r];
        QString kind;
        switch (b.kind) {
        case BackupKind::Daily: kind = tr("daily"); break;
        case BackupKind::Monthly: kind = tr("monthly"); break;
        case BackupKind::Manual: kind = tr("manual"); break;
        }
        const QStringList cells = {locale.toString(b.savedAtUtc.toTimeZone(zone), QStringLiteral("d MMM yyyy HH.mm")),
                                   kind, b.fileName, locale.formattedDataSize(b.sizeBytes),
                                   b.schemaVersion < 0 ? tr("unreadable") : QString::number(b.schemaVersion)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void BackupsTab::backupNow()
{
    auto folder = Backup::prepareFolder(m_session.db);
    if (!folder) {
        say(folder.error().message, false);
        return;
    }
    const QDateTime local = m_session.clock->nowUtc().toTimeZone(OfficeInfo::load(m_session.db).zone);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backup::create(*m_session.db, QDir(folder.value()).filePath(BackupRetention::manualFileName(local, Backup::fileSuffix(*m_session.db))));
    QApplication::restoreOverrideCursor();
    if (!made) {
        say(made.error().message, false);
        return;
    }
    reload();
    say(tr("Backup written: %1 (%2).").arg(made->fileName, QLocale().formattedDataSize(made->sizeBytes)), true);
}

void BackupsTab::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size()) {
        say(tr("Choose a backup in the list first."), false);
        return;
    }
    confirmRestore(m_backups[row]);
}

void BackupsTab::confirmRestore(const BackupInfo &b)
{
    // What is in the file, so that nobody swaps in an empty or wrong one.
    const BackupContents contents = Backup::contents(b.path);
    QMessageBox box(QMessageBox::Warning, tr("Restore a backup"), tr("Restore %1?").arg(b.fileName), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("restoreConfirm"));
    box.setInformativeText(
        Backup::contentsText(contents) + QStringLiteral("\n\n")
        + tr("Everything recorded after that backup was made is replaced by the backup's content. The current "
             "database is kept beside it, so nothing is deleted. Close Loket on the other computers and screens "
             "(kiosk, board, counters) first.\n\nLoket will sign you out and restore now."));
    auto *yes = box.addButton(contents.isEmpty() ? tr("Restore the empty backup") : tr("Restore"),
                              QMessageBox::DestructiveRole);
    auto *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    Q_EMIT restoreRequested(b.path);
}

void BackupsTab::saveRetention()
{
    OfficeSettings settings(m_session.db, *m_session.clock);
    Status st = settings.set(m_session.actor, QLatin1String(SettingKey::BackupKeepDaily), m_keepDaily->value());
    if (st)
        st = settings.set(m_session.actor, QLatin1String(SettingKey::BackupKeepMonthly), m_keepMonthly->value());
    say(st ? tr("Saved: the next automatic backup keeps %1 daily and %2 monthly copies.")
                 .arg(m_keepDaily->value())
                 .arg(m_keepMonthly->value())
           : st.error().message,
        st.ok());
}

} // namespace loket::ui
