// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace loket::ui {

// The look of Loket: font, palette and the application style sheet.
void applyStyle(QApplication &app);

// A page title in the house style.
QLabel *makePageTitle(const QString &text, QWidget *parent = nullptr);
// A muted one-line explanation under a title or a field.
QLabel *makeHint(const QString &text, QWidget *parent = nullptr);

} // namespace loket::ui
