// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/Complaint.h"

#include "core/common/CodeTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace loket {

namespace {

using codes::codeOf;
using codes::fromCode;
using codes::valuesOf;

const std::pair<IntakeChannel, const char *> kChannels[] = {
    {IntakeChannel::Langsung, "langsung"}, {IntakeChannel::Surat, "surat"},
    {IntakeChannel::Telepon, "telepon"}, {IntakeChannel::Sms, "sms"}, {IntakeChannel::Email, "email"},
    {IntakeChannel::Website, "website"}, {IntakeChannel::MediaSosial, "media_sosial"},
    {IntakeChannel::WhatsApp, "whatsapp"}, {IntakeChannel::KotakSaran, "kotak_saran"},
    {IntakeChannel::Lapor, "lapor"},
};
const std::pair<ComplaintType, const char *> kTypes[] = {
    {ComplaintType::Aspirasi, "aspirasi"}, {ComplaintType::Pengaduan, "pengaduan"},
    {ComplaintType::PermintaanInformasi, "permintaan_informasi"},
};
const std::pair<ComplaintTier, const char *> kTiers[] = {
    {ComplaintTier::Ringan, "ringan"}, {ComplaintTier::Normatif, "normatif"},
    {ComplaintTier::TidakBerkadarPengawasan, "tidak_berkadar_pengawasan"},
    {ComplaintTier::BerkadarPengawasan, "berkadar_pengawasan"},
};
const std::pair<ComplaintState, const char *> kStates[] = {
    {ComplaintState::Received, "received"}, {ComplaintState::Verified, "verified"},
    {ComplaintState::Assigned, "assigned"}, {ComplaintState::InFollowUp, "in_follow_up"},
    {ComplaintState::Waiting, "waiting"}, {ComplaintState::Responded, "responded"},
    {ComplaintState::Closed, "closed"}, {ComplaintState::Forwarded, "forwarded"},
    {ComplaintState::Archived, "archived"},
};
const std::pair<ComplaintEventKind, const char *> kEvents[] = {
    {ComplaintEventKind::Received, "received"}, {ComplaintEventKind::Verified, "verified"},
    {ComplaintEventKind::Assigned, "assigned"}, {ComplaintEventKind::Note, "note"},
    {ComplaintEventKind::Responded, "responded"}, {ComplaintEventKind::Waiting, "waiting"},
    {ComplaintEventKind::Resumed, "resumed"}, {ComplaintEventKind::Closed, "closed"},
    {ComplaintEventKind::Reopened, "reopened"}, {ComplaintEventKind::Attached, "attached"},
};
const std::pair<VerifyOutcome, const char *> kOutcomes[] = {
    {VerifyOutcome::Complete, "complete"}, {VerifyOutcome::Incomplete, "incomplete"},
    {VerifyOutcome::NotOurAuthority, "not_our_authority"}, {VerifyOutcome::Archived, "archived"},
};

} // namespace

QString channelCode(IntakeChannel c) { return codeOf(kChannels, c); }
std::optional<IntakeChannel> channelFromCode(const QString &code) { return fromCode(kChannels, code); }
QList<IntakeChannel> allChannels() { return valuesOf(kChannels); }
QString channelName(IntakeChannel c)
{
    switch (c) {
    case IntakeChannel::Langsung: return ComplaintText::tr("In person");
    case IntakeChannel::Surat: return ComplaintText::tr("Letter");
    case IntakeChannel::Telepon: return ComplaintText::tr("Telephone");
    case IntakeChannel::Sms: return ComplaintText::tr("SMS");
    case IntakeChannel::Email: return ComplaintText::tr("Email");
    case IntakeChannel::Website: return ComplaintText::tr("Website");
    case IntakeChannel::MediaSosial: return ComplaintText::tr("Social media");
    case IntakeChannel::WhatsApp: return ComplaintText::tr("WhatsApp");
    case IntakeChannel::KotakSaran: return ComplaintText::tr("Suggestion box");
    case IntakeChannel::Lapor: return ComplaintText::tr("SP4N-LAPOR!");
    }
    return {};
}

QString typeCode(ComplaintType t) { return codeOf(kTypes, t); }
std::optional<ComplaintType> typeFromCode(const QString &code) { return fromCode(kTypes, code); }
QList<ComplaintType> allTypes() { return valuesOf(kTypes); }
QString typeName(ComplaintType t)
{
    switch (t) {
    case ComplaintType::Aspirasi: return ComplaintText::tr("Aspiration");
    case ComplaintType::Pengaduan: return ComplaintText::tr("Complaint");
    case ComplaintType::PermintaanInformasi: return ComplaintText::tr("Request for information");
    }
    return {};
}

QString tierCode(ComplaintTier t) { return codeOf(kTiers, t); }
std::optional<ComplaintTier> tierFromCode(const QString &code) { return fromCode(kTiers, code); }
QList<ComplaintTier> allTiers() { return valuesOf(kTiers); }
QString tierName(ComplaintTier t)
{
    switch (t) {
    case ComplaintTier::Ringan: return ComplaintText::tr("Minor");
    case ComplaintTier::Normatif: return ComplaintText::tr("Normative");
    case ComplaintTier::TidakBerkadarPengawasan: return ComplaintText::tr("Without oversight content");
    case ComplaintTier::BerkadarPengawasan: return ComplaintText::tr("With oversight content");
    }
    return {};
}

QString stateCode(ComplaintState s) { return codeOf(kStates, s); }
std::optional<ComplaintState> stateFromCode(const QString &code) { return fromCode(kStates, code); }
QList<ComplaintState> allStates() { return valuesOf(kStates); }
QString stateName(ComplaintState s)
{
    switch (s) {
    case ComplaintState::Received: return ComplaintText::tr("Received");
    case ComplaintState::Verified: return ComplaintText::tr("Verified");
    case ComplaintState::Assigned: return ComplaintText::tr("Assigned");
    case ComplaintState::InFollowUp: return ComplaintText::tr("In follow-up");
    case ComplaintState::Waiting: return ComplaintText::tr("Waiting for the complainant");
    case ComplaintState::Responded: return ComplaintText::tr("Response sent");
    case ComplaintState::Closed: return ComplaintText::tr("Closed");
    case ComplaintState::Forwarded: return ComplaintText::tr("Forwarded");
    case ComplaintState::Archived: return ComplaintText::tr("Archived");
    }
    return {};
}

bool isOpen(ComplaintState s)
{
    return s != ComplaintState::Closed && s != ComplaintState::Forwarded && s != ComplaintState::Archived;
}

QString eventKindCode(ComplaintEventKind k) { return codeOf(kEvents, k); }
std::optional<ComplaintEventKind> eventKindFromCode(const QString &code) { return fromCode(kEvents, code); }
QString eventKindName(ComplaintEventKind k)
{
    switch (k) {
    case ComplaintEventKind::Received: return ComplaintText::tr("Received");
    case ComplaintEventKind::Verified: return ComplaintText::tr("Verified");
    case ComplaintEventKind::Assigned: return ComplaintText::tr("Assigned");
    case ComplaintEventKind::Note: return ComplaintText::tr("Follow-up note");
    case ComplaintEventKind::Responded: return ComplaintText::tr("Response sent");
    case ComplaintEventKind::Waiting: return ComplaintText::tr("Waiting for the complainant");
    case ComplaintEventKind::Resumed: return ComplaintText::tr("Resumed");
    case ComplaintEventKind::Closed: return ComplaintText::tr("Closed");
    case ComplaintEventKind::Reopened: return ComplaintText::tr("Reopened");
    case ComplaintEventKind::Attached: return ComplaintText::tr("Attachment added");
    }
    return {};
}

QString verifyOutcomeCode(VerifyOutcome o) { return codeOf(kOutcomes, o); }
std::optional<VerifyOutcome> verifyOutcomeFromCode(const QString &code) { return fromCode(kOutcomes, code); }
QString verifyOutcomeName(VerifyOutcome o)
{
    switch (o) {
    case VerifyOutcome::Complete: return ComplaintText::tr("Complete");
    case VerifyOutcome::Incomplete: return ComplaintText::tr("Incomplete: waiting for the complainant");
    case VerifyOutcome::NotOurAuthority: return ComplaintText::tr("Not our authority: forwarded");
    case VerifyOutcome::Archived: return ComplaintText::tr("Archived");
    }
    return {};
}

QString eventKindLabel(const QString &code)
{
    const auto k = eventKindFromCode(code);
    return k ? eventKindName(*k) : code;
}

QString ComplaintEvent::summary() const
{
    const auto text = [this](const char *key) { return detail.value(QLatin1String(key)).toString(); };
    switch (kind) {
    case ComplaintEventKind::Verified:
        return verifyOutcomeName(verifyOutcomeFromCode(text("outcome")).value_or(VerifyOutcome::Complete));
    case ComplaintEventKind::Assigned:
        return eventKindName(kind) + QStringLiteral(": ") + detail.value(QStringLiteral("assignee_name")).toString(text("assignee"));
    case ComplaintEventKind::Attached:
        return eventKindName(kind) + QStringLiteral(": ") + text("name");
    case ComplaintEventKind::Closed:
        return text("how") == QLatin1String("automatic") ? ComplaintText::tr("Closed automatically") : eventKindName(kind);
    case ComplaintEventKind::Responded:
        return detail.contains(QStringLiteral("letter_number"))
            ? ComplaintText::tr("%1 (letter %2)").arg(eventKindName(kind), text("letter_number"))
            : eventKindName(kind);
    default:
        return eventKindName(kind);
    }
}

Result<ComplaintAttachmentFile> ComplaintAttachmentFile::read(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, ComplaintText::tr("%1 is a folder, not a file.").arg(name));
    if (info.size() > 64LL * 1024 * 1024)
        return makeError(ErrorCode::InvalidInput, ComplaintText::tr("The file %1 is far too large to attach.").arg(name));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, ComplaintText::tr("The file %1 cannot be read. Check that it exists and that you may open it.")
                                            .arg(QDir::toNativeSeparators(path)), f.errorString());
    return ComplaintAttachmentFile {name, f.readAll()};
}

} // namespace loket
