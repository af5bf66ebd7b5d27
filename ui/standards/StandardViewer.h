// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardVersion.h"

#include <QTextBrowser>

namespace loket::ui {

// One version of a standard on screen, in type large enough to read out to a
// citizen across the counter: the six published components first, then the
// eight internal ones.
class StandardViewer : public QTextBrowser
{
    Q_OBJECT
public:
    explicit StandardViewer(QWidget *parent = nullptr);

    void showVersion(const StandardVersion &version, QDate today);
    void showNothing(const QString &text);

    static QString html(const StandardVersion &version, QDate today);
};

} // namespace loket::ui
