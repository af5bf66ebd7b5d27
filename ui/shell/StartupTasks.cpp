// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/StartupTasks.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/HistoryCheck.h"
#include "core/queue/QueueService.h"
#include "core/backup/Backup.h"
#include "print/reports/MonthlyReportPack.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimeZone>

namespace loket::ui {

void runStartupTasks(DatabasePtr db)
{
    const Clock &clock = SystemClock::instance();
    QStringList problems;

    // Hidden copies left by a backup or restore that was cut off.
    (void)Backup::removeInterrupted(db, clock);

    auto zone = CalendarRepository(db).officeTime();
    const QDate today = zone ? zone->localDate(clock.nowUtc()) : clock.nowUtc().date();
    // On a server the PCs make no backup of their own (each would copy the whole
    // office onto its disk): the server PC runs "loketctl backup daily".
    auto backup = db->isServer() ? Result<AutoBackupResult>(AutoBackupResult {})
                                 : Backup::autoBackupIfDue(db, clock, today);
    if (!backup)
        problems << QCoreApplication::translate("loket", "Today's automatic backup could not be made: %1")
                        .arg(backup.error().message);
    else if (backup->made && backup->backup.auditChain && !backup->backup.auditChain->intact())
        problems << QCoreApplication::translate("loket",
                        "The audit log was changed outside Loket: its chain is %1. Today's backup was made all "
                        "the same; keep it and the backups before it, and ask an administrator to look into it.")
                        .arg(backup->backup.auditChain->summary(
                            QTimeZone(zone ? zone->offsetSeconds() : 7 * 3600), &AuditText::action));

    // Once an office day, whichever PC starts first: the history's hash chains
    // (on a file the backup above has checked the audit log's as it anchored it).
    auto history = HistoryChecks::runIfDue(db, clock, today, db->isServer());
    const QTimeZone officeZone(zone ? zone->offsetSeconds() : 7 * 3600);
    if (!history)
        problems << QCoreApplication::translate("loket", "The history's daily check could not be made: %1")
                        .arg(history.error().message);
    if (history && history->auditLog && !history->auditLog->intact())
        problems << QCoreApplication::translate("loket",
                        "The audit log was changed outside Loket: its chain is %1. Keep the backups, and ask an "
                        "administrator to look into it.")
                        .arg(history->auditLog->summary(officeZone, &AuditText::action));
    if (history && history->complaints && !history->complaints->intact())
        problems << QCoreApplication::translate("loket",
                        "The complaint history was changed outside Loket: its chain is %1. Keep the backups, and ask "
                        "an administrator to look into it.")
                        .arg(history->complaints->summary(officeZone, &eventKindLabel));

    // Tickets still waiting from an earlier day are expired, so the new day starts clean.
    auto closed = QueueService(db, clock).closeDay(Actor::system());
    if (!closed)
        problems << QCoreApplication::translate("loket", "Yesterday's queue could not be closed: %1")
                        .arg(closed.error().message);

    // Complaints whose response went unanswered for the auto-close days are closed.
    auto autoClosed = ComplaintService(db, clock).autoCloseOverdue(Actor::system());
    if (!autoClosed)
        problems << QCoreApplication::translate("loket", "Complaints could not be closed automatically: %1")
                        .arg(autoClosed.error().message);

    // The month's report pack, when a folder is scheduled (from the month's first working day, once).
    auto pack = MonthlyReportPack(db, clock).runSchedule();
    if (!pack)
        problems << QCoreApplication::translate("loket", "Last month's report could not be written into its folder: %1")
                        .arg(pack.error().message);

    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Loket"),
                        QCoreApplication::translate("loket", "Loket started, but needs attention:"));
        box.setInformativeText(problems.join(QStringLiteral("\n\n")));
        box.exec();
    }
}

} // namespace loket::ui
