// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace loket {

// Whether the display board's voice works, as the board last reported it, for
// staff: the public board never shows it. The board writes it to the setting
// board.voice_status (JSON, see toJson) when it changes; the board settings
// page reads it. With several boards the last change of any of them is kept.
struct VoiceStatus {
    Q_DECLARE_TR_FUNCTIONS(VoiceStatus)
public:
    enum class State {
        Starting, // the speech helper is starting; calls chime meanwhile
        Voice, // calls are spoken
        ChimeOnly, // no voice for `reason`; the board retries by itself
        Off, // switched off in the board settings
    };
    // Why there is no voice (State::ChimeOnly).
    enum class Reason {
        None,
        NoHelper, // the speech helper program is missing or cannot run
        NoEngine, // no speech engine installed (speech-dispatcher)
        NoIndonesian, // the engine has no Indonesian voice (espeak-ng)
        EngineError, // the engine reports an error
        StartTimeout, // the engine did not start in time (speech-dispatcher hangs)
        Hung, // a sentence did not finish in time (no sound device, or a hung daemon)
        Crashed, // the speech helper stopped unexpectedly
    };

    State state = State::Starting;
    Reason reason = Reason::None;
    QString detail; // technical detail from the engine, untranslated; may be empty
    QDateTime at; // UTC, when the state began
    QString host; // the board's computer

    bool operator==(const VoiceStatus &o) const
    {
        return state == o.state && reason == o.reason && detail == o.detail && host == o.host;
    }

    // One sentence for staff: what happens and what to do.
    QString describe() const;
    static QString stateCode(State state); // "starting", "voice", "chime_only", "off"
    static QString reasonCode(Reason reason); // "none", "no_helper", …

    QString toJson() const;
    static std::optional<VoiceStatus> fromJson(const QString &json);

    // The stored status (nullopt: no board has reported yet).
    static std::optional<VoiceStatus> read(const DatabasePtr &db);
    // Writes board.voice_status. It may wait for the write lock: the board
    // calls it from a thread of its own, never from the one that draws.
    static Status write(const DatabasePtr &db, const VoiceStatus &status);
};

} // namespace loket
