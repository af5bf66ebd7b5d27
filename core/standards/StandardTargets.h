// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/stats/QueueStatistics.h"
#include "core/storage/Database.h"

namespace loket {

// The service-time target the queue statistics measure against: the time of
// the standard in force on each day (minutes or hours). A service without a
// standard in force that day, or whose standard counts in working days (a
// promise about the whole request, not the time at the counter), keeps the
// service's own target (services.target_minutes).
Result<ServiceTargetFunction> standardServiceTargets(const DatabasePtr &db);

} // namespace loket
