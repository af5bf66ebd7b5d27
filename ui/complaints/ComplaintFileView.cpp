// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintFileView.h"

#include "core/catalog/CalendarRepository.h"
#include "core/common/PrivateFiles.h"
#include "core/complaints/ComplaintLifecycle.h"
#include "core/complaints/ComplaintService.h"
#include "core/suggestions/SuggestionService.h"
#include "ui/complaints/ComplaintLook.h"
#include "ui/complaints/ComplaintPrinting.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace loket::ui {

using Step = ComplaintStepDialog::Step;

ComplaintFileView::ComplaintFileView(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    if (auto zone = CalendarRepository(m_session.db).officeTime())
        m_offsetSeconds = zone->offsetSeconds();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    layout->addWidget(m_title);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);
    m_deadlines = new QLabel(this);
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    layout->addWidget(m_deadlines);

    auto *identityRow = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identityButton = new QPushButton(tr("Show identity"), this);
    m_identityButton->setToolTip(tr("Who complained. Every view is recorded in the audit log."));
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_identityButton);
    layout->addLayout(identityRow);

    auto *buttons = new QGridLayout;
    int i = 0;
    for (Step s : {Step::Verify, Step::Assign, Step::Note, Step::Respond, Step::Wait, Step::Resume, Step::Close, Step::Reopen}) {
        auto *b = new QPushButton(ComplaintStepDialog::stepLabel(s), this);
        connect(b, &QPushButton::clicked, this, [this, s] { runStep(s); });
        buttons->addWidget(b, i / 3, i % 3);
        m_steps.insert(s, b);
        ++i;
    }
    m_receipt = new QPushButton(tr("Receipt…"), this);
    m_receipt->setToolTip(tr("Print the complainant's receipt on the ticket printer (or save it as a PDF)"));
    m_letter = new QPushButton(tr("Response letter (PDF)…"), this);
    m_letter->setToolTip(tr("The letter on the office letterhead with the latest response, for signing"));
    // The eight steps fill two rows and two places of the third; the paper comes last.
    buttons->addWidget(m_receipt, 3, 0, 1, 1);
    buttons->addWidget(m_letter, 3, 1, 1, 2);
    layout->addLayout(buttons);
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        if (m_complaint.id)
            complaintprinting::printReceipt(m_session, m_complaint.number, this);
    });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        if (m_complaint.id)
            complaintprinting::saveLetterPdf(m_session, m_complaint.number, this);
    });
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9B1C1C;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *timelineTitle = new QLabel(tr("History"), this);
    timelineTitle->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    layout->addWidget(timelineTitle);
    m_timeline = new QTextBrowser(this);
    m_timeline->setOpenLinks(false);
    layout->addWidget(m_timeline, 1);
    auto *filesTitle = new QLabel(tr("Attachments (double-click to open)"), this);
    filesTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(filesTitle);
    auto *files = new QHBoxLayout;
    m_attachments = new QListWidget(this);
    m_attachments->setMaximumHeight(70);
    files->addWidget(m_attachments, 1);
    m_attach = new QPushButton(tr("Add…"), this);
    m_attach->setToolTip(tr("Add a photo (JPEG, PNG) or a PDF scan the complainant brought later"));
    files->addWidget(m_attach, 0, Qt::AlignTop);
    layout->addLayout(files);
    connect(m_attach, &QPushButton::clicked, this, &ComplaintFileView::addAttachments);
    connect(m_attachments, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openAttachment(m_attachments->row(item)); });
    connect(m_identityButton, &QPushButton::clicked, this, &ComplaintFileView::revealIdentity);
    clear();
}

void ComplaintFileView::clear()
{
    m_complaint = Complaint {};
    m_title->setText(tr("Choose a complaint in the list."));
    m_facts->clear();
    m_deadlines->clear();
    m_identity->clear();
    m_identityButton->hide();
    m_timeline->clear();
    m_attachments->clear();
    m_error->hide();
    for (QPushButton *b : m_steps)
        b->setEnabled(false);
    m_receipt->setEnabled(false);
    m_letter->setEnabled(false);
    m_attach->setEnabled(false);
}

void ComplaintFileView::refreshIfChanged(const Complaint &fromList)
{
    const ComplaintStatus &a = m_complaint.status, &b = fromList.status;
    const bool same = fromList.id == m_complaint.id && a.state == b.state && a.assigneeId == b.assigneeId
        && a.verify.metAt == b.verify.metAt && a.firstFollowUp.metAt == b.firstFollowUp.metAt
        && a.settle.metAt == b.settle.metAt && a.closedAt == b.closedAt && a.pausedSince == b.pausedSince
        && a.nextDue == b.nextDue && m_complaint.daysLeft == fromList.daysLeft;
    if (!same)
        show(fromList.id);
}

QPushButton *ComplaintFileView::stepButton(Step step) const
{
    return m_steps.value(step);
}

QString ComplaintFileView::timelineText() const
{
    return m_timeline->toPlainText();
}

void ComplaintFileView::show(qint64 complaintId)
{
    ComplaintService service(m_session.db, *m_session.clock);
    auto c = service.get(m_session.actor, complaintId);
    if (!c) {
        clear();
        m_error->setText(c.error().message);
        m_error->show();
        return;
    }
    m_complaint = c.value();
    m_error->hide();
    const Complaint &k = m_complaint;
    m_title->setText(QStringLiteral("%1 · %2").arg(k.number, k.intake.summary));
    QStringList facts;
    facts << tr("<b>%1</b> since %2").arg(stateName(k.status.state).toHtmlEscaped(),
                                           ComplaintLook::timeText(k.intake.receivedAt, m_offsetSeconds));
    facts << tr("%1 · %2 · %3").arg(channelName(k.intake.channel), typeName(k.intake.type), tierName(k.intake.tier)).toHtmlEscaped();
    if (!k.serviceName.isEmpty())
        facts << tr("Service: %1").arg(k.serviceName).toHtmlEscaped();
    if (!k.ticketNumber.isEmpty())
        facts << tr("Ticket %1").arg(k.ticketNumber).toHtmlEscaped();
    if (!k.intake.laporNumber.isEmpty())
        facts << tr("SP4N-LAPOR! %1").arg(k.intake.laporNumber).toHtmlEscaped();
    if (k.intake.channel == IntakeChannel::KotakSaran) {
        // The slip it came from (core/complaints knows nothing of the boxes: the screen asks).
        SuggestionService suggestions(m_session.db, *m_session.clock);
        auto slip = suggestions.slipOfComplaint(m_session.actor, k.id);
        if (slip && slip.value()) {
            QString minutes;
            if (auto s = suggestions.session(m_session.actor, (*slip.value()).sessionId))
                minutes = s->number;
            facts << tr("From the suggestion box: minutes %1, slip %2").arg(minutes).arg((*slip.value()).number).toHtmlEscaped();
        }
    }
    facts << tr("Assigned to: %1").arg(k.assigneeName.isEmpty() ? tr("nobody yet") : k.assigneeName).toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    auto deadline = [&](const QString &label, const Deadline &d) {
        if (!d.applies())
            return QString();
        const bool late = d.met() ? d.metAt.addSecs(m_offsetSeconds).date() > d.due : false;
        QString state = d.met() ? (late ? tr("done late") : tr("done")) : QString();
        return QStringLiteral("%1 <b>%2</b>%3").arg(label.toHtmlEscaped(), ComplaintLook::dayText(d.due),
                                                   state.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(state));
    };
    QStringList lines {deadline(tr("Verify by"), k.status.verify), deadline(tr("First follow-up by"), k.status.firstFollowUp),
        deadline(tr("Settle by"), k.status.settle)};
    const auto urgency = ComplaintLook::urgency(k);
    if (urgency != ComplaintLook::Urgency::None) {
        lines << QStringLiteral("<span style=\"background:%1; color:%2; padding:2px 6px;\">&nbsp;%3&nbsp;</span>")
                     .arg(ComplaintLook::background(urgency).name(), ComplaintLook::foreground(urgency).name(),
                          ComplaintLook::timeLeft(k).toHtmlEscaped());
    }
    if (k.status.autoCloseDue.isValid())
        lines << tr("Closes by itself on %1 if the complainant does not answer").arg(ComplaintLook::dayText(k.status.autoCloseDue)).toHtmlEscaped();
    lines.removeAll(QString());
    m_deadlines->setText(lines.join(QStringLiteral(" · ")));

    // The complainant.
    m_identityButton->hide();
    if (k.intake.anonymous)
        m_identity->setText(tr("Complainant: anonymous"));
    else if (!k.hasIdentity)
        m_identity->setText(tr("Complainant: not recorded"));
    else if (service.maySeeIdentity(m_session.actor, k)) {
        m_identity->setText(k.intake.confidential ? tr("Complainant: confidential (rahasia)") : tr("Complainant: hidden"));
        m_identityButton->show();
    } else {
        m_identity->setText(tr("Complainant: confidential, seen only by the follow-up team"));
    }

    // The timeline.
    QString html;
    if (auto events = service.events(m_session.actor, k.id)) {
        for (const ComplaintEvent &e : events.value()) {
            const QString what = e.summary();
            html += QStringLiteral("<p style=\"margin:0 0 8px 0;\"><span style=\"color:#4A5568;\">%1 · %2</span><br><b>%3</b>%4</p>")
                        .arg(ComplaintLook::timeText(e.at, m_offsetSeconds), e.username.toHtmlEscaped(), what.toHtmlEscaped(),
                             e.note.isEmpty() ? QString() : QStringLiteral("<br>") + e.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    if (!k.intake.details.isEmpty())
        html = QStringLiteral("<p style=\"margin:0 0 10px 0;\"><i>%1</i></p>").arg(k.intake.details.toHtmlEscaped()) + html;
    m_timeline->setHtml(html);

    m_attachments->clear();
    m_files.clear();
    if (auto files = service.attachments(m_session.actor, k.id)) {
        m_files = files.value();
        for (const ComplaintAttachment &a : m_files)
            m_attachments->addItem(QStringLiteral("%1 (%2 KB)").arg(a.name).arg((a.size + 1023) / 1024));
    }
    updateButtons();
}

void ComplaintFileView::updateButtons()
{
    const ComplaintState s = m_complaint.status.state;
    const Actor &a = m_session.actor;
    const bool work = a.can(Permission::WorkComplaints);
    const bool manage = a.can(Permission::ManageComplaints);
    // Following up is the assignee's (or a supervisor's); resuming a complaint that waits since its
    // verification is any team member's while nobody has it yet.
    const bool mine = manage || m_complaint.status.assigneeId == a.userId;
    const bool mineOrFree = mine || m_complaint.status.assigneeId == 0;
    const bool canAssign = manage || (work && m_complaint.status.assigneeId == 0);
    // Only what the complaint service would allow: the rest is not offered.
    m_steps[Step::Verify]->setEnabled(work && ComplaintLifecycle::canVerify(s));
    m_steps[Step::Assign]->setEnabled(canAssign && ComplaintLifecycle::canAssign(s));
    m_steps[Step::Note]->setEnabled(work && mine && ComplaintLifecycle::canNote(s));
    m_steps[Step::Respond]->setEnabled(work && mine && ComplaintLifecycle::canRespond(s));
    m_steps[Step::Wait]->setEnabled(work && mine && ComplaintLifecycle::canWait(s));
    m_steps[Step::Resume]->setEnabled(work && mineOrFree && ComplaintLifecycle::canResume(s));
    m_steps[Step::Close]->setEnabled(manage && ComplaintLifecycle::canClose(s));
    m_steps[Step::Reopen]->setEnabled(work && mine && ComplaintLifecycle::canReopen(s));
    for (QPushButton *b : m_steps)
        b->setVisible(work || manage);
    m_receipt->setEnabled(true);
    m_attach->setEnabled(true);
    // A letter needs a response; the core refuses it to those who may not see a rahasia complainant.
    m_letter->setVisible(work || manage);
    m_letter->setEnabled(m_complaint.status.settle.met());
}

void ComplaintFileView::runStep(Step step)
{
    if (m_complaint.id == 0)
        return;
    ComplaintStepDialog dialog(m_session, m_complaint, step, this);
    if (step == Step::Resume) {
        dialog.apply(); // nothing to ask
        if (dialog.result().id == 0) {
            m_error->setText(dialog.errorLabel()->text());
            m_error->show();
            return;
        }
    } else if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    show(m_complaint.id);
    Q_EMIT changed(m_complaint);
}

void ComplaintFileView::revealIdentity()
{
    auto person = ComplaintService(m_session.db, *m_session.clock).identity(m_session.actor, m_complaint.id);
    if (!person) {
        m_identity->setText(person.error().message);
        return;
    }
    QStringList parts;
    for (const QString &p : {person->name, person->phone, person->email, person->address}) {
        if (!p.isEmpty())
            parts << p;
    }
    m_identity->setText(tr("Complainant: %1").arg(parts.join(QStringLiteral(" · "))));
    m_identityButton->hide();
}

void ComplaintFileView::addAttachments()
{
    if (m_complaint.id == 0)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence"), QString(),
                                                            tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"));
    ComplaintService service(m_session.db, *m_session.clock);
    for (const QString &path : paths) {
        auto file = ComplaintAttachmentFile::read(path);
        if (!file) {
            m_error->setText(file.error().message);
            m_error->show();
            continue;
        }
        auto added = service.attach(m_session.actor, m_complaint.id, file.value());
        if (!added) {
            m_error->setText(added.error().message);
            m_error->show();
            return;
        }
    }
    if (!paths.isEmpty()) {
        show(m_complaint.id);
        Q_EMIT changed(m_complaint);
    }
}

void ComplaintFileView::openAttachment(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    auto data = ComplaintService(m_session.db, *m_session.clock).attachmentData(m_session.actor, m_files.at(row).id);
    if (!data) {
        m_error->setText(data.error().message);
        m_error->show();
        return;
    }
    // A private copy for the system viewer.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/loket-attachments");
    QDir().mkpath(folder);
    privatefiles::makePrivateFolder(folder);
    const QString path = folder + QLatin1Char('/') + m_files.at(row).name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data.value()) != data->size()) {
        m_error->setText(tr("The attachment could not be written to %1.").arg(folder));
        m_error->show();
        return;
    }
    f.close();
    privatefiles::makePrivate(path);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace loket::ui
