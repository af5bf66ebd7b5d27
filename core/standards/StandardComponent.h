// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace loket {

// The 14 components of a Standar Pelayanan (PermenPANRB 15/2014), in the
// order of the regulation. The first six are the service-delivery part that
// is published at the counter and online; the other eight are internal.
enum class StandardComponent {
    Requirements, // Persyaratan
    Procedure, // Sistem, mekanisme, dan prosedur
    ServiceTime, // Jangka waktu pelayanan
    Cost, // Biaya/tarif
    Products, // Produk pelayanan
    ComplaintHandling, // Penanganan pengaduan, saran, dan masukan
    LegalBasis, // Dasar hukum
    Facilities, // Sarana, prasarana, dan/atau fasilitas
    Competence, // Kompetensi pelaksana
    InternalSupervision, // Pengawasan internal
    Staffing, // Jumlah pelaksana
    ServiceGuarantee, // Jaminan pelayanan
    SecurityGuarantee, // Jaminan keamanan dan keselamatan pelayanan
    PerformanceEvaluation, // Evaluasi kinerja pelaksana
};

QList<StandardComponent> allStandardComponents();
QList<StandardComponent> serviceDeliveryComponents(); // the six public ones
QList<StandardComponent> textComponents(); // the eight kept as plain text
bool isServiceDelivery(StandardComponent component);

// Stable code, used as the JSON key and in CSV: "requirements", "procedure", …
QString standardComponentCode(StandardComponent component);
std::optional<StandardComponent> standardComponentFromCode(const QString &code);
// The component's name as the regulation calls it, translated for display.
QString standardComponentName(StandardComponent component);
// Names joined for a message: "Requirements; Cost/tariff".
QString standardComponentNames(const QList<StandardComponent> &components);

} // namespace loket
