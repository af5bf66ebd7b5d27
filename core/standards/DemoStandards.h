// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardContent.h"
#include "core/storage/Database.h"

#include <QStringList>

#include <optional>

namespace loket {

// The service codes the demo knows a standard for: KTP, KK, KIA, PINDAH,
// SKD, SKTM, AHLIWARIS, LEGAL.
QStringList demoStandardCodes();
// A complete, realistic standard for one of those codes.
std::optional<StandardContent> demoStandardContent(const QString &code);

// Fills the register for a demo office, with dates relative to the clock:
// standards set by decree about 20 months ago (KK revised 8 months ago), one
// public consultation covering them all, publications on several media (not
// all on SIPPN), reviews 3 months ago — except SKTM, never reviewed and so
// overdue, and LEGAL, due within the month — and a signed Maklumat.
// Codes default to demoStandardCodes(); services missing from the database,
// or that already have a standard, are skipped. Returns how many services
// received a standard. Needs Permission::ManageStandards (Actor::system() will do).
Result<int> seedDemoStandards(
    const DatabasePtr &db, const Actor &actor, const Clock &clock, const QStringList &serviceCodes = {});

} // namespace loket
