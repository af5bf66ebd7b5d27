// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/DemoStandards.h"

#include "core/common/OfficeTime.h"
#include "core/standards/StandardRegister.h"
#include "core/standards/StandardRepository.h"
#include "core/standards/StandardService.h"

#include <QSqlQuery>

namespace loket {

namespace {

QDate officeToday(const DatabasePtr &db, const Clock &clock)
{
    OfficeTimeZone zone = OfficeTimeZone::WIB;
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT time_zone FROM office WHERE id = 1")) && q.next())
        zone = OfficeTime::zoneFromCode(q.value(0).toString()).value_or(OfficeTimeZone::WIB);
    return OfficeTime(zone).localDate(clock.nowUtc());
}

// A small but valid PDF, standing in for the scanned minutes of the forum.
QByteArray minutesPdf(const QString &line1, const QString &line2)
{
    const QByteArray text
        = "BT /F1 14 Tf 56 780 Td (" + line1.toLatin1() + ") Tj 0 -22 Td (" + line2.toLatin1() + ") Tj ET";
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString decreeNumber(int sequence, QDate date)
{
    return QStringLiteral("100.3.3/%1/KEC/%2").arg(sequence, 2, 10, QLatin1Char('0')).arg(date.year());
}

} // namespace

Result<int> seedDemoStandards(
    const DatabasePtr &db, const Actor &actor, const Clock &clock, const QStringList &serviceCodes)
{
    StandardRepository repo(db);
    StandardService standards(db, clock);
    StandardRegister records(db, clock);
    const QDate today = officeToday(db, clock);
    const QDate setOn = today.addMonths(-20);
    const QDate revisedOn = today.addMonths(-8);

    QList<ServiceRef> seeded;
    int sequence = 10;
    for (const QString &code : serviceCodes.isEmpty() ? demoStandardCodes() : serviceCodes) {
        const auto content = demoStandardContent(code);
        if (!content)
            continue;
        auto service = repo.serviceByCode(code);
        if (!service)
            return service.error();
        if (!service.value())
            continue;
        auto existing = repo.versions(service.value()->id, false);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            continue;
        const ServiceRef s = *service.value();

        StandardContent first = *content;
        if (s.code.compare(QLatin1String("KK"), Qt::CaseInsensitive) == 0) {
            // The first KK standard promised 3 working days; the review shortened it.
            first.serviceTime = ServiceTime { 3, TimeUnit::WorkingDays };
        }
        if (auto saved = standards.saveDraft(actor, s.id, first); !saved)
            return saved.error();
        if (auto set = standards.setStandard(actor, s.id, Decree { decreeNumber(++sequence, setOn), setOn, setOn });
            !set)
            return set.error();
        if (first != *content) {
            const QDate reviewedOn = revisedOn.addDays(-14);
            if (auto r = records.addReview(actor,
                    StandardReview { 0, s.id, reviewedOn,
                        QStringLiteral("Tim Evaluasi "
                                       "Standar Pelayanan"),
                        ReviewOutcome::RevisionNeeded,
                        QStringLiteral("Jangka waktu dapat dipersingkat "
                                       "menjadi 1 hari kerja dengan tanda "
                                       "tangan elektronik.") });
                !r)
                return r.error();
            if (auto saved = standards.saveDraft(actor, s.id, *content); !saved)
                return saved.error();
            if (auto set = standards.setStandard(
                    actor, s.id, Decree { decreeNumber(++sequence, revisedOn), revisedOn, revisedOn });
                !set)
                return set.error();
        }
        seeded << s;
    }
    if (seeded.isEmpty())
        return 0;

    Consultation forum;
    for (const ServiceRef &s : seeded)
        forum.serviceIds << s.id;
    forum.date = setOn.addMonths(-1);
    forum.place = QStringLiteral("Aula Kantor Kecamatan");
    forum.groups = { { QStringLiteral("Tokoh masyarakat"), 4, {} }, { QStringLiteral("Tokoh agama"), 2, {} },
        { QStringLiteral("Akademisi"), 1, { QStringLiteral("Dr. Rina Puspitasari, M.Si.") } },
        { QStringLiteral("LSM"), 2, {} }, { QStringLiteral("Penyandang disabilitas"), 2, {} },
        { QStringLiteral("Pengguna layanan"), 12, {} }, { QStringLiteral("Perangkat desa/kelurahan"), 6, {} } };
    forum.summary = QStringLiteral("Peserta meminta persyaratan dicetak pada tiket antrian, jalur landai di pintu "
                                   "masuk, dan kanal pengaduan melalui WhatsApp. Usulan diterima dan dimasukkan "
                                   "ke dalam rancangan standar pelayanan.");
    forum.minutesName = QStringLiteral("BA-FKP-%1.pdf").arg(forum.date.toString(QStringLiteral("yyyyMMdd")));
    forum.minutes = minutesPdf(QStringLiteral("BERITA ACARA FORUM KONSULTASI PUBLIK"),
        QStringLiteral("Rancangan Standar Pelayanan, ") + forum.date.toString(Qt::ISODate));
    if (auto c = records.addConsultation(actor, forum); !c)
        return c.error();

    for (const ServiceRef &s : seeded) {
        const bool revised = s.code.compare(QLatin1String("KK"), Qt::CaseInsensitive) == 0;
        const QDate published = (revised ? revisedOn : setOn).addDays(3);
        const QString slug = s.code.toLower();
        QList<Publication> pubs = {
            { 0, s.id, QStringLiteral("Papan pengumuman"), published, QStringLiteral("Ruang tunggu pelayanan"), false },
            { 0, s.id, QStringLiteral("Website"), published.addDays(1),
                QStringLiteral("https://kecamatan.example.go.id/standar-pelayanan/") + slug, false },
            { 0, s.id, QStringLiteral("Media sosial"), published.addDays(2),
                QStringLiteral("Instagram @kecamatan.example"), false },
        };
        // Some services still lack a brochure or SIPPN, as in real offices.
        if (s.code != QLatin1String("AHLIWARIS") && s.code != QLatin1String("LEGAL"))
            pubs << Publication { 0, s.id, QStringLiteral("Brosur/leaflet"), published.addDays(5),
                QStringLiteral("Meja informasi"), false };
        if (s.code != QLatin1String("AHLIWARIS"))
            pubs << Publication { 0, s.id, QStringLiteral("SIPPN"), published.addDays(7),
                QStringLiteral("https://sippn.menpan.go.id"), true };
        for (const Publication &p : pubs) {
            if (auto id = records.addPublication(actor, p); !id)
                return id.error();
        }

        QDate reviewed = today.addMonths(-3);
        if (s.code == QLatin1String("SKTM"))
            continue; // never reviewed since it was set: overdue
        if (s.code == QLatin1String("LEGAL"))
            reviewed = today.addMonths(-12).addDays(20); // due within the month
        if (auto r = records.addReview(actor,
                StandardReview { 0, s.id, reviewed, QStringLiteral("Tim Evaluasi Standar Pelayanan"),
                    ReviewOutcome::NoChange,
                    QStringLiteral("Standar masih sesuai; persyaratan "
                                   "dan waktu layanan tercapai.") });
            !r)
            return r.error();
    }

    auto maklumat = records.maklumat();
    if (!maklumat)
        return maklumat.error();
    if (maklumat->decreeNumber.isEmpty()) {
        if (Status st = records.saveMaklumat(actor, maklumat->text, decreeNumber(5, setOn), setOn); !st)
            return st.error();
        for (const char *medium : { "Papan pengumuman", "Website", "Media sosial" }) {
            if (auto id = records.addMaklumatPublication(actor,
                    Publication { 0, 0, QString::fromLatin1(medium), setOn.addDays(2),
                        QStringLiteral("Kantor Kecamatan"), false });
                !id)
                return id.error();
        }
    }
    return int(seeded.size());
}

} // namespace loket
