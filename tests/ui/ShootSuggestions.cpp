// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the suggestion-box page on a demo database, grabbed
// from the screen. Run under Xvfb at 1366x768 for docs/screenshots:
//   xvfb-run -s "-screen 0 1366x768x24" shoot_suggestions DB OUTDIR [id|en]
// Signs in as camat (supervisor, password LOKET_PASSWORD, default the demo's). When the
// database has no openings yet, adds two boxes, a signed opening of last month and a
// draft of today, with the demo's services and people.
#include "core/auth/UserService.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/storage/Database.h"
#include "core/suggestions/SuggestionService.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/suggestions/SessionView.h"
#include "ui/suggestions/SlipEntry.h"
#include "ui/suggestions/SuggestionDialogs.h"
#include "ui/suggestions/SuggestionsPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace loket;
using namespace loket::ui;

namespace {

struct Slip {
    SlipKind kind;
    std::optional<SlipDecision> decision;
    const char *summary;
    int service; // index in the services, -1 none
    const char *element;
};

const Slip kSigned[] = {
    {SlipKind::Pengaduan, SlipDecision::TindakLanjut, "Antrian perekaman KTP-el sangat lama, menunggu lebih dari 2 jam", 0, "U5"},
    {SlipKind::Saran, SlipDecision::Dijawab, "Mohon disediakan kursi tambahan di ruang tunggu lantai 1", -1, "U9"},
    {SlipKind::Apresiasi, SlipDecision::Arsip, "Petugas loket 2 ramah dan sabar menjelaskan persyaratan", 1, "U8"},
    {SlipKind::Pertanyaan, SlipDecision::Dijawab, "Apakah surat pindah bisa diurus tanpa datang ke kantor?", 2, "U1"},
    {SlipKind::Pengaduan, SlipDecision::TindakLanjut, "Biaya legalisir diminta padahal di maklumat gratis", 1, "U4"},
    {SlipKind::Pengaduan, SlipDecision::Lapor, "Jalan rusak di depan kantor desa, mohon diperbaiki", -1, ""},
    {SlipKind::Saran, SlipDecision::BukanKewenangan, "Mohon pembuatan SIM keliling di kecamatan", -1, ""},
    {SlipKind::Kosong, SlipDecision::Arsip, "(lembar kosong)", -1, ""},
    {SlipKind::Saran, SlipDecision::Dijawab, "Informasi persyaratan sebaiknya ditempel di dekat pintu masuk", 0, "U1"},
};

const Slip kDraft[] = {
    {SlipKind::Pengaduan, SlipDecision::TindakLanjut, "Nomor antrian dipanggil terlalu cepat, tidak terdengar", 0, "U5"},
    {SlipKind::Apresiasi, SlipDecision::Arsip, "Pelayanan akta kelahiran cepat, terima kasih", 2, "U3"},
    {SlipKind::Saran, SlipDecision::Dijawab, "Sediakan air minum untuk warga yang menunggu", -1, "U9"},
    {SlipKind::Pertanyaan, std::nullopt, "Jam pelayanan hari Jumat sampai pukul berapa?", -1, "U2"},
    {SlipKind::Saran, std::nullopt, "Tambahkan loket khusus lansia dan penyandang disabilitas", 0, "U9"},
};

void addSlips(SuggestionService &service, const Actor &a, qint64 session, const QList<Service> &services,
              const Slip *slips, int n)
{
    for (int i = 0; i < n; ++i) {
        loket::SlipEntry e;
        e.kind = slips[i].kind;
        e.decision = slips[i].decision;
        e.summary = QString::fromUtf8(slips[i].summary);
        if (slips[i].service >= 0 && slips[i].service < services.size())
            e.serviceId = services.at(slips[i].service).id;
        e.element = QString::fromLatin1(slips[i].element);
        if (!service.addSlip(a, session, e))
            std::fprintf(stderr, "slip %d refused\n", i);
    }
}

void seed(const DatabasePtr &db, const Actor &a)
{
    SuggestionService service(db);
    auto existing = service.sessions(a);
    if (!existing || !existing->isEmpty())
        return;
    auto box1 = service.addBox(a, QStringLiteral("Kotak Saran 1"), QStringLiteral("Ruang tunggu lantai 1"));
    auto box2 = service.addBox(a, QStringLiteral("Kotak Saran 2"), QStringLiteral("Depan loket pengaduan"));
    if (!box1 || !box2)
        return;
    const QList<Service> services = ServiceCatalog(db).list().ok() ? ServiceCatalog(db).list().value() : QList<Service> {};
    const QDate today = service.today();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addDays(-1);
    SessionDraft d;
    d.boxId = box1->id;
    d.openedOn = lastMonth;
    d.openedTime = QTime(9, 30);
    d.periodMonth = lastMonth;
    auto signedOne = service.open(a, d);
    if (!signedOne) {
        std::fprintf(stderr, "%s\n", qPrintable(signedOne.error().message));
        return;
    }
    const auto team = [&](qint64 id) {
        (void)service.addMember(a, id, MemberRole::Opener, QStringLiteral("Hj. Nurhayati, S.Sos., M.AP."),
                                QStringLiteral("197811092003122002"), QStringLiteral("Ketua"));
        (void)service.addMember(a, id, MemberRole::Opener, QStringLiteral("Siti Rahmawati"),
                                QStringLiteral("199001152015032001"), QStringLiteral("Anggota"));
        (void)service.addMember(a, id, MemberRole::Witness, QStringLiteral("H. Ujang Suherman"), {});
        (void)service.addMember(a, id, MemberRole::Witness, QStringLiteral("Rina Marlina, S.E."),
                                QStringLiteral("199107282017082001"));
    };
    team(signedOne->id);
    addSlips(service, a, signedOne->id, services, kSigned, int(std::size(kSigned)));
    if (auto s = service.sign(a, signedOne->id); !s)
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
    d.boxId = box2->id;
    d.openedOn = today;
    d.openedTime = QTime(8, 15);
    d.periodMonth = {};
    auto draft = service.open(a, d);
    if (!draft) {
        std::fprintf(stderr, "%s\n", qPrintable(draft.error().message));
        return;
    }
    (void)service.addMember(a, draft->id, MemberRole::Opener, QStringLiteral("Hj. Nurhayati, S.Sos., M.AP."),
                            QStringLiteral("197811092003122002"), QStringLiteral("Ketua"));
    (void)service.addMember(a, draft->id, MemberRole::Witness, QStringLiteral("H. Ujang Suherman"), {});
    addSlips(service, a, draft->id, services, kDraft, int(std::size(kDraft)));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_suggestions DB OUTDIR [id|en]\n");
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
    auto actor = UserService(database).authenticate(QStringLiteral("camat"),
                                                    qEnvironmentVariable("LOKET_PASSWORD", QStringLiteral("camat123")));
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 2;
    }
    seed(database, actor.value());
    const Session session {database, actor.value(), &SystemClock::instance()};
    MainWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    addPages(window, session);
    window.showPage(QStringLiteral("suggestions"));
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    auto *page = qobject_cast<SuggestionsPage *>(window.page(QStringLiteral("suggestions")));
    const QString out = args.at(2);
    auto shoot = [&](const QString &name) {
        const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(out + QLatin1Char('/') + name);
        std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    };
    auto pick = [&](bool isSigned) {
        for (const SuggestionSession &s : page->sessions()) {
            if (s.isSigned() == isSigned) {
                page->select(s.id);
                return;
            }
        }
    };
    std::vector<std::pair<int, std::function<void()>>> steps {
        {1200, [&] {
             pick(false);
             QLineEdit *summary = page->view()->entry()->summaryEdit();
             summary->setFocus();
             QTest::keyClicks(summary, QStringLiteral("Toilet pria di lantai 2 kotor dan"));
             page->view()->entry()->setKind(SlipKind::Pengaduan);
             page->view()->entry()->setDecision(SlipDecision::TindakLanjut);
         }},
        {800, [&] { shoot(QStringLiteral("suggestions-entry.png")); }},
        {100, [&] { pick(true); }},
        {800, [&] { shoot(QStringLiteral("suggestions-signed.png")); }},
        {100, [&] {
             page->view()->tabs()->setCurrentIndex(1);
         }},
        {600, [&] { shoot(QStringLiteral("suggestions-team.png")); }},
        {100, [&] {
             auto *d = new OpenSessionDialog(session, &window);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->show();
             d->move(window.geometry().center() - d->rect().center());
         }},
        {600, [&] { shoot(QStringLiteral("suggestions-open.png")); }},
        {100, [&] {
             if (QWidget *d = window.findChild<OpenSessionDialog *>())
                 d->close();
             auto *b = new BoxesDialog(session, &window);
             b->setAttribute(Qt::WA_DeleteOnClose);
             b->show();
             b->move(window.geometry().center() - b->rect().center());
         }},
        {600, [&] { shoot(QStringLiteral("suggestions-boxes.png")); }},
        {100, [&] { app.quit(); }},
    };
    int at = 0;
    for (auto &[delay, step] : steps) {
        at += delay;
        QTimer::singleShot(at, step);
    }
    return app.exec();
}
