// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/UserService.h"
#include "core/catalog/OfficeService.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/standards/DemoStandards.h"
#include "core/standards/StandardRegister.h"
#include "core/standards/StandardService.h"
#include "tests/support/TempDatabase.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/standards/ContentForm.h"
#include "print/standards/PagedHtml.h"
#include "ui/standards/RecordsPanel.h"
#include "print/standards/StandardDocument.h"
#include "print/standards/StandardPdf.h"
#include "ui/standards/StandardEditor.h"
#include "ui/standards/StandardPanel.h"
#include "ui/standards/StandardRegisterModel.h"
#include "ui/standards/StandardViewer.h"
#include "ui/standards/StandardsPage.h"
#include "ui/standards/VersionHistory.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::ui;

namespace {

// 10:15 WIB on Monday 23 November 2026.
const QDateTime kNow(QDate(2026, 11, 23), QTime(3, 15), Qt::UTC);
const QDate kToday(2026, 11, 23);

// A kecamatan with the demo's eight standards and one service (IMB) that
// has none yet.
struct StandardsOffice {
    StandardsOffice()
        : clock(kNow)
    {
        OfficeProfile office;
        office.name = QStringLiteral("Kecamatan Sukamaju");
        office.parentAgency = QStringLiteral("Pemerintah Kabupaten Bandung");
        office.address = QStringLiteral("Jl. Raya Sukamaju No. 17");
        office.city = QStringLiteral("Soreang");
        office.headName = QStringLiteral("Drs. H. Ahmad Fauzi, M.Si.");
        office.headTitle = QStringLiteral("Camat Sukamaju");
        office.headNip = QStringLiteral("197205141998031007");
        REQUIRE(OfficeService(t.db(), clock).setupOffice(office).ok());
        ServiceCatalog catalog(t.db(), clock);
        const QStringList codes = demoStandardCodes() + QStringList { QStringLiteral("IMB") };
        for (int i = 0; i < codes.size(); ++i) {
            Service s;
            s.code = codes.at(i);
            s.prefix = QString(QChar(u'A' + i));
            s.name = codes.at(i) == QLatin1String("KK") ? QStringLiteral("Kartu Keluarga")
                                                        : QStringLiteral("Layanan %1").arg(codes.at(i));
            s.sortOrder = i;
            auto added = catalog.add(Actor::system(), s);
            REQUIRE(added.ok());
            ids.insert(s.code, added->id);
        }
        auto seeded = seedDemoStandards(t.db(), Actor::system(), clock);
        REQUIRE(seeded.ok());
        REQUIRE(seeded.value() == 8);
        supervisor = user(QStringLiteral("camat"), Role::Supervisor);
        officer = user(QStringLiteral("petugas"), Role::Officer);
    }

    Actor user(const QString &name, Role role)
    {
        UserService users(t.db(), clock);
        NewUser n { name, name + QStringLiteral(" Lengkap"), QString(), role, QStringLiteral("rahasia-123") };
        auto made = users.hasAnyUser() ? users.addUser(Actor::system(), n) : users.createFirstAdmin(n);
        REQUIRE(made.ok());
        return made->actor();
    }

    Session as(const Actor &actor) const { return Session { t.db(), actor, &clock }; }

    test::TempDatabase t;
    ManualClock clock;
    QHash<QString, qint64> ids;
    Actor supervisor;
    Actor officer;
};

QString cell(const StandardRegisterModel &model, const QString &code, int column)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.data(model.index(r, StandardRegisterModel::Code)).toString() == code)
            return model.data(model.index(r, column)).toString();
    }
    return QStringLiteral("<no row %1>").arg(code);
}

QStringList codes(const StandardRegisterModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r, StandardRegisterModel::Code)).toString();
    return out;
}

int pdfPages(const QByteArray &pdf)
{
    return int(
        pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") + pdf.count("/Type /Page>"));
}

} // namespace

TEST_CASE("the register lists every service with its standard state and filters review due and incomplete")
{
    StandardsOffice office;
    StandardsPage page(office.as(office.supervisor));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.reload();

    const StandardRegisterModel &model = *page.model();
    CHECK(model.rowCount() == 9);
    CHECK(model.columnCount() == StandardRegisterModel::ColumnCount);
    CHECK(cell(model, QStringLiteral("KK"), StandardRegisterModel::Service) == QStringLiteral("Kartu Keluarga"));
    CHECK(cell(model, QStringLiteral("KK"), StandardRegisterModel::State) == QStringLiteral("In force"));
    // KK was revised once: the version in force is the second.
    CHECK(cell(model, QStringLiteral("KK"), StandardRegisterModel::Version) == QStringLiteral("2"));
    CHECK(cell(model, QStringLiteral("KTP"), StandardRegisterModel::Version) == QStringLiteral("1"));
    CHECK_FALSE(cell(model, QStringLiteral("KK"), StandardRegisterModel::Decree).isEmpty());
    CHECK(cell(model, QStringLiteral("KK"), StandardRegisterModel::Components) == QStringLiteral("14/14"));
    CHECK(cell(model, QStringLiteral("IMB"), StandardRegisterModel::State) == QStringLiteral("No standard"));
    CHECK(cell(model, QStringLiteral("SKTM"), StandardRegisterModel::NextReview).startsWith(QStringLiteral("Overdue")));

    page.setFilter(RegisterFilter::ReviewDue);
    CHECK(codes(model) == QStringList { QStringLiteral("SKTM"), QStringLiteral("LEGAL") });
    page.setFilter(RegisterFilter::Incomplete);
    CHECK(codes(model) == QStringList { QStringLiteral("IMB") });
    page.setFilter(RegisterFilter::All);
    CHECK(model.rowCount() == 9);

    // A review recorded today takes SKTM off the "review due" list.
    REQUIRE(page.openService(office.ids.value(QStringLiteral("SKTM"))));
    RecordsPanel *reviews = page.panel()->records(RecordsPanel::Kind::Reviews);
    const int before = reviews->rowCount();
    REQUIRE(reviews
                ->addReview(StandardReview { 0, office.ids.value(QStringLiteral("SKTM")), kToday,
                    QStringLiteral("Tim Evaluasi"), ReviewOutcome::NoChange, QString() })
                .ok());
    CHECK(reviews->rowCount() == before + 1);
    page.setFilter(RegisterFilter::ReviewDue);
    CHECK(codes(model) == QStringList { QStringLiteral("LEGAL") });
}

TEST_CASE("an incomplete draft saves but setting it lists the missing components")
{
    StandardsOffice office;
    StandardsPage page(office.as(office.supervisor));
    page.reload();
    const qint64 imb = office.ids.value(QStringLiteral("IMB"));
    REQUIRE(page.editService(imb));
    CHECK(page.view() == StandardsPage::View::Editor);
    StandardEditor *editor = page.editor();

    StandardContent partial;
    partial.requirements << Requirement { QStringLiteral("Fotokopi KTP-el"), DocumentForm::Copy, 1, QString() };
    partial.procedure << ProcedureStep { QStringLiteral("Pemohon menyerahkan berkas"), QStringLiteral("Pemohon") };
    partial.serviceTime = ServiceTime { 5, TimeUnit::WorkingDays };
    editor->form()->setContent(partial);
    CHECK(editor->form()->content() == partial);
    REQUIRE(editor->saveDraft());

    auto draft = StandardService(office.t.db(), office.clock).draft(office.supervisor, imb);
    REQUIRE(draft.ok());
    REQUIRE(draft.value().has_value());
    CHECK(draft.value()->content == partial);

    editor->requestSet(); // no decree dialog: the check stops it first
    const QList<StandardComponent> missing = editor->missingComponents();
    CHECK(missing.size() == 11);
    CHECK(missing.contains(StandardComponent::Cost));
    CHECK(missing.contains(StandardComponent::PerformanceEvaluation));
    CHECK_FALSE(missing.contains(StandardComponent::Requirements));
    CHECK(editor->message().contains(QStringLiteral("Cost/tariff")));
    CHECK(editor->message().contains(QStringLiteral("Legal basis")));
    CHECK_FALSE(editor->message().contains(QStringLiteral("Requirements")));

    // Past the button, the core refuses too, and says what is empty.
    const Decree decree { QStringLiteral("100.3.3/40/KEC/2026"), kToday, kToday };
    CHECK_FALSE(editor->setStandard(decree));
    CHECK(editor->message().contains(QStringLiteral("Cost/tariff")));

    // Filled in, the same draft is set and becomes the version in force.
    StandardContent complete = *demoStandardContent(QStringLiteral("SKTM"));
    editor->form()->setContent(complete);
    CHECK(editor->setStandard(decree));
    auto inForce = StandardService(office.t.db(), office.clock).versionInForce(imb, kToday);
    REQUIRE(inForce.ok());
    REQUIRE(inForce.value().has_value());
    CHECK(inForce.value()->decreeNumber == decree.number);
    CHECK(inForce.value()->number == 1);
}

TEST_CASE("the editor names the line of a malformed entry and does not save it")
{
    StandardsOffice office;
    StandardsPage page(office.as(office.supervisor));
    page.reload();
    const qint64 kk = office.ids.value(QStringLiteral("KK"));
    REQUIRE(page.editService(kk));
    StandardEditor *editor = page.editor();
    StandardContent content = editor->form()->content();
    // The editor starts from the version in force.
    CHECK(content == *demoStandardContent(QStringLiteral("KK")));
    content.requirements.insert(1, Requirement { QString(), DocumentForm::Original, 1, QStringLiteral("asli") });
    editor->form()->setContent(content);
    CHECK_FALSE(editor->saveDraft());
    CHECK(editor->message().contains(QStringLiteral("Requirements, line 2")));
    auto draft = StandardService(office.t.db(), office.clock).draft(office.supervisor, kk);
    REQUIRE(draft.ok());
    CHECK_FALSE(draft.value().has_value());
}

TEST_CASE("the front desk reads the standard in force with the public part first and cannot edit")
{
    StandardsOffice office;
    StandardsPage page(office.as(office.officer));
    page.reload();
    const qint64 kk = office.ids.value(QStringLiteral("KK"));
    CHECK_FALSE(page.editService(kk));
    REQUIRE(page.openService(kk));
    CHECK(page.view() == StandardsPage::View::Standard);
    REQUIRE(page.panel()->shownVersion().has_value());
    CHECK(page.panel()->shownVersion()->number == 2);

    const QString html = StandardViewer::html(*page.panel()->shownVersion(), kToday);
    const auto publicAt = html.indexOf(QStringLiteral("PUBLISHED AT THE COUNTER"));
    const auto internalAt = html.indexOf(QStringLiteral("INTERNAL MANAGEMENT"));
    CHECK(publicAt >= 0);
    CHECK(internalAt > publicAt);
    CHECK(html.indexOf(QStringLiteral("Surat pengantar RT/RW")) > publicAt);
    CHECK(html.indexOf(QStringLiteral("Surat pengantar RT/RW")) < internalAt);
    CHECK(html.contains(QStringLiteral("Free")));

    // No edit or record buttons for the front desk.
    for (QPushButton *b : page.panel()->findChildren<QPushButton *>()) {
        if (b->text().startsWith(QStringLiteral("Edit")) || b->text().startsWith(QStringLiteral("Record"))
            || b->text().startsWith(QStringLiteral("Add")))
            CHECK(b->isHidden());
    }
}

TEST_CASE("the version history shows what changed between two versions")
{
    StandardsOffice office;
    StandardsPage page(office.as(office.supervisor));
    REQUIRE(page.openService(office.ids.value(QStringLiteral("KK"))));
    auto versions = StandardService(office.t.db(), office.clock)
                        .versions(office.supervisor, office.ids.value(QStringLiteral("KK")));
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    const QString diff = VersionHistory::compareHtml(versions->at(0), versions->at(1), false);
    // Only the service time changed, from 3 working days to 1.
    CHECK(diff.contains(QStringLiteral("1 of 14 components changed")));
    CHECK(diff.count(QStringLiteral("unchanged")) == 13);
    const QString onlyChanged = VersionHistory::compareHtml(versions->at(0), versions->at(1), true);
    CHECK(onlyChanged.contains(QStringLiteral("Service time")));
    CHECK_FALSE(onlyChanged.contains(QStringLiteral("unchanged")));
    CHECK(VersionHistory::compareHtml(versions->at(1), versions->at(1), false).contains(QStringLiteral("different")));
}

TEST_CASE("the standard prints as an A4 PDF with letterhead and signature and the poster on one page")
{
    StandardsOffice office;
    const qint64 kk = office.ids.value(QStringLiteral("KK"));
    auto version = StandardService(office.t.db(), office.clock).versionInForce(kk, kToday);
    REQUIRE(version.ok());
    REQUIRE(version.value().has_value());
    const StandardVersion v = *version.value();
    auto profile = OfficeService(office.t.db(), office.clock).get();
    REQUIRE(profile.ok());
    const StandardDocument document(profile.value(), kToday);

    const QString html = document.standardHtml(v);
    CHECK(html.contains(QStringLiteral("PEMERINTAH KABUPATEN BANDUNG")));
    CHECK(html.contains(QStringLiteral("KECAMATAN SUKAMAJU")));
    CHECK(html.contains(v.decreeNumber.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("NIP. 19720514 199803 1 007")));
    CHECK(html.contains(QStringLiteral("Drs. H. Ahmad Fauzi, M.Si.")));
    // The service-delivery part comes before the internal part.
    CHECK(html.indexOf(QStringLiteral("Requirements")) < html.indexOf(QStringLiteral("Legal basis")));

    QTemporaryDir dir;
    const QString a4 = dir.filePath(QStringLiteral("standard.pdf"));
    auto a4Pages = StandardPdf::write(a4, StandardDocument::Kind::Standard, [&](QPagedPaintDevice *d) {
        return document.printStandard(d, v);
    });
    REQUIRE(a4Pages.ok());
    CHECK(a4Pages.value() == 2);
    const QByteArray pdf = test::fileBytes(a4);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 20 * 1024);
    CHECK(pdfPages(pdf) == 2);

    const QString poster = dir.filePath(QStringLiteral("poster.pdf"));
    auto posterPages = StandardPdf::write(poster, StandardDocument::Kind::Poster, [&](QPagedPaintDevice *d) {
        return document.printPoster(d, v);
    });
    REQUIRE(posterPages.ok());
    CHECK(posterPages.value() == 1);
    const QByteArray posterPdf = test::fileBytes(poster);
    CHECK(posterPdf.startsWith("%PDF"));
    CHECK(pdfPages(posterPdf) == 1);

    auto maklumat = StandardRegister(office.t.db(), office.clock).maklumat();
    REQUIRE(maklumat.ok());
    const QString maklumatPdf = dir.filePath(QStringLiteral("maklumat.pdf"));
    REQUIRE(StandardPdf::write(maklumatPdf, StandardDocument::Kind::Standard, [&](QPagedPaintDevice *d) {
        return document.printMaklumat(d, *maklumat);
    }).ok());
    CHECK(pdfPages(test::fileBytes(maklumatPdf)) == 1);

    // A folder that does not exist gives a message, not a crash.
    CHECK_FALSE(StandardPdf::write(dir.filePath(QStringLiteral("missing/standard.pdf")),
        StandardDocument::Kind::Standard, [&](QPagedPaintDevice *d) {
            return document.printStandard(d, v);
        }).ok());
}

TEST_CASE("every role that may read standards gets the page")
{
    StandardsOffice office;
    const Actor followUp = office.user(QStringLiteral("tindaklanjut"), Role::FollowUp);
    for (const Actor &a : { office.supervisor, office.officer, followUp }) {
        MainWindow w(office.as(a), QStringLiteral("Kecamatan Sukamaju"));
        addPages(w, office.as(a));
        CHECK(w.pageIds().contains(QStringLiteral("standards")));
    }
}
