// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QVariant>

#include <optional>

namespace loket {

// The one table of setting keys and their defaults. A key not in this table
// cannot be read or written, so a typo fails loudly instead of silently.
namespace SettingKey {
inline constexpr char Language[] = "ui.language";                     // "id" | "en"
inline constexpr char CutiBersamaIsHoliday[] = "calendar.cuti_bersama_is_holiday";
inline constexpr char BackupKeepDaily[] = "backup.keep_daily";
inline constexpr char BackupKeepMonthly[] = "backup.keep_monthly";
inline constexpr char BackupFolder[] = "backup.folder";               // empty: beside the database
inline constexpr char LockoutAttempts[] = "auth.lockout_attempts";
inline constexpr char LockoutMinutes[] = "auth.lockout_minutes";
inline constexpr char LastAutoBackupDay[] = "backup.last_auto_day";
// The office day the history's hash chains were last checked at a start (HistoryChecks).
inline constexpr char LastHistoryCheckDay[] = "history.last_check_day";
// The audit log chain's end (JSON {count, seq, hash, at}), copied at each daily backup and day close.
inline constexpr char AuditChainAnchor[] = "audit.chain_anchor";
// When a backup was last restored (ms UTC): older backups' anchors no longer apply.
inline constexpr char AuditChainRestoredAt[] = "audit.chain_restored_at";
inline constexpr char QueueMaxPriorityInRow[] = "queue.max_priority_in_row";   // 0: no limit
inline constexpr char QueueStarvationMinutes[] = "queue.starvation_minutes";   // 0: rule off
// The call starts the service (one key per citizen: F1 finishes and calls the
// next); off: the officer starts it when the citizen arrives (F3), so the
// service time leaves out the walk to the counter.
inline constexpr char QueueStartOnCall[] = "queue.start_on_call";
// Where each officer's counter windows are open (JSON, written by CounterService).
inline constexpr char QueueCounterWindows[] = "queue.counter_windows";
inline constexpr char StandardsReviewMonths[] = "standards.review_months"; // months between reviews of a standard
inline constexpr char BoardRunningText[] = "board.running_text";                 // the display board's ticker
inline constexpr char BoardAnnouncementTemplate[] = "board.announcement_template"; // empty: Announcement's default
inline constexpr char BoardNumberReading[] = "board.number_reading";             // "digits" | "words"
inline constexpr char BoardVoice[] = "board.voice";                              // speak calls (else chime only)
inline constexpr char BoardVoiceStatus[] = "board.voice_status"; // written by the board: VoiceStatus as JSON, for staff
inline constexpr char PrinterKind[] = "printer.kind"; // "escpos_device" | "escpos_network" | "system" | "pdf" | "none"
inline constexpr char PrinterDevice[] = "printer.device";     // ESC/POS device file
inline constexpr char PrinterHost[] = "printer.host";         // ESC/POS over the network: "host:port"
inline constexpr char PrinterName[] = "printer.name";         // system printer; empty: the default printer
inline constexpr char PrinterPaperMm[] = "printer.paper_mm";  // 58 | 80
inline constexpr char PrinterQrMode[] = "printer.qr_mode";    // "native" | "raster" | "none"
inline constexpr char PrinterPdfFolder[] = "printer.pdf_folder"; // kind "pdf": where tickets are written
inline constexpr char PrinterQrUrlTemplate[] = "printer.qr_url_template"; // empty: no QR code; {nomor} {tanggal} {layanan}
inline constexpr char PrinterLastError[] = "printer.last_error";       // staff's view of the last failure; empty: none
inline constexpr char PrinterLastErrorAt[] = "printer.last_error_at";  // when it happened, ISO UTC
inline constexpr char KioskOpenEarlyMinutes[] = "kiosk.open_early_minutes"; // the kiosk issues this long before opening
// Written by Database::open when the write-ahead log did not verify and a copy
// of it was kept: JSON {"state":"damaged|torn","copy":path,"at":ms UTC,
// "first_bad_frame":n,"dropped_frames":n,"dropped_commits":n}; empty: none.
// Shown in Settings (backups) until an administrator clears it.
inline constexpr char WalDamage[] = "storage.wal_damage";
// Wrong passwords for user names that do not exist, so they lock like real
// accounts (Authenticator): JSON {"<sha256 of the name>":{"n":count,"until":ms}}.
inline constexpr char UnknownNameFailures[] = "auth.unknown_name_failures";
// The complaint log (core/complaints): the register number's pattern ({YYYY}
// {MM} and {NNNN}, the sequence of the year padded to as many digits as Ns),
// the deadlines in working days, the largest attachment, and the end of the
// complaint history's hash chain (like AuditChainAnchor).
inline constexpr char ComplaintNumberPattern[] = "complaints.number_pattern";
inline constexpr char ComplaintVerifyDays[] = "complaints.verify_days";
inline constexpr char ComplaintFirstFollowUpDays[] = "complaints.first_follow_up_days";
inline constexpr char ComplaintSettleRinganDays[] = "complaints.settle_ringan_days";
inline constexpr char ComplaintSettleNormatifDays[] = "complaints.settle_normatif_days";
inline constexpr char ComplaintSettleTidakBerkadarDays[] = "complaints.settle_tidak_berkadar_days";
inline constexpr char ComplaintSettleBerkadarDays[] = "complaints.settle_berkadar_days";
inline constexpr char ComplaintAutoCloseDays[] = "complaints.auto_close_days";
inline constexpr char ComplaintAttachmentMaxKb[] = "complaints.attachment_max_kb";
inline constexpr char ComplaintChainAnchor[] = "complaints.chain_anchor";
// The suggestion boxes (core/suggestions): the minutes' number ({YYYY}, {MM}
// and {NN}, the sequence of the month — of the year when there is no {MM} —
// padded to as many digits as Ns), and the day of the month from which a box
// not yet opened that month is shown to supervisors.
inline constexpr char SuggestionNumberPattern[] = "suggestions.number_pattern";
inline constexpr char SuggestionReminderDay[] = "suggestions.reminder_day";
// The satisfaction survey (core/survey): the period it is run for ("quarter",
// "semester", "year"), the weighting of the index ("exact" 1/9 or "0.111"),
// and the respondent profile's lists as JSON arrays of texts (an empty array:
// the question is not asked).
inline constexpr char SurveyPeriodKind[] = "survey.period";
inline constexpr char SurveyWeighting[] = "survey.weighting";
inline constexpr char SurveyEducationOptions[] = "survey.education_options";
inline constexpr char SurveyOccupationOptions[] = "survey.occupation_options";
// The SKM report's chapter II (core/survey/SurveyReport): the survey team (one
// member per line), the method and the place, as printed; empty: the report's
// translated default text.
inline constexpr char SurveyReportTeam[] = "survey.report_team";
inline constexpr char SurveyReportMethod[] = "survey.report_method";
inline constexpr char SurveyReportPlace[] = "survey.report_place";
// The monthly report pack written by `loketctl report schedule` (print/reports):
// the last month ("YYYY-MM") whose pack was written, so it is written once.
inline constexpr char ReportPackLastMonth[] = "reports.pack_last_month";
// The folder Loket writes the monthly pack into by itself (at start, from the
// month's first working day); empty: not scheduled.
inline constexpr char ReportPackFolder[] = "reports.pack_folder";
} // namespace SettingKey

struct SettingDefinition {
    const char *key;
    QVariant defaultValue;
};

// Reads and writes settings. Permission checks belong to the services that
// expose a setting to users; this class is the storage underneath.
class SettingsStore {
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)
public:
    explicit SettingsStore(DatabasePtr db);

    static const QList<SettingDefinition> &definitions();
    static bool isKnown(const QString &key);

    QVariant value(const QString &key) const;       // the stored value or the default
    int intValue(const QString &key) const { return value(key).toInt(); }
    bool boolValue(const QString &key) const { return value(key).toBool(); }
    QString stringValue(const QString &key) const { return value(key).toString(); }
    Status setValue(const QString &key, const QVariant &value) const;
    // Once an office day, whichever process asks first: sets `key` to `day`
    // inside the write lock and gives what it held before (nullopt: `day` was
    // claimed already, nothing to do). unclaim() puts the previous value back
    // when the work the claim stood for failed, so that it is tried again.
    Result<std::optional<QString>> claimDay(const QString &key, const QString &day) const;
    void unclaimDay(const QString &key, const QString &previous) const;

private:
    DatabasePtr m_db;
};

} // namespace loket
