// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the suggestion boxes' monthly review and the
// supervisor's reminder, on a demo database given 12 months of openings
// (December 2025 to November 2026, through SuggestionService) and seen on
// 27 November 2026. Run under Xvfb at 1366x768 for docs/screenshots:
//   loketctl --database DB demo --days 30
//   xvfb-run -s "-screen 0 1366x768x24" shoot_suggestion_review DB OUTDIR [id|en]
// Signs in as camat (supervisor, password LOKET_PASSWORD, default the demo's).
#include "core/auth/UserService.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/complaints/ComplaintService.h"
#include "core/storage/Database.h"
#include "core/suggestions/SuggestionService.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/suggestions/SuggestionReviewPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace loket;
using namespace loket::ui;

namespace {

QDateTime wib(QDate day, int hh, int mm)
{
    return QDateTime(day, QTime(hh, mm), Qt::UTC).addSecs(-7 * 3600);
}

struct SlipIdea {
    SlipKind kind;
    const char *summary;
    const char *service; // a word of the service's name, or empty
    const char *element;
    SlipDecision decision;
};

const SlipIdea kIdeas[] = {
    {SlipKind::Pengaduan, "Antrian perekaman KTP-el terlalu lama, menunggu 3 jam", "KTP", "U3", SlipDecision::TindakLanjut},
    {SlipKind::Pengaduan, "Petugas loket 2 tidak ramah saat ditanya", "KTP", "U7", SlipDecision::TindakLanjut},
    {SlipKind::Pengaduan, "Diminta biaya untuk legalisir", "Legalisasi", "U4", SlipDecision::TindakLanjut},
    {SlipKind::Pengaduan, "Berkas KK hilang, harus mengulang", "Kartu Keluarga", "U7", SlipDecision::TindakLanjut},
    {SlipKind::Saran, "Tambah kursi di ruang tunggu", "", "U9", SlipDecision::Dijawab},
    {SlipKind::Saran, "Persyaratan KTP-el ditempel di depan loket", "KTP", "U1", SlipDecision::Dijawab},
    {SlipKind::Saran, "Buka layanan pada hari Sabtu", "", "U2", SlipDecision::Dijawab},
    {SlipKind::Saran, "Perbaiki jalan desa menuju kantor", "", "", SlipDecision::BukanKewenangan},
    {SlipKind::Saran, "Waktu penyelesaian surat pindah dipercepat", "Pindah", "U3", SlipDecision::Dijawab},
    {SlipKind::Apresiasi, "Pelayanan KK cepat, terima kasih", "Kartu Keluarga", "", SlipDecision::Arsip},
    {SlipKind::Apresiasi, "Petugas sangat membantu lansia", "", "U7", SlipDecision::Arsip},
    {SlipKind::Pertanyaan, "Kapan KTP-el saya jadi?", "KTP", "U3", SlipDecision::Dijawab},
    {SlipKind::Pertanyaan, "Apakah IUMK bisa diurus secara daring?", "", "U2", SlipDecision::Lapor},
    {SlipKind::Saran, "Surat keterangan domisili bisa selesai hari itu juga", "Domisili", "U3", SlipDecision::Dijawab},
    {SlipKind::Pengaduan, "SKTM ditolak tanpa penjelasan", "Tidak Mampu", "U2", SlipDecision::TindakLanjut},
    {SlipKind::Pertanyaan, "Syarat surat ahli waris apa saja?", "Ahli Waris", "U1", SlipDecision::Dijawab},
    {SlipKind::Saran, "KIA untuk bayi dibuat sekalian dengan akta", "Identitas Anak", "U9", SlipDecision::BukanKewenangan},
    {SlipKind::Kosong, "", "", "", SlipDecision::Arsip},
};

qint64 serviceLike(const QList<Service> &services, const char *word)
{
    if (!*word)
        return 0;
    for (const Service &s : services) {
        if (s.name.contains(QLatin1String(word), Qt::CaseInsensitive) || s.code.contains(QLatin1String(word), Qt::CaseInsensitive))
            return s.id;
    }
    return 0;
}

template<typename T>
bool check(const Result<T> &r, const char *what)
{
    if (!r)
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
    return r.ok();
}

// Twelve monthly openings of the first box, eleven of the second (not yet in November).
bool fill(const DatabasePtr &db, ManualClock &clock, const Actor &boss, const Actor &team)
{
    SuggestionService suggestions(db, clock);
    ComplaintService complaints(db, clock);
    auto services = ServiceCatalog(db).list();
    if (!check(services, "services"))
        return false;
    auto one = suggestions.addBox(boss, QStringLiteral("Kotak Saran 1"), QStringLiteral("Ruang tunggu lantai 1"));
    auto two = suggestions.addBox(boss, QStringLiteral("Kotak Saran 2"), QStringLiteral("Depan loket Dukcapil"));
    if (!check(one, "box") || !check(two, "box"))
        return false;
    QRandomGenerator random(20261127);
    const QDate first(2025, 12, 1);
    for (int m = 0; m < 12; ++m) {
        const QDate month = first.addMonths(m);
        for (qint64 box : {one->id, two->id}) {
            if (box == two->id && m == 11)
                continue;
            const QDate day(month.year(), month.month(), box == one->id ? 24 : 25);
            clock.set(wib(day, 11, 0));
            SessionDraft d;
            d.boxId = box;
            d.openedOn = day;
            d.openedTime = QTime(9, 0);
            d.periodMonth = month;
            auto s = suggestions.open(boss, d);
            if (!check(s, "open"))
                return false;
            (void)suggestions.addMember(boss, s->id, MemberRole::Opener, boss.fullName, QStringLiteral("197205141998031007"), QStringLiteral("Ketua"));
            (void)suggestions.addMember(boss, s->id, MemberRole::Opener, team.fullName, {}, QStringLiteral("Anggota"));
            (void)suggestions.addMember(boss, s->id, MemberRole::Witness, QStringLiteral("H. Ujang Suparman"), {}, QStringLiteral("Unsur masyarakat"));
            (void)suggestions.addMember(boss, s->id, MemberRole::Witness, QStringLiteral("Rina Marlina"), QStringLiteral("199001012015032001"));
            const int count = 3 + int(random.bounded(6)) + (m % 4 == 1 ? 4 : 0);
            for (int i = 0; i < count; ++i) {
                const SlipIdea &idea = kIdeas[random.bounded(int(std::size(kIdeas)))];
                SlipEntry e;
                e.kind = idea.kind;
                e.summary = QString::fromUtf8(idea.summary);
                e.serviceId = serviceLike(services.value(), idea.service);
                e.element = QLatin1String(idea.element);
                e.decision = idea.decision;
                if (idea.decision != SlipDecision::Arsip) {
                    e.ownerId = idea.decision == SlipDecision::TindakLanjut ? team.userId : boss.userId;
                    e.target = day.addDays(idea.decision == SlipDecision::TindakLanjut ? 30 : 14);
                }
                if (!check(suggestions.addSlip(team, s->id, e), "slip"))
                    return false;
            }
            auto signedOne = suggestions.sign(boss, s->id);
            if (!check(signedOne, "sign"))
                return false;
            // Older months were mostly carried out; the last ones are under way.
            clock.set(wib(day.addDays(7), 10, 0));
            auto slips = suggestions.slips(boss, s->id);
            if (!check(slips, "slips"))
                return false;
            for (const SuggestionSlip &slip : slips.value()) {
                if (m >= 10 || random.bounded(10) < 2)
                    continue;
                if (slip.complaintId) {
                    (void)complaints.verify(team, slip.complaintId, VerifyOutcome::Complete, QString());
                    (void)complaints.assign(team, slip.complaintId, team.userId);
                    (void)complaints.respond(team, slip.complaintId, QStringLiteral("Sudah ditindaklanjuti; petugas diberi pembinaan."));
                } else if (slip.entry.decision && *slip.entry.decision != SlipDecision::Arsip) {
                    (void)suggestions.markDone(boss, slip.id, QStringLiteral("Sudah dijawab melalui papan pengumuman"));
                }
            }
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_suggestion_review DB OUTDIR [id|en]\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(args.value(3, QStringLiteral("id")));
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    DatabasePtr database = db.value();
    const QString password = qEnvironmentVariable("LOKET_PASSWORD");
    auto boss = UserService(database).authenticate(QStringLiteral("camat"), password.isEmpty() ? QStringLiteral("camat123") : password);
    auto team = UserService(database).authenticate(QStringLiteral("tl1"), password.isEmpty() ? QStringLiteral("tindak123") : password);
    if (!boss || !team) {
        std::fprintf(stderr, "%s\n", qPrintable((!boss ? boss : team).error().message));
        return 2;
    }
    ManualClock clock(wib(QDate(2026, 11, 27), 14, 0));
    auto existing = SuggestionService(database, clock).boxes(boss.value());
    if (existing && existing->isEmpty() && !fill(database, clock, boss.value(), team.value()))
        return 3;
    clock.set(wib(QDate(2026, 11, 27), 14, 0));
    {
        QElapsedTimer t;
        t.start();
        auto r = SuggestionService(database, clock).review(boss.value(), QDate(2026, 11, 1));
        std::fprintf(stderr, "review of 12 months: %lld ms, %d open decisions\n", t.elapsed(),
                     r ? int(r->open.size()) : -1);
    }

    const Session session {database, boss.value(), &clock};
    MainWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    addPages(window, session);
    // Without a window manager, maximised alone keeps the window small.
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    for (const QString &id : window.pageIds())
        std::fprintf(stderr, "page %s: minimum %dx%d\n", qPrintable(id), window.page(id)->minimumSizeHint().width(),
                     window.page(id)->minimumSizeHint().height());
    std::fprintf(stderr, "window: minimum %dx%d\n", window.minimumSizeHint().width(), window.minimumSizeHint().height());
    const QString out = args.at(2);
    auto shoot = [&](const QString &name) {
        const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(out + QLatin1Char('/') + name);
        std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    };
    std::vector<std::pair<int, std::function<void()>>> steps {
        {1500, [&] { shoot(QStringLiteral("suggestions-reminder.png")); }},
        {100, [&] { window.showPage(QStringLiteral("suggestion-review")); }},
        {1500, [&] { shoot(QStringLiteral("suggestions-review.png")); }},
        {100, [&] {
             if (auto *review = qobject_cast<SuggestionReviewPage *>(window.page(QStringLiteral("suggestion-review"))))
                 review->lists()->setCurrentIndex(1);
         }},
        {600, [&] { shoot(QStringLiteral("suggestions-review-themes.png")); }},
        // A complaint that came from a slip, in its file: where it came from.
        {100, [&] {
             auto *complaints = qobject_cast<ComplaintsPage *>(window.page(QStringLiteral("complaints")));
             auto *review = qobject_cast<SuggestionReviewPage *>(window.page(QStringLiteral("suggestion-review")));
             if (!complaints || !review)
                 return;
             for (const SuggestionSlip &s : review->review().open) {
                 if (s.complaintId) {
                     window.showPage(QStringLiteral("complaints"));
                     complaints->setView(ComplaintFilter::View::All);
                     complaints->select(s.complaintId);
                     break;
                 }
             }
         }},
        {900, [&] { shoot(QStringLiteral("suggestions-complaint-origin.png")); }},
        {100, [&] { app.quit(); }},
    };
    int delay = 0;
    for (auto &[wait, step] : steps) {
        delay += wait;
        QTimer::singleShot(delay, &app, step);
    }
    return app.exec();
}
