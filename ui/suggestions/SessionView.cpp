// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SessionView.h"

#include "core/suggestions/SuggestionService.h"
#include "print/suggestions/MinutesPdf.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ReasonDialog.h"
#include "ui/suggestions/SlipEntry.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QString dateText(QDate d) { return QLocale().toString(d, QStringLiteral("dddd, d MMMM yyyy")); }
QString shortDate(QDate d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

SessionView::SessionView(Session session, MessageBar *bar, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_bar(bar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // What was written at the opening, and the summary beside it.
    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_header, 3);
    auto *summary = new QVBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("signReadiness"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    summary->addWidget(m_counts);
    summary->addWidget(m_missing);
    summary->addStretch(1);
    top->addLayout(summary, 4);
    layout->addLayout(top);

    auto *actions = new QHBoxLayout;
    m_sign = new QPushButton(tr("Sign the minutes…"), this);
    m_sign->setObjectName(QStringLiteral("primary"));
    m_print = new QPushButton(tr("Print the minutes…"), this);
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_done = new QPushButton(tr("Carried out…"), this);
    m_done->setToolTip(tr("Record that the decision on the selected slip (answered, forwarded to SP4N-LAPOR!, "
                          "not our authority) was carried out."));
    for (QPushButton *b : {m_sign, m_print, m_pdf, m_done})
        b->setFocusPolicy(Qt::NoFocus);
    actions->addWidget(m_done);
    actions->addStretch(1);
    actions->addWidget(m_pdf);
    actions->addWidget(m_print);
    actions->addWidget(m_sign);
    layout->addLayout(actions);

    m_tabs = new QTabWidget(this);
    m_entry = new SlipEntry(m_session, m_bar, m_tabs);
    m_tabs->addTab(m_entry, tr("Slips"));

    auto *team = new QWidget(m_tabs);
    auto *teamLayout = new QVBoxLayout(team);
    m_members = new QTableWidget(0, 4, team);
    m_members->setHorizontalHeaderLabels({tr("As"), tr("Name"), tr("NIP"), tr("Role in the team")});
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    teamLayout->addWidget(m_members, 1);
    m_memberForm = new QWidget(team);
    auto *form = new QHBoxLayout(m_memberForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_memberRole = new QComboBox(m_memberForm);
    m_memberRole->addItem(memberRoleName(MemberRole::Opener), int(MemberRole::Opener));
    m_memberRole->addItem(memberRoleName(MemberRole::Witness), int(MemberRole::Witness));
    m_memberName = new QLineEdit(m_memberForm);
    m_memberName->setPlaceholderText(tr("Name"));
    m_memberNip = new QLineEdit(m_memberForm);
    m_memberNip->setPlaceholderText(tr("NIP (empty: member of the public)"));
    m_memberTeamRole = new QComboBox(m_memberForm);
    m_memberTeamRole->setEditable(true);
    m_memberTeamRole->addItems({tr("Ketua"), tr("Anggota"), tr("Sekretaris")});
    auto *add = new QPushButton(tr("Add"), m_memberForm);
    m_removeMember = new QPushButton(tr("Remove"), m_memberForm);
    form->addWidget(m_memberRole);
    form->addWidget(m_memberName, 3);
    form->addWidget(m_memberNip, 2);
    form->addWidget(m_memberTeamRole, 1);
    form->addWidget(add);
    form->addWidget(m_removeMember);
    teamLayout->addWidget(m_memberForm);
    m_tabs->addTab(team, tr("Team and witnesses"));
    layout->addWidget(m_tabs, 1);

    connect(m_memberRole, &QComboBox::currentIndexChanged, this, [this] {
        // A witness's standing is written by the NIP (or its absence), not a role in the team.
        m_memberTeamRole->setEnabled(MemberRole(m_memberRole->currentData().toInt()) == MemberRole::Opener);
    });
    connect(add, &QPushButton::clicked, this, [this] { addMember(); });
    connect(m_memberName, &QLineEdit::returnPressed, this, [this] { addMember(); });
    connect(m_memberNip, &QLineEdit::returnPressed, this, [this] { addMember(); });
    connect(m_removeMember, &QPushButton::clicked, this, &SessionView::removeMember);
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_print, &QPushButton::clicked, this, &SessionView::printMinutes);
    connect(m_pdf, &QPushButton::clicked, this, &SessionView::saveMinutesPdf);
    connect(m_done, &QPushButton::clicked, this, [this] { markDone(); });
    connect(m_entry, &SlipEntry::changed, this, [this] {
        reload();
        Q_EMIT changed(m_current.id);
    });
    connect(m_entry->table(), &QTableWidget::itemSelectionChanged, this, &SessionView::updateButtons);
    clear();
}

void SessionView::clear()
{
    m_current = {};
    m_header->setText(QStringLiteral("<p style='color:#666'>%1</p>")
                          .arg(tr("Pick an opening in the list, or open a suggestion box.").toHtmlEscaped()));
    m_counts->clear();
    m_missing->clear();
    m_missing->setStyleSheet(QString());
    m_members->setRowCount(0);
    m_entry->clear();
    m_tabs->setEnabled(false);
    updateButtons();
}

void SessionView::show(qint64 sessionId)
{
    m_current.id = sessionId;
    reload();
}

void SessionView::reload()
{
    const qint64 id = m_current.id;
    if (id <= 0) {
        clear();
        return;
    }
    SuggestionService service(m_session.db, *m_session.clock);
    auto s = service.session(m_session.actor, id);
    if (!s) {
        m_bar->showMessage(MessageBar::Kind::Error, s.error().message);
        clear();
        return;
    }
    m_current = s.value();
    auto slips = service.slips(m_session.actor, id);
    if (!slips) {
        m_bar->showMessage(MessageBar::Kind::Error, slips.error().message);
        return;
    }
    m_tabs->setEnabled(true);
    fillHeader();
    fillMembers();
    m_entry->setSession(m_current, slips.value());
    m_tabs->setTabText(0, tr("Slips (%1)").arg(slips->size()));
    m_tabs->setTabText(1, tr("Team and witnesses (%1)").arg(m_current.members.size()));
    fillSummary();
    updateButtons();
}

void SessionView::fillHeader()
{
    const SuggestionSession &s = m_current;
    const QString state = s.isSigned()
        ? tr("<b style='color:#1e7a34'>Signed</b> · minutes <b><nobr>%1</nobr></b> · signed by %2")
              // A word joiner after each slash: the number is never broken over two lines.
              .arg(s.number.toHtmlEscaped().replace(QLatin1Char('/'), QStringLiteral("/\u2060")),
                   s.signedByName.toHtmlEscaped())
        : tr("<b style='color:#b04a00'>Draft</b> · the minutes get their number when signed");
    QString period = tr("%1 to %2").arg(shortDate(s.periodFrom), shortDate(s.periodTo));
    QString seal = sealName(s.seal);
    if (!s.sealNote.isEmpty())
        seal += QStringLiteral(" (%1)").arg(s.sealNote);
    m_header->setText(
        QStringLiteral("<div style='font-size:16px'><b>%1</b> · %2</div><div>%3</div>"
                       "<table cellspacing='0' cellpadding='1'>"
                       "<tr><td style='color:#555'>%4&nbsp;</td><td>%5, %6</td></tr>"
                       "<tr><td style='color:#555'>%7&nbsp;</td><td>%8</td></tr>"
                       "<tr><td style='color:#555'>%9&nbsp;</td><td>%10</td></tr>"
                       "<tr><td style='color:#555'>%11&nbsp;</td><td>%12</td></tr></table>")
            .arg(s.boxName.toHtmlEscaped(), s.boxLocation.toHtmlEscaped(), state, tr("Opened").toHtmlEscaped(),
                 dateText(s.openedOn).toHtmlEscaped(), s.openedTime.toString(QStringLiteral("HH.mm")),
                 tr("Place").toHtmlEscaped(), s.place.toHtmlEscaped(), tr("Period").toHtmlEscaped())
            .arg(period.toHtmlEscaped(), tr("Seal").toHtmlEscaped(), seal.toHtmlEscaped()));
}

void SessionView::fillMembers()
{
    const QList<SessionMember> &members = m_current.members;
    m_members->setRowCount(int(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        const SessionMember &m = members.at(r);
        m_members->setItem(r, 0, cell(memberRoleName(m.role)));
        m_members->item(r, 0)->setData(Qt::UserRole, m.id);
        m_members->setItem(r, 1, cell(m.name));
        m_members->setItem(r, 2, cell(m.isPublic() ? tr("Member of the public") : m.nip));
        m_members->setItem(r, 3, cell(m.teamRole));
    }
    const bool editable = !m_current.isSigned() && m_session.actor.can(Permission::RecordSlips);
    m_memberForm->setVisible(editable);
}

void SessionView::fillSummary()
{
    auto summary = SuggestionService(m_session.db, *m_session.clock).summary(m_session.actor, m_current.id);
    if (!summary) {
        m_counts->setText(summary.error().message.toHtmlEscaped());
        return;
    }
    const SessionSummary &sum = summary.value();
    QStringList kinds;
    for (SlipKind k : allSlipKinds()) {
        if (const int n = sum.byKind[std::size_t(k)])
            kinds << QStringLiteral("%1 %2").arg(n).arg(slipKindName(k).toHtmlEscaped());
    }
    QStringList decisions;
    for (SlipDecision d : allSlipDecisions()) {
        if (const int n = sum.byDecision[std::size_t(d)])
            decisions << QStringLiteral("%1 %2").arg(n).arg(slipDecisionName(d).toHtmlEscaped());
    }
    if (sum.undecided > 0)
        decisions << QStringLiteral("<span style='color:#b04a00'>%1</span>")
                         .arg(tr("%n not decided", nullptr, sum.undecided).toHtmlEscaped());
    m_counts->setText(tr("<b>%n slip(s)</b>", nullptr, sum.total) + QStringLiteral("<br>")
                      + (kinds.isEmpty() ? QString() : kinds.join(QStringLiteral(" · ")) + QStringLiteral("<br>"))
                      + decisions.join(QStringLiteral(" · ")));
    if (m_current.isSigned()) {
        m_missing->setText(tr("Signed on %1: the minutes are read-only.")
                               .arg(QLocale().toString(m_current.signedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy")))
                               .toHtmlEscaped());
        m_missing->setStyleSheet(QStringLiteral("#signReadiness { background: #eef4fb; border: 1px solid #b9d3ee; "
                                                "border-radius: 6px; padding: 6px; color: #1f4e79; }"));
    } else if (sum.maySign()) {
        m_missing->setText(QStringLiteral("<b>%1</b>").arg(tr("Ready to be signed").toHtmlEscaped()));
        m_missing->setStyleSheet(QStringLiteral("#signReadiness { background: #e8f5ec; border: 1px solid #8fc9a0; "
                                                "border-radius: 6px; padding: 6px; color: #1e6b34; }"));
    } else {
        QString text = QStringLiteral("<b>%1</b>").arg(tr("Cannot be signed yet:").toHtmlEscaped());
        for (const QString &line : sum.missing)
            text += QStringLiteral("<br>• ") + line.toHtmlEscaped();
        m_missing->setText(text);
        m_missing->setStyleSheet(QStringLiteral("#signReadiness { background: #fff4e5; border: 1px solid #f5c07a; "
                                                "border-radius: 6px; padding: 6px; color: #7a4b00; }"));
    }
}

void SessionView::updateButtons()
{
    const bool has = m_current.id > 0;
    const bool draft = has && !m_current.isSigned();
    m_sign->setVisible(m_session.actor.can(Permission::ManageSuggestions) && !m_current.isSigned());
    m_sign->setEnabled(draft);
    m_print->setEnabled(has);
    m_pdf->setEnabled(has);
    const SuggestionSlip *slip = m_entry->selectedSlip();
    const bool followable = slip && slip->entry.decision
        && (*slip->entry.decision == SlipDecision::Dijawab || *slip->entry.decision == SlipDecision::Lapor
            || *slip->entry.decision == SlipDecision::BukanKewenangan);
    const bool allowed = slip
        && (slip->entry.ownerId == m_session.actor.userId || m_session.actor.can(Permission::ManageSuggestions));
    m_done->setVisible(has && m_current.isSigned());
    m_done->setEnabled(has && m_current.isSigned() && followable && allowed && !slip->doneAt.isValid());
    m_removeMember->setEnabled(draft && m_members->rowCount() > 0);
}

bool SessionView::addMember()
{
    if (m_current.id <= 0)
        return false;
    const auto role = MemberRole(m_memberRole->currentData().toInt());
    const QString teamRole = role == MemberRole::Opener ? m_memberTeamRole->currentText().trimmed() : QString();
    auto added = SuggestionService(m_session.db, *m_session.clock)
                     .addMember(m_session.actor, m_current.id, role, m_memberName->text().trimmed(),
                                m_memberNip->text().trimmed(), teamRole);
    if (!added) {
        m_bar->showMessage(MessageBar::Kind::Error, added.error().message);
        return false;
    }
    m_bar->showMessage(MessageBar::Kind::Calm, tr("%1 added as %2.").arg(added->name, memberRoleName(added->role)));
    m_memberName->clear();
    m_memberNip->clear();
    m_memberName->setFocus();
    reload();
    Q_EMIT changed(m_current.id);
    return true;
}

void SessionView::removeMember()
{
    const int row = m_members->currentRow();
    if (row < 0 || row >= m_current.members.size())
        return;
    const SessionMember m = m_current.members.at(row);
    Status removed = SuggestionService(m_session.db, *m_session.clock).removeMember(m_session.actor, m.id);
    if (!removed) {
        m_bar->showMessage(MessageBar::Kind::Error, removed.error().message);
        return;
    }
    m_bar->showMessage(MessageBar::Kind::Calm, tr("%1 removed from the list.").arg(m.name));
    reload();
    Q_EMIT changed(m_current.id);
}

bool SessionView::sign()
{
    if (m_current.id <= 0 || m_current.isSigned())
        return false;
    int followUps = 0;
    for (const SuggestionSlip &s : m_entry->slips()) {
        if (s.entry.decision == SlipDecision::TindakLanjut)
            ++followUps;
    }
    const QString question =
        tr("Sign the minutes of %1 opened on %2?\n\n"
           "• The minutes get their number.\n"
           "• %n slip(s) decided \"to the follow-up team\" become complaints on the follow-up team's list, "
           "received on the day of the opening (their deadlines start then).\n"
           "• Nothing in this opening can be changed afterwards: the team, the witnesses and the slips are final.",
           nullptr, followUps)
            .arg(m_current.boxName, dateText(m_current.openedOn));
    bool yes = false;
    if (confirm) {
        yes = confirm(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Sign the minutes"), question, QMessageBox::NoButton, this);
        QPushButton *ok = box.addButton(tr("Sign"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        yes = box.clickedButton() == ok;
    }
    if (!yes)
        return false;
    auto signedSession = SuggestionService(m_session.db, *m_session.clock).sign(m_session.actor, m_current.id);
    if (!signedSession) {
        m_bar->showMessage(MessageBar::Kind::Error, signedSession.error().message);
        return false;
    }
    m_bar->showMessage(MessageBar::Kind::Calm,
                       tr("The minutes are signed as %1; %n complaint(s) created for the follow-up team.", nullptr,
                          followUps)
                           .arg(signedSession->number));
    reload();
    Q_EMIT changed(m_current.id);
    return true;
}

void SessionView::printMinutes()
{
    auto minutes = SuggestionService(m_session.db, *m_session.clock).minutes(m_session.actor, m_current.id);
    if (!minutes) {
        m_bar->showMessage(MessageBar::Kind::Error, minutes.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(MinutesPdf::title());
    printer.setPageLayout(MinutesPdf::pageLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("The minutes %1").arg(m_current.number.isEmpty() ? tr("(draft)") : m_current.number));
    preview.resize(900, 760);
    const SuggestionMinutes m = minutes.value();
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *p) {
        if (MinutesPdf::print(p, m) == 0)
            m_bar->showMessage(MessageBar::Kind::Error, tr("The minutes could not be printed."));
    });
    preview.exec();
}

void SessionView::saveMinutesPdf()
{
    if (m_current.id <= 0)
        return;
    QString name = m_current.number.isEmpty() ? tr("draft-minutes") : m_current.number;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the minutes as PDF"),
                                                QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    writeMinutesPdf(path);
}

bool SessionView::writeMinutesPdf(const QString &path)
{
    auto minutes = SuggestionService(m_session.db, *m_session.clock).minutes(m_session.actor, m_current.id);
    if (!minutes) {
        m_bar->showMessage(MessageBar::Kind::Error, minutes.error().message);
        return false;
    }
    auto written = MinutesPdf::write(path, minutes.value());
    if (!written) {
        m_bar->showMessage(MessageBar::Kind::Error, written.error().message);
        return false;
    }
    m_bar->showMessage(MessageBar::Kind::Calm, tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SessionView::markDone()
{
    const SuggestionSlip *slip = m_entry->selectedSlip();
    if (!slip)
        return false;
    const qint64 id = slip->id;
    const int number = slip->number;
    std::optional<QString> note = askDoneNote
        ? askDoneNote()
        : ReasonDialog::ask(this, tr("Carried out"), tr("What was done for slip %1?").arg(number),
                            {tr("Answered on the announcement board"), tr("Answered by letter"),
                             tr("Forwarded through SP4N-LAPOR!"), tr("Passed on to the agency in charge")},
                            true, tr("Record"));
    if (!note)
        return false;
    auto done = SuggestionService(m_session.db, *m_session.clock).markDone(m_session.actor, id, *note);
    if (!done) {
        m_bar->showMessage(MessageBar::Kind::Error, done.error().message);
        return false;
    }
    m_bar->showMessage(MessageBar::Kind::Calm, tr("Slip %1 is marked done.").arg(number));
    reload();
    Q_EMIT changed(m_current.id);
    return true;
}

} // namespace loket::ui
