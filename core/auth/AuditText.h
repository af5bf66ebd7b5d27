// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AuditLog.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QVariantMap>

namespace loket {

// A detail written as data, a code and named values, so that the log reads in
// the reader's language: auditDetail("login.wrong_password", {{"attempt", 1}, {"max", 5}})
// is stored as compact JSON {"attempt":1,"code":"login.wrong_password","max":5} and shown as
// "kata sandi salah (1 dari 5)". Times are given as milliseconds UTC.
QString auditDetail(const QString &code, const QVariantMap &values = {});

// How the audit log reads for a person: the one table of action codes,
// outcomes, records and details, with readable fallbacks for codes it does not
// know (older or newer Loket). Rows written as free text before details became
// data are recognised by their English wording and read the same way.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    explicit AuditText(QTimeZone zone = QTimeZone::systemTimeZone());

    struct Choice {
        QString code;      // "user." for a family, "user.add" for one action
        QString label;     // translated
    };
    // Every known action with its family, in the order a filter lists them.
    static QList<Choice> actionChoices();

    static QString action(const QString &code);    // "maklumat.publication_add" → "Publikasi maklumat dicatat"
    static QString family(const QString &code);    // "maklumat.publication_add" → "Maklumat pelayanan"
    static QString outcome(const QString &code);   // "ok" → "berhasil"
    static QString user(const QString &username);  // "system" → "Sistem Loket"
    static QString permission(const QString &code); // "view_audit" → "melihat log audit"
    QString record(const AuditEntry &e) const;     // "pengguna siti", "loket 3", "tiket A-001"
    QString detail(const AuditEntry &e) const;     // the detail as a sentence
    QString time(const QDateTime &utc) const;      // "23 Nov 2026 08.15.02" in the office's zone

private:
    QString value(const QString &name, const QVariant &v) const;
    QTimeZone m_zone;
    mutable QDate m_day; // of the entry being read, in the office's zone
};

} // namespace loket
