// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/QrMatrix.h"

#include <qrencode.h>

#include <memory>

namespace loket {

Result<QrMatrix> QrMatrix::encode(const QByteArray &data, QrErrorCorrection level)
{
    if (data.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The QR code has no content. Give the text it should hold."));
    QRecLevel ec = QR_ECLEVEL_M;
    switch (level) {
    case QrErrorCorrection::L:
        ec = QR_ECLEVEL_L;
        break;
    case QrErrorCorrection::M:
        ec = QR_ECLEVEL_M;
        break;
    case QrErrorCorrection::Q:
        ec = QR_ECLEVEL_Q;
        break;
    case QrErrorCorrection::H:
        ec = QR_ECLEVEL_H;
        break;
    }
    // Byte mode, smallest version that holds the data: what printers' native
    // GS ( k does too, so both paths give codes of the same size.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, ec),
        &QRcode_free);
    if (!code) {
        return makeError(ErrorCode::InvalidInput,
            tr("The QR code content is too long (%1 bytes). Use a shorter text or link.").arg(data.size()));
    }
    QrMatrix m;
    m.m_size = code->width;
    m.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = char(code->data[i] & 1); // bit 0 is "dark"; the other bits are encoder bookkeeping
    return m;
}

} // namespace loket
