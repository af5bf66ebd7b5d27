// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace loket {

// Verifies a SQLite write-ahead log (the "-wal" file) the way SQLite's
// recovery reads it (https://sqlite.org/fileformat2.html#walformat): the
// 32-byte header (magic 0x377f0682/0x377f0683, version, page size, salts,
// checksum), then frames of a 24-byte header and one page, each with the
// cumulative checksum of everything before it. SQLite uses the frames up to
// the last commit before the first frame that does not verify and drops the
// rest without a word, so a damaged frame silently loses every transaction
// committed after it. This tells whether that would happen.
struct WalCheck {
    enum class State {
        Clean,   // nothing committed would be dropped (or no log at all)
        Torn,    // only the last transaction would be dropped: what a power cut
                 // in the middle of a write leaves, normally never acknowledged
        Damaged, // transactions committed after a bad frame would be dropped
    };
    State state = State::Clean;
    int pageSize = 0;
    int frames = 0;          // whole frames in the file
    int validFrames = 0;     // frames SQLite will use (up to the last good commit)
    int firstBadFrame = -1;  // 0-based; -1 when every frame of this log verifies
    int droppedFrames = 0;   // frames of this log (its salts) at or after the bad one
    int droppedCommits = 0;  // commit frames among them: transactions lost
    bool badHeader = false;  // the header itself does not verify: SQLite ignores the whole file

    static WalCheck ofBytes(const QByteArray &wal);
    static WalCheck ofFile(const QString &walPath);
};

} // namespace loket
