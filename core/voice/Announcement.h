// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

class SettingsStore;

// How the digits of a ticket number are read: "A nol nol satu" or "A satu".
enum class NumberReading { Digits, Words };

QString numberReadingCode(NumberReading reading); // "digits", "words" (setting board.number_reading)
std::optional<NumberReading> numberReadingFromCode(const QString &code);

// The sentence the display board says when a ticket is called, e.g.
// "Nomor antrian A nol nol satu, silakan menuju loket dua".
//
// The template is the office's own wording, in Indonesian whatever the
// language of the screens, because it is spoken to citizens. Placeholders:
// {nomor} the ticket number as spoken, {loket} the counter number in words,
// {layanan} the service name.
class Announcement
{
    Q_DECLARE_TR_FUNCTIONS(Announcement)
public:
    explicit Announcement(QString templateText = defaultTemplate(), NumberReading reading = NumberReading::Digits);

    // The office's wording and reading from board.announcement_template and
    // board.number_reading; a stored template that fails validateTemplate()
    // is replaced by the default, so the board never says something broken.
    static Announcement fromSettings(const SettingsStore &settings);

    static QString defaultTemplate();
    static QStringList placeholders(); // "{nomor}", "{loket}", "{layanan}"
    // Acceptable: names {nomor}, uses no other placeholder, fits 300 characters.
    static Status validateTemplate(const QString &text);

    QString templateText() const { return m_template; }
    NumberReading reading() const { return m_reading; }

    QString phrase(const QString &ticketNumber, int counterNumber, const QString &serviceName = {}) const;

    // "A-001" → "A nol nol satu" (Digits) or "A satu" (Words). Letters stay
    // single capitals, which speech engines read by their names ("be", "ce").
    static QString spokenTicket(const QString &ticketNumber, NumberReading reading);

private:
    QString m_template;
    NumberReading m_reading;
};

} // namespace loket
