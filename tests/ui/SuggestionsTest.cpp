// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The suggestion-box page as the supervisor and the team use it at the monthly opening:
// open the box, record the team and the witnesses, type the slips with the keyboard alone, sign.
#include "tests/core/suggestions/SuggestionFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/common/MessageBar.h"
#include "ui/suggestions/SessionView.h"
#include "ui/suggestions/SlipEntry.h"
#include "ui/suggestions/SuggestionDialogs.h"
#include "ui/suggestions/SuggestionsPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

Session sessionOf(SuggestionFixture &f, const Actor &a)
{
    return Session {f.t.db(), a, &f.clock};
}

// Answers the next modal dialog once it is shown.
void whenDialog(std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(w);
        }
    });
    poll->start();
}

QPushButton *buttonNamed(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

qint64 openThroughPage(SuggestionsPage &page)
{
    bool filled = false;
    whenDialog([&](QWidget *w) {
        auto *d = qobject_cast<OpenSessionDialog *>(w);
        REQUIRE(d);
        d->dateEdit()->setDate(QDate(2026, 11, 30));
        d->timeEdit()->setTime(QTime(9, 0));
        d->placeEdit()->setText(QStringLiteral("Ruang tunggu lantai 1"));
        d->monthChoice()->setChecked(true);
        d->monthEdit()->setDate(QDate(2026, 11, 1));
        filled = true;
        buttonNamed(d, QStringLiteral("Open the box"))->click();
    });
    page.openSession();
    REQUIRE(filled);
    return page.view()->sessionId();
}

void addMember(SessionView *view, MemberRole role, const QString &name, const QString &nip, const QString &teamRole = {})
{
    view->memberRole()->setCurrentIndex(view->memberRole()->findData(int(role)));
    view->memberName()->setText(name);
    view->memberNip()->setText(nip);
    view->memberTeamRole()->setEditText(teamRole);
    REQUIRE(view->addMember());
}

Qt::Key kindKey(SlipKind k) { return Qt::Key(Qt::Key_1 + int(k)); }
Qt::Key decisionKey(SlipDecision d) { return Qt::Key(Qt::Key_F5 + int(d)); }

} // namespace

TEST_CASE("the team opens a box, types 50 slips with the keyboard alone and the supervisor signs the minutes")
{
    SuggestionFixture f;
    SuggestionsPage page(sessionOf(f, f.sari));
    page.resize(1366, 720);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));

    const qint64 id = openThroughPage(page);
    REQUIRE(id > 0);
    SessionView *view = page.view();
    CHECK(page.sessions().size() == 1);
    CHECK(page.list()->item(0, 0)->text() == QStringLiteral("Draft"));
    CHECK(view->header()->text().contains(QStringLiteral("Kotak Saran 1")));
    CHECK(view->missing()->text().contains(QStringLiteral("witnesses")));

    addMember(view, MemberRole::Opener, QStringLiteral("Siti Rahmawati"), QStringLiteral("198506122010012015"),
              QStringLiteral("Ketua"));
    addMember(view, MemberRole::Witness, QStringLiteral("H. Ahmad Fauzi"), {});

    SECTION("signing with one witness is refused, and the reason is in the message bar")
    {
        view->confirm = [](const QString &) { return true; };
        CHECK_FALSE(view->sign());
        CHECK(page.messageBar()->kind() == MessageBar::Kind::Error);
        CHECK(page.messageBar()->label()->text().contains(QStringLiteral("witness")));
        CHECK(page.list()->item(0, 0)->text() == QStringLiteral("Draft"));
    }

    SECTION("50 slips, then signed")
    {
        addMember(view, MemberRole::Witness, QStringLiteral("Rina Marlina"), QStringLiteral("199001012015032001"));
        // A witness without a NIP is a member of the public.
        QStringList nips;
        for (int r = 0; r < view->members()->rowCount(); ++r)
            nips << view->members()->item(r, 2)->text();
        CHECK(nips.contains(QStringLiteral("Member of the public")));

        view->tabs()->setCurrentIndex(0);
        QLineEdit *summary = view->entry()->summaryEdit();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        summary->setFocus();
        REQUIRE(waitFor([&] { return QApplication::focusWidget() == summary; }, 2000));
        CHECK(view->entry()->numberLabel()->text() == QStringLiteral("Slip 1"));

        // Runs of kinds and decisions, as the piles on the table: a key only when it changes.
        const QList<SlipKind> kinds = allSlipKinds();
        const QList<SlipDecision> decisions = allSlipDecisions();
        QList<SlipKind> expectKind;
        QList<std::optional<SlipDecision>> expectDecision;
        std::optional<SlipKind> lastKind;
        std::optional<SlipDecision> lastDecision;
        int keysPressed = 0;
        int focusLost = 0;
        QElapsedTimer typing;
        typing.start();
        for (int i = 0; i < 50; ++i) {
            SlipKind kind = kinds.at((i / 3) % 5);
            std::optional<SlipDecision> decision = decisions.at((i / 4) % 5);
            if (kind == SlipKind::Kosong && decision == SlipDecision::TindakLanjut)
                decision = SlipDecision::Arsip;
            if (i == 49)
                decision.reset(); // the last one is left to decide later
            QWidget *focused = QApplication::focusWidget();
            QTest::keyClicks(focused, QStringLiteral("Lembar %1: antrian KTP-el terlalu lama").arg(i + 1));
            if (kind != lastKind) {
                QTest::keyClick(QApplication::focusWidget(), kindKey(kind), Qt::ControlModifier);
                ++keysPressed;
            }
            if (decision != lastDecision) {
                QTest::keyClick(QApplication::focusWidget(), decision ? decisionKey(*decision) : Qt::Key_F4);
                ++keysPressed;
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (QApplication::focusWidget() != summary)
                ++focusLost;
            lastKind = kind;
            lastDecision = decision;
            expectKind << kind;
            expectDecision << decision;
        }
        const qint64 ms = typing.elapsed();
        std::printf("50 slips typed by simulated keys in %lld ms (%d kind/decision keys)\n",
                    static_cast<long long>(ms), keysPressed);
        CHECK(focusLost == 0);
        CHECK(page.messageBar()->kind() != MessageBar::Kind::Error);
        CHECK(view->entry()->numberLabel()->text() == QStringLiteral("Slip 51"));

        auto stored = f.suggestions.slips(f.sari, id);
        REQUIRE(stored.ok());
        REQUIRE(stored->size() == 50);
        int mismatches = 0;
        for (int i = 0; i < 50; ++i) {
            const SuggestionSlip &s = stored->at(i);
            if (s.number != i + 1 || s.entry.kind != expectKind.at(i) || s.entry.decision != expectDecision.at(i)
                || s.entry.summary != QStringLiteral("Lembar %1: antrian KTP-el terlalu lama").arg(i + 1))
                ++mismatches;
        }
        CHECK(mismatches == 0);
        CHECK(view->entry()->table()->rowCount() == 50);

        // Undecided: the summary says what is missing.
        CHECK(view->missing()->text().contains(QStringLiteral("without a decision")));
        CHECK(view->missing()->text().contains(QStringLiteral("50")));

        // Decide slip 50 from the table with the keyboard: Enter edits, F6 answers, Enter saves.
        QTableWidget *table = view->entry()->table();
        table->setFocus();
        table->setCurrentCell(49, 0);
        QTest::keyClick(table, Qt::Key_Return);
        CHECK(QApplication::focusWidget() == summary);
        CHECK(view->entry()->numberLabel()->text() == QStringLiteral("Slip 50 (changing)"));
        QTest::keyClick(summary, Qt::Key_F6);
        QTest::keyClick(summary, Qt::Key_Return);
        auto fifty = f.suggestions.slips(f.sari, id);
        REQUIRE(fifty->size() == 50);
        CHECK(fifty->at(49).entry.decision == SlipDecision::Dijawab);
        CHECK(view->missing()->text().contains(QStringLiteral("Ready to be signed")));
        CHECK(view->entry()->numberLabel()->text() == QStringLiteral("Slip 51"));

        int followUps = 0;
        for (const auto &d : expectDecision)
            followUps += d == SlipDecision::TindakLanjut ? 1 : 0;

        // Signed through the confirmation, which says what signing does.
        QString asked;
        whenDialog([&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            REQUIRE(box);
            asked = box->text();
            buttonNamed(box, QStringLiteral("Sign"))->click();
        });
        REQUIRE(view->sign());
        INFO(asked.toStdString());
        CHECK(asked.contains(QStringLiteral("%1 slip").arg(followUps)));
        CHECK(asked.contains(QStringLiteral("Nothing in this opening can be changed")));
        const QString number = QStringLiteral("BA/KS/2026/11/01");
        CHECK(page.list()->item(0, 0)->text() == number);
        CHECK(view->header()->text().remove(QChar(0x2060)).contains(number));
        CHECK(view->current().isSigned());
        CHECK(view->entry()->form()->isHidden());
        CHECK(view->memberForm()->isHidden());
        CHECK(view->signButton()->isHidden());
        CHECK_FALSE(view->entry()->save());
        auto after = f.suggestions.slips(f.sari, id);
        int complaints = 0;
        for (const SuggestionSlip &s : after.value())
            complaints += s.complaintNumber.isEmpty() ? 0 : 1;
        CHECK(complaints == followUps);
        // Each slip shows its follow state and its complaint.
        int row = -1;
        for (int r = 0; r < after->size(); ++r) {
            if (after->at(r).entry.decision == SlipDecision::TindakLanjut) {
                row = r;
                break;
            }
        }
        REQUIRE(row >= 0);
        CHECK(table->item(row, ui::SlipEntry::Follow)->text().startsWith(after->at(row).complaintNumber));
        CHECK_FALSE(table->isColumnHidden(ui::SlipEntry::Follow));
        // Delete does nothing on signed minutes.
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        CHECK(f.suggestions.slips(f.sari, id)->size() == 50);

        // The supervisor records that an answered slip was carried out.
        table->setCurrentCell(49, 0);
        REQUIRE(view->doneButton()->isEnabled());
        view->askDoneNote = [] { return std::optional<QString>(QStringLiteral("Dijawab di papan pengumuman")); };
        REQUIRE(view->markDone());
        CHECK(f.suggestions.slips(f.sari, id)->at(49).follow == FollowState::Done);
        CHECK(table->item(49, ui::SlipEntry::Follow)->text().contains(QStringLiteral("papan pengumuman")));
    }
}

TEST_CASE("an officer types slips but neither opens, discards nor signs")
{
    SuggestionFixture f;
    const SuggestionSession draft = f.openSession();
    SuggestionsPage page(sessionOf(f, f.siti));
    page.resize(1366, 720);
    page.show();
    REQUIRE(page.sessions().size() == 1);
    CHECK(page.openButton()->isHidden());
    CHECK(page.discardButton()->isHidden());
    CHECK(page.view()->signButton()->isHidden());
    CHECK_FALSE(page.view()->entry()->form()->isHidden());
    page.view()->entry()->summaryEdit()->setText(QStringLiteral("Toilet kotor"));
    page.view()->entry()->setKind(SlipKind::Pengaduan);
    REQUIRE(page.view()->entry()->save());
    CHECK(f.suggestions.slips(f.siti, draft.id)->size() == 1);

    SECTION("a removal asks first")
    {
        page.view()->entry()->confirm = [](const QString &q) { return q.contains(QStringLiteral("Toilet kotor")); };
        page.view()->entry()->removeRow(0);
        CHECK(f.suggestions.slips(f.siti, draft.id)->isEmpty());
    }
    SECTION("refusals of the core are in the message bar in the user's words")
    {
        page.view()->entry()->summaryEdit()->clear();
        page.view()->entry()->setKind(SlipKind::Saran);
        CHECK_FALSE(page.view()->entry()->save());
        CHECK(page.messageBar()->kind() == MessageBar::Kind::Error);
        CHECK(page.messageBar()->label()->text().contains(QStringLiteral("summary")));
    }
}

TEST_CASE("a signed session shows its number to someone who may not enter slips, with no form and no sign button")
{
    SuggestionFixture f;
    const SuggestionSession s = f.signedSession();
    SuggestionsPage page(sessionOf(f, f.admin));
    page.resize(1366, 720);
    page.show();
    REQUIRE(page.sessions().size() == 1);
    CHECK(page.list()->item(0, 0)->text() == s.number);
    CHECK(page.view()->entry()->form()->isHidden());
    CHECK(page.view()->signButton()->isHidden());
    CHECK(page.view()->entry()->table()->rowCount() == s.slipCount);
    CHECK(page.view()->printButton()->isEnabled());
}


TEST_CASE("the minutes are previewed for printing and saved as a PDF, and a failure to write is in the message bar")
{
    SuggestionFixture f;
    const SuggestionSession s = f.signedSession();
    SuggestionsPage page(sessionOf(f, f.sari));
    page.resize(1366, 720);
    page.show();
    REQUIRE(page.view()->sessionId() == s.id);

    bool previewed = false;
    whenDialog([&](QWidget *w) {
        previewed = w->inherits("QPrintPreviewDialog");
        QTimer::singleShot(300, w, [w] { static_cast<QDialog *>(w)->reject(); });
    });
    page.view()->printMinutes();
    CHECK(previewed);
    CHECK(page.messageBar()->kind() != MessageBar::Kind::Error);

    const QString path = QDir(f.t.dir()).filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(page.view()->writeMinutesPdf(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));

    CHECK_FALSE(page.view()->writeMinutesPdf(QDir(f.t.dir()).filePath(QStringLiteral("no-such-folder/minutes.pdf"))));
    CHECK(page.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK_FALSE(page.messageBar()->label()->text().isEmpty());
}

TEST_CASE("the supervisor adds, renames and takes a box out of use, and the opening dialog keeps a refusal under its fields")
{
    SuggestionFixture f;
    {
        BoxesDialog boxes(sessionOf(f, f.sari));
        REQUIRE(boxes.table()->rowCount() == 1);
        boxes.nameEdit()->setText(QStringLiteral("Kotak Saran 2"));
        boxes.locationEdit()->setText(QStringLiteral("Depan loket pengaduan"));
        REQUIRE(boxes.addBox());
        CHECK(boxes.table()->rowCount() == 2);
        CHECK_FALSE(boxes.addBox()); // the same name twice
        CHECK_FALSE(boxes.errorLabel()->isHidden());
        boxes.table()->selectRow(1);
        boxes.nameEdit()->setText(QStringLiteral("Kotak Saran Lantai 2"));
        REQUIRE(boxes.saveBox());
        REQUIRE(boxes.toggleActive());
        CHECK(boxes.table()->item(1, 2)->text() == QStringLiteral("No"));
    }
    auto active = f.suggestions.boxes(f.sari);
    REQUIRE(active->size() == 1); // the box out of use is not offered for an opening
    auto all = f.suggestions.boxes(f.sari, true);
    REQUIRE(all->size() == 2);
    CHECK(all->at(1).name == QStringLiteral("Kotak Saran Lantai 2"));

    OpenSessionDialog open(sessionOf(f, f.sari));
    CHECK(open.boxCombo()->count() == 1);
    open.sealCombo()->setCurrentIndex(open.sealCombo()->findData(int(SealCondition::Rusak)));
    CHECK_FALSE(open.submit()); // a broken seal needs a note
    CHECK_FALSE(open.errorLabel()->isHidden());
    CHECK(open.errorLabel()->text().contains(QStringLiteral("seal")));
    open.sealNoteEdit()->setText(QStringLiteral("segel sobek di sisi kiri"));
    REQUIRE(open.submit());
    CHECK(open.opened().seal == SealCondition::Rusak);

    SECTION("an officer may not manage the boxes")
    {
        BoxesDialog boxes(sessionOf(f, f.siti));
        boxes.nameEdit()->setText(QStringLiteral("Kotak Saran 3"));
        CHECK_FALSE(boxes.addBox());
        CHECK_FALSE(boxes.errorLabel()->text().isEmpty());
    }
}
