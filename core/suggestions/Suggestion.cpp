// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggestions/Suggestion.h"

#include "core/common/CodeTable.h"
#include "core/common/SurveyElements.h"

#include <utility>

namespace loket {

namespace {

using codes::codeOf;
using codes::fromCode;

const std::pair<SlipKind, const char *> kKinds[] = {
    {SlipKind::Pengaduan, "pengaduan"}, {SlipKind::Saran, "saran"}, {SlipKind::Apresiasi, "apresiasi"},
    {SlipKind::Pertanyaan, "pertanyaan"}, {SlipKind::Kosong, "kosong"},
};
const std::pair<SlipDecision, const char *> kDecisions[] = {
    {SlipDecision::TindakLanjut, "tindak_lanjut"}, {SlipDecision::Dijawab, "dijawab"},
    {SlipDecision::Arsip, "arsip"}, {SlipDecision::Lapor, "lapor"},
    {SlipDecision::BukanKewenangan, "bukan_kewenangan"},
};
const std::pair<SealCondition, const char *> kSeals[] = {
    {SealCondition::Utuh, "utuh"}, {SealCondition::Rusak, "rusak"},
};
const std::pair<MemberRole, const char *> kRoles[] = {
    {MemberRole::Opener, "opener"}, {MemberRole::Witness, "witness"},
};

} // namespace

QString slipKindCode(SlipKind k) { return codeOf(kKinds, k); }
std::optional<SlipKind> slipKindFromCode(const QString &code) { return fromCode(kKinds, code); }
QList<SlipKind> allSlipKinds()
{
    return {SlipKind::Pengaduan, SlipKind::Saran, SlipKind::Apresiasi, SlipKind::Pertanyaan, SlipKind::Kosong};
}
QString slipKindName(SlipKind k)
{
    switch (k) {
    case SlipKind::Pengaduan: return SuggestionText::tr("Complaint");
    case SlipKind::Saran: return SuggestionText::tr("Suggestion");
    case SlipKind::Apresiasi: return SuggestionText::tr("Appreciation");
    case SlipKind::Pertanyaan: return SuggestionText::tr("Question");
    case SlipKind::Kosong: return SuggestionText::tr("Empty or not relevant");
    }
    return {};
}

QString slipDecisionCode(SlipDecision d) { return codeOf(kDecisions, d); }
std::optional<SlipDecision> slipDecisionFromCode(const QString &code) { return fromCode(kDecisions, code); }
QList<SlipDecision> allSlipDecisions()
{
    return {SlipDecision::TindakLanjut, SlipDecision::Dijawab, SlipDecision::Arsip, SlipDecision::Lapor,
            SlipDecision::BukanKewenangan};
}
QString slipDecisionName(SlipDecision d)
{
    switch (d) {
    case SlipDecision::TindakLanjut: return SuggestionText::tr("To the follow-up team");
    case SlipDecision::Dijawab: return SuggestionText::tr("Answered directly");
    case SlipDecision::Arsip: return SuggestionText::tr("Archived");
    case SlipDecision::Lapor: return SuggestionText::tr("Forwarded to SP4N-LAPOR!");
    case SlipDecision::BukanKewenangan: return SuggestionText::tr("Not our authority");
    }
    return {};
}

QString sealCode(SealCondition s) { return codeOf(kSeals, s); }
std::optional<SealCondition> sealFromCode(const QString &code) { return fromCode(kSeals, code); }
QString sealName(SealCondition s)
{
    return s == SealCondition::Utuh ? SuggestionText::tr("Intact") : SuggestionText::tr("Broken");
}

QString memberRoleCode(MemberRole r) { return codeOf(kRoles, r); }
std::optional<MemberRole> memberRoleFromCode(const QString &code) { return fromCode(kRoles, code); }
QString memberRoleName(MemberRole r)
{
    return r == MemberRole::Opener ? SuggestionText::tr("Opening team") : SuggestionText::tr("Witness");
}

QString sessionStateCode(SessionState s)
{
    return s == SessionState::Signed ? QStringLiteral("signed") : QStringLiteral("draft");
}
QString sessionStateName(SessionState s)
{
    return s == SessionState::Signed ? SuggestionText::tr("Signed") : SuggestionText::tr("Draft");
}

bool isSurveyElement(const QString &code) { return SurveyElements::isCode(code); }
QString surveyElementName(const QString &code) { return SurveyElements::label(code); }

QString followStateName(FollowState s)
{
    switch (s) {
    case FollowState::Draft: return SuggestionText::tr("Not signed yet");
    case FollowState::Done: return SuggestionText::tr("Done");
    case FollowState::Pending: return SuggestionText::tr("In progress");
    case FollowState::Overdue: return SuggestionText::tr("Overdue");
    }
    return {};
}

int SuggestionSession::witnessCount() const
{
    int n = 0;
    for (const SessionMember &m : members)
        n += m.role == MemberRole::Witness ? 1 : 0;
    return n;
}

int SuggestionSession::openerCount() const
{
    int n = 0;
    for (const SessionMember &m : members)
        n += m.role == MemberRole::Opener ? 1 : 0;
    return n;
}

} // namespace loket
