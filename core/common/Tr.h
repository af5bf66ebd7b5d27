// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core classes that speak to the user declare
//     Q_DECLARE_TR_FUNCTIONS(ClassName)
// and call tr("…"); free functions call
//     QCoreApplication::translate("loket", "…")
// with a string literal, so that lupdate finds every message.
#include <QCoreApplication>
