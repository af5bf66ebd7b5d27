// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint screens as the follow-up team and an officer use them.
#include "tests/core/complaints/ComplaintFixture.h"
#include "ui/complaints/ComplaintFileView.h"
#include "ui/complaints/ComplaintFormDialog.h"
#include "ui/complaints/ComplaintListModel.h"
#include "ui/complaints/ComplaintStepDialog.h"
#include "ui/complaints/ComplaintsPage.h"
#include "tests/ui/WaitFor.h"
#include "ui/counter/CounterActions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;
using Step = ComplaintStepDialog::Step;

namespace {

Session sessionOf(ComplaintFixture &f, const Actor &a)
{
    return Session {f.t.db(), a, &f.clock};
}

QStringList numbers(const ComplaintListModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r, ComplaintListModel::Number)).toString();
    return out;
}

} // namespace

TEST_CASE("the work list shows the follow-up officer's complaints with their time left, coloured")
{
    ComplaintFixture f;
    const Complaint monday = f.log(f.siti, f.intake(QStringLiteral("Antrian KTP lambat")));
    f.setNow(ComplaintFixture::wib(2026, 11, 25, 9, 0));
    const Complaint mine = f.log(f.siti, f.intake(QStringLiteral("Toilet kotor")));
    REQUIRE(f.complaints.verify(f.dewi, mine.id, VerifyOutcome::Complete, QString()).ok());
    REQUIRE(f.complaints.assign(f.dewi, mine.id, f.dewi.userId).ok());
    f.setNow(ComplaintFixture::wib(2026, 11, 27, 9, 0));

    ComplaintsPage page(sessionOf(f, f.dewi));
    page.resize(1366, 700);
    page.show();
    // A follow-up officer starts at her own complaints.
    CHECK(numbers(*page.model()) == QStringList {mine.number});
    page.setView(ComplaintFilter::View::Overdue);
    REQUIRE(numbers(*page.model()) == QStringList {monday.number});
    const QModelIndex late = page.model()->index(0, ComplaintListModel::TimeLeft);
    CHECK(page.model()->data(late).toString().contains(QStringLiteral("1")));
    CHECK(page.model()->data(late, Qt::BackgroundRole).isValid());
    page.setView(ComplaintFilter::View::Open);
    CHECK(page.model()->rowCount() == 2);
    page.setSearch(QStringLiteral("toilet"));
    CHECK(numbers(*page.model()) == QStringList {mine.number});
}

TEST_CASE("the complaint file offers the steps its state allows and hides the person behind a logged button")
{
    ComplaintFixture f;
    ComplaintIntake secret = f.intake();
    secret.confidential = true;
    const Complaint c = f.log(f.siti, secret, ComplaintIdentity {QStringLiteral("Rudi Hartono"), QStringLiteral("081234567890")});

    SECTION("the follow-up officer")
    {
        ComplaintFileView file(sessionOf(f, f.dewi));
        file.show(c.id);
        CHECK(file.stepButton(Step::Verify)->isEnabled());
        CHECK_FALSE(file.stepButton(Step::Respond)->isEnabled()); // verify first
        CHECK_FALSE(file.stepButton(Step::Close)->isEnabled());   // a supervisor closes
        CHECK_FALSE(file.identityLabel()->text().contains(QStringLiteral("Rudi")));
        REQUIRE_FALSE(file.identityButton()->isHidden());
        file.revealIdentity();
        CHECK(file.identityLabel()->text().contains(QStringLiteral("Rudi Hartono")));
        CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 1);
        CHECK(file.timelineText().contains(eventKindName(ComplaintEventKind::Received)));

        // Verify through the dialog, as the button would.
        ComplaintStepDialog dialog(sessionOf(f, f.dewi), c, Step::Verify);
        dialog.textEdit()->setPlainText(QStringLiteral("Berkas lengkap"));
        dialog.apply();
        CHECK(dialog.result().status.state == ComplaintState::Verified);
        file.show(c.id);
        CHECK_FALSE(file.stepButton(Step::Verify)->isEnabled());
        CHECK_FALSE(file.stepButton(Step::Respond)->isEnabled()); // nobody has taken it yet
        CHECK(file.stepButton(Step::Assign)->isEnabled());
        REQUIRE(f.complaints.assign(f.dewi, c.id, f.dewi.userId).ok());
        file.show(c.id);
        CHECK(file.stepButton(Step::Respond)->isEnabled());
        CHECK(file.timelineText().contains(QStringLiteral("Berkas lengkap")));
    }
    SECTION("the officer who logged it sees no button and no person")
    {
        ComplaintFileView file(sessionOf(f, f.siti));
        file.show(c.id);
        CHECK(file.identityButton()->isHidden());
        CHECK_FALSE(file.identityLabel()->text().contains(QStringLiteral("Rudi")));
        CHECK(file.stepButton(Step::Verify)->isHidden());
    }
    SECTION("a step refused by the core stays in the dialog with the reason")
    {
        ComplaintStepDialog dialog(sessionOf(f, f.dewi), c, Step::Note);
        dialog.apply(); // an empty note
        CHECK(dialog.result().id == 0);
        CHECK_FALSE(dialog.errorLabel()->isHidden());
        CHECK_FALSE(dialog.errorLabel()->text().isEmpty());
    }
}

TEST_CASE("the intake form logs a complaint, and a refusal keeps it open with the reason")
{
    ComplaintFixture f;
    ComplaintFormDialog form(sessionOf(f, f.siti));
    form.save(); // no summary
    CHECK(form.result() != QDialog::Accepted);
    CHECK_FALSE(form.errorLabel()->isHidden());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaints")) == 0);

    const Ticket t = f.issue(f.kk);
    form.setTicket(t.id, t.number, t.serviceId);
    form.summaryEdit()->setText(QStringLiteral("Petugas meminta uang legalisir"));
    form.nameEdit()->setText(QStringLiteral("Rudi Hartono"));
    form.confidentialBox()->setChecked(true);
    form.save();
    CHECK(form.result() == QDialog::Accepted);
    CHECK(form.logged().number == QStringLiteral("ADU/2026/11/0001"));
    CHECK(form.logged().intake.ticketId == t.id);
    CHECK(form.logged().intake.serviceId == f.kk);
    CHECK(form.logged().intake.confidential);
    CHECK(form.logged().intake.channel == IntakeChannel::Langsung);
}

TEST_CASE("F11 at the counter is there for an officer")
{
    ComplaintFixture f;
    CounterActions actions(sessionOf(f, f.siti), nullptr);
    REQUIRE(actions.complaint != nullptr);
    CHECK(actions.complaint->shortcut() == QKeySequence(Qt::Key_F11));
    CHECK(actions.complaint->isEnabled());
}

TEST_CASE("a complaint logged at another counter shows up in the work list by itself, and an open file keeps its revealed identity")
{
    ComplaintFixture f;
    const Complaint first = f.log(f.siti, f.intake(QStringLiteral("Antrian lambat")),
                                  ComplaintIdentity {QStringLiteral("Rudi Hartono")});
    ComplaintsPage page(sessionOf(f, f.dewi));
    page.setView(ComplaintFilter::View::Open);
    page.resize(1366, 700);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);
    page.select(first.id);
    page.file()->revealIdentity();
    REQUIRE(page.file()->identityLabel()->text().contains(QStringLiteral("Rudi Hartono")));

    // Another process's connection: the counter next door.
    auto other = Database::open(f.t.path());
    REQUIRE(other.ok());
    ComplaintService elsewhere(other.value(), f.clock);
    REQUIRE(elsewhere.add(f.budi, f.intake(QStringLiteral("Toilet kotor"))).ok());
    CHECK(test::waitFor([&] { return page.model()->rowCount() == 2; }, 5000));
    // The open complaint did not move: its file was not read again.
    CHECK(page.file()->complaintId() == first.id);
    CHECK(page.file()->identityLabel()->text().contains(QStringLiteral("Rudi Hartono")));
}
