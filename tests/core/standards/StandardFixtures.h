// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/standards/StandardContent.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>

namespace loket::test {

inline Actor supervisor()
{
    Actor a;
    a.userId = 2;
    a.username = QStringLiteral("kasi");
    a.fullName = QStringLiteral("Kasi Pelayanan");
    a.role = Role::Supervisor;
    return a;
}

inline Actor officer()
{
    Actor a;
    a.userId = 7;
    a.username = QStringLiteral("siti");
    a.fullName = QStringLiteral("Siti Rahma");
    a.role = Role::Officer;
    return a;
}

// Adds a service to the catalog with plain SQL; returns its id.
inline qint64 addService(const TempDatabase &t, const QString &code, const QString &name, const QString &prefix = {})
{
    QSqlQuery q(t.db()->connection());
    q.prepare(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES (?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(prefix.isEmpty() ? code : prefix);
    q.addBindValue(name);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

// A complete standard for Kartu Keluarga, as an office would write it.
inline StandardContent kartuKeluarga()
{
    StandardContent c;
    c.requirements = {
        { QStringLiteral("Surat pengantar RT/RW"), DocumentForm::Original, 1, {} },
        { QStringLiteral("Fotokopi buku nikah/akta perkawinan"), DocumentForm::Copy, 1, QStringLiteral("dilegalisir") },
        { QStringLiteral("Kartu Keluarga lama"), DocumentForm::Original, 1, QStringLiteral("untuk perubahan data") },
    };
    c.procedure = {
        { QStringLiteral("Pemohon mengambil nomor antrian dan menyerahkan berkas"), QStringLiteral("Pemohon") },
        { QStringLiteral("Petugas memverifikasi berkas"), QStringLiteral("Petugas loket") },
        { QStringLiteral("Operator menginput data ke SIAK"), QStringLiteral("Operator SIAK") },
        { QStringLiteral("Kartu Keluarga dicetak dan diserahkan"), QStringLiteral("Petugas loket") },
    };
    c.serviceTime = ServiceTime { 1, TimeUnit::WorkingDays };
    c.costRupiah = 0;
    c.costLegalBasis = QStringLiteral("UU 24/2013 Pasal 79A");
    c.products = { QStringLiteral("Kartu Keluarga") };
    c.complaintChannels = { { QStringLiteral("SP4N-LAPOR!"), QStringLiteral("www.lapor.go.id") },
        { QStringLiteral("WhatsApp"), QStringLiteral("0812-3456-7890") } };
    c.legalBasis = QStringLiteral("UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan");
    c.facilities = QStringLiteral("Ruang tunggu, loket, komputer, printer, mesin antrian");
    c.competence = QStringLiteral("Memahami SIAK dan peraturan adminduk");
    c.internalSupervision = QStringLiteral("Kasi Pelayanan dan Sekretaris Camat");
    c.staffing = QStringLiteral("2 orang");
    c.serviceGuarantee = QStringLiteral("Pelayanan sesuai standar, gratis");
    c.securityGuarantee = QStringLiteral("Data pemohon dijaga kerahasiaannya");
    c.performanceEvaluation = QStringLiteral("Evaluasi setiap triwulan");
    return c;
}

} // namespace loket::test
