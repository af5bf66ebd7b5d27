// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/EscPosDecoder.h"

namespace loket {

namespace {

using Kind = EscPosCommand::Kind;

constexpr uchar kEsc = 0x1B;
constexpr uchar kGs = 0x1D;
constexpr uchar kLf = 0x0A;

EscPosCommand make(Kind kind, int a = 0, int b = 0, int c = 0, QByteArray data = {})
{
    return EscPosCommand { kind, a, b, c, std::move(data) };
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    bool has(qsizetype count) const { return m_pos + count <= m_bytes.size(); }
    int at(qsizetype offset) const { return uchar(m_bytes.at(m_pos + offset)); }
    QByteArray take(qsizetype count)
    {
        const QByteArray part = m_bytes.mid(m_pos, count);
        m_pos += count;
        return part;
    }
    QByteArray rest() { return take(m_bytes.size() - m_pos); }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

EscPosCommand readEsc(Reader &r)
{
    if (!r.has(2))
        return make(Kind::Unknown, 0, 0, 0, r.rest());
    const int op = r.at(1);
    if (op == '@') {
        r.take(2);
        return make(Kind::Init);
    }
    // The single-parameter ESC commands a ticket may contain.
    static const QByteArray oneParameter("tRaEd!-JM3GV");
    if (!oneParameter.contains(char(op)))
        return make(Kind::Unknown, 0, 0, 0, r.take(2));
    if (!r.has(3))
        return make(Kind::Unknown, 0, 0, 0, r.rest());
    const int n = r.at(2);
    const QByteArray raw = r.take(3);
    switch (op) {
    case 't':
        return make(Kind::CodePage, n);
    case 'R':
        return make(Kind::Charset, n);
    case 'a':
        return make(Kind::Align, n % 48); // 0/1/2 or '0'/'1'/'2'
    case 'E':
        return make(Kind::Bold, n & 1);
    case 'd':
        return make(Kind::FeedLines, n);
    default:
        return make(Kind::Unknown, 0, 0, 0, raw);
    }
}

EscPosCommand readQrFunction(const QByteArray &params, int declaredLength, const QByteArray &raw)
{
    // params: cn fn [arguments]
    if (params.size() < 2 || uchar(params.at(0)) != 49)
        return make(Kind::Unknown, 0, 0, 0, raw);
    const int fn = uchar(params.at(1));
    const int arg = params.size() > 2 ? uchar(params.at(2)) : -1;
    switch (fn) {
    case 65:
        return make(Kind::QrModel, arg - 48);
    case 67:
        return make(Kind::QrModuleSize, arg);
    case 69:
        return make(Kind::QrErrorLevel, arg);
    case 80:
        return make(Kind::QrStore, declaredLength, 0, 0, params.mid(3));
    case 81:
        return make(Kind::QrPrint);
    default:
        return make(Kind::Unknown, 0, 0, 0, raw);
    }
}

EscPosCommand readGs(Reader &r)
{
    if (!r.has(3))
        return make(Kind::Unknown, 0, 0, 0, r.rest());
    const int op = r.at(1);
    if (op == '!') {
        const int n = r.at(2);
        r.take(3);
        return make(Kind::Size, (n >> 4) + 1, (n & 0x0F) + 1);
    }
    if (op == '(') {
        // GS ( x pL pH …: every function of this family counts its own length.
        if (!r.has(5))
            return make(Kind::Unknown, 0, 0, 0, r.rest());
        const int length = r.at(3) + 256 * r.at(4);
        if (!r.has(5 + length))
            return make(Kind::Unknown, 0, 0, 0, r.rest());
        const bool qr = r.at(2) == 'k';
        const QByteArray raw = r.take(5 + length);
        if (!qr)
            return make(Kind::Unknown, 0, 0, 0, raw);
        return readQrFunction(raw.mid(5), length, raw);
    }
    if (op == 'v' && r.at(2) == '0') {
        if (!r.has(8))
            return make(Kind::Unknown, 0, 0, 0, r.rest());
        const int m = r.at(3);
        const int rowBytes = r.at(4) + 256 * r.at(5);
        const int rows = r.at(6) + 256 * r.at(7);
        if (!r.has(8 + qsizetype(rowBytes) * rows))
            return make(Kind::Unknown, 0, 0, 0, r.rest());
        r.take(8);
        return make(Kind::Raster, rowBytes, rows, m, r.take(qsizetype(rowBytes) * rows));
    }
    if (op == 'V') {
        const int m = r.at(2);
        const bool withFeed = m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104;
        if (!withFeed) {
            r.take(3);
            return make(Kind::Cut, m);
        }
        if (!r.has(4))
            return make(Kind::Unknown, 0, 0, 0, r.rest());
        const int n = r.at(3);
        r.take(4);
        return make(Kind::Cut, m, n);
    }
    return make(Kind::Unknown, 0, 0, 0, r.take(2));
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

QString quoted(const QByteArray &data)
{
    QString s;
    for (char ch : data) {
        const uchar u = uchar(ch);
        if (u >= 0x20 && u < 0x7F && u != '\\' && u != '\'')
            s += QLatin1Char(ch);
        else
            s += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString alignName(int a)
{
    switch (a) {
    case 0:
        return QStringLiteral("left");
    case 1:
        return QStringLiteral("center");
    case 2:
        return QStringLiteral("right");
    }
    return QString::number(a);
}

QString errorLevelName(int n)
{
    switch (n) {
    case 48:
        return QStringLiteral("L");
    case 49:
        return QStringLiteral("M");
    case 50:
        return QStringLiteral("Q");
    case 51:
        return QStringLiteral("H");
    }
    return QString::number(n);
}

QString cutName(const EscPosCommand &c)
{
    const bool full = c.a == 0 || c.a == 48 || c.a == 65 || c.a == 97 || c.a == 103;
    QString s = full ? QStringLiteral("full") : QStringLiteral("partial");
    if (c.b > 0)
        s += QStringLiteral(" +%1").arg(c.b);
    return s;
}

} // namespace

QList<EscPosCommand> EscPosDecoder::decode(const QByteArray &bytes)
{
    QList<EscPosCommand> commands;
    Reader r(bytes);
    while (!r.atEnd()) {
        const int b = r.at(0);
        if (b == kLf) {
            r.take(1);
            commands.append(make(Kind::LineFeed));
        } else if (b == kEsc) {
            commands.append(readEsc(r));
        } else if (b == kGs) {
            commands.append(readGs(r));
        } else if (b < 0x20) {
            commands.append(make(Kind::Unknown, 0, 0, 0, r.take(1)));
        } else {
            qsizetype n = 1;
            while (r.has(n + 1) && r.at(n) >= 0x20)
                ++n;
            commands.append(make(Kind::Text, 0, 0, 0, r.take(n)));
        }
    }
    return commands;
}

QString EscPosDecoder::dump(const QByteArray &bytes)
{
    QString out;
    auto token = [&out](const QString &t) {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')) && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
        out += QLatin1Char('[') + t + QStringLiteral("] ");
    };
    // The QR settings are shown together with the data when the code is printed.
    QString qrModel, qrSize, qrLevel;
    QByteArray qrData;
    bool qrStored = false;
    for (const EscPosCommand &c : decode(bytes)) {
        switch (c.kind) {
        case Kind::Text:
            out += QString::fromLatin1(c.data);
            break;
        case Kind::LineFeed:
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out += QLatin1Char('\n');
            break;
        case Kind::Init:
            token(QStringLiteral("INIT"));
            break;
        case Kind::CodePage:
            token(QStringLiteral("CODEPAGE %1").arg(c.a));
            break;
        case Kind::Charset:
            token(QStringLiteral("CHARSET %1").arg(c.a));
            break;
        case Kind::Align:
            token(QStringLiteral("ALIGN ") + alignName(c.a));
            break;
        case Kind::Bold:
            token(c.a ? QStringLiteral("BOLD on") : QStringLiteral("BOLD off"));
            break;
        case Kind::Size:
            token(QStringLiteral("SIZE %1x%2").arg(c.a).arg(c.b));
            break;
        case Kind::FeedLines:
            token(QStringLiteral("FEED %1").arg(c.a));
            break;
        case Kind::QrModel:
            qrModel = QStringLiteral("model%1").arg(c.a);
            break;
        case Kind::QrModuleSize:
            qrSize = QStringLiteral("size%1").arg(c.a);
            break;
        case Kind::QrErrorLevel:
            qrLevel = QStringLiteral("ec") + errorLevelName(c.a);
            break;
        case Kind::QrStore:
            qrData = c.data;
            qrStored = true;
            break;
        case Kind::QrPrint: {
            QStringList parts { QStringLiteral("QR") };
            for (const QString &p : { qrModel, qrSize, qrLevel }) {
                if (!p.isEmpty())
                    parts << p;
            }
            parts << (qrStored ? quoted(qrData) : QStringLiteral("(no data stored)"));
            token(parts.join(QLatin1Char(' ')));
            qrStored = false;
            break;
        }
        case Kind::Raster:
            token(QStringLiteral("RASTER %1x%2 dots").arg(c.a * 8).arg(c.b));
            break;
        case Kind::Cut:
            token(QStringLiteral("CUT ") + cutName(c));
            break;
        case Kind::Unknown:
            token(QStringLiteral("? ") + hex(c.data));
            break;
        }
    }
    if (qrStored)
        token(QStringLiteral("QR stored but not printed ") + quoted(qrData));
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList EscPosDecoder::textLines(const QList<EscPosCommand> &commands)
{
    QStringList lines;
    QString line;
    bool open = false;
    for (const EscPosCommand &c : commands) {
        if (c.kind == Kind::Text) {
            line += QString::fromLatin1(c.data);
            open = true;
        } else if (c.kind == Kind::LineFeed) {
            lines << line;
            line.clear();
            open = false;
        }
    }
    if (open)
        lines << line;
    return lines;
}

} // namespace loket
