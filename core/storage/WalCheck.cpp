// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WalCheck.h"

#include <QFile>
#include <QtEndian>

namespace loket {

namespace {

constexpr int kHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;
constexpr quint32 kMagicLittle = 0x377f0682;
constexpr quint32 kMagicBig = 0x377f0683;
constexpr quint32 kFormatVersion = 3007000;

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

// SQLite's walChecksumBytes: pairs of 32-bit words, in the byte order the
// magic number names, added into (s0, s1).
void checksum(bool bigEndian, const char *data, int length, quint32 &s0, quint32 &s1)
{
    for (int i = 0; i + 8 <= length; i += 8) {
        const quint32 a = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 b = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s0 += a + s1;
        s1 += b + s0;
    }
}

} // namespace

WalCheck WalCheck::ofFile(const QString &walPath)
{
    QFile f(walPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return ofBytes(f.readAll());
}

WalCheck WalCheck::ofBytes(const QByteArray &wal)
{
    WalCheck r;
    if (wal.size() < kHeaderSize) {
        // SQLite reads a short file as an empty log; nothing was in it.
        return r;
    }
    const char *h = wal.constData();
    const quint32 magic = be32(h);
    const quint32 pageSize = be32(h + 8);
    const bool sizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    bool headerOk = (magic == kMagicLittle || magic == kMagicBig) && be32(h + 4) == kFormatVersion && sizeOk;
    const bool bigEndian = magic & 1;
    quint32 s0 = 0, s1 = 0;
    if (headerOk) {
        checksum(bigEndian, h, 24, s0, s1);
        headerOk = s0 == be32(h + 24) && s1 == be32(h + 28);
    }
    if (!headerOk) {
        // The whole log is ignored. Anything beyond the header was written
        // as frames of it: that is committed work SQLite throws away.
        r.badHeader = true;
        if (wal.size() > kHeaderSize + kFrameHeaderSize) {
            r.state = State::Damaged;
            r.firstBadFrame = 0;
            r.droppedFrames = sizeOk ? int((wal.size() - kHeaderSize) / (kFrameHeaderSize + pageSize)) : 0;
            r.droppedCommits = -1; // unknown
        }
        return r;
    }
    r.pageSize = int(pageSize);
    const quint32 salt1 = be32(h + 16);
    const quint32 salt2 = be32(h + 20);
    const qint64 frameSize = kFrameHeaderSize + qint64(pageSize);
    r.frames = int((wal.size() - kHeaderSize) / frameSize);

    int end = r.frames; // the first frame that does not verify
    bool endIsBadChecksum = false;
    for (int i = 0; i < r.frames; ++i) {
        const char *f = h + kHeaderSize + qint64(i) * frameSize;
        if (be32(f + 8) != salt1 || be32(f + 12) != salt2 || be32(f) == 0) {
            end = i;
            break;
        }
        quint32 t0 = s0, t1 = s1;
        checksum(bigEndian, f, 8, t0, t1);
        checksum(bigEndian, f + kFrameHeaderSize, int(pageSize), t0, t1);
        if (t0 != be32(f + 16) || t1 != be32(f + 20)) {
            end = i;
            endIsBadChecksum = true;
            break;
        }
        s0 = t0;
        s1 = t1;
        if (be32(f + 4) != 0)
            r.validFrames = i + 1;
    }

    // Frames of this log (its salts) at or after `end` are dropped. Frames of
    // an earlier log (other salts) left behind after a checkpoint are normal.
    int lastOfThisLog = -1;
    int lastCommit = -1;
    int dropped = 0;
    for (int i = end; i < r.frames; ++i) {
        const char *f = h + kHeaderSize + qint64(i) * frameSize;
        if (be32(f + 8) != salt1 || be32(f + 12) != salt2)
            continue;
        ++dropped;
        lastOfThisLog = i;
        if (be32(f + 4) != 0) {
            ++r.droppedCommits;
            lastCommit = i;
        }
    }
    if (!endIsBadChecksum && dropped == 0)
        return r; // the log simply ends here
    r.firstBadFrame = end;
    r.droppedFrames = dropped;
    // One unfinished transaction at the end (at most one commit, and nothing
    // written after it) is what a power cut during a write leaves.
    const bool onlyLastTransaction = r.droppedCommits == 0 || (r.droppedCommits == 1 && lastCommit == lastOfThisLog);
    r.state = onlyLastTransaction ? State::Torn : State::Damaged;
    return r;
}

} // namespace loket
