// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace loket {

enum class QrErrorCorrection { L, M, Q, H };

// The modules of a QR code (model 2, byte mode), made with libqrencode, for
// renderers that draw the code themselves: ESC/POS raster, QPainter.
class QrMatrix
{
    Q_DECLARE_TR_FUNCTIONS(QrMatrix)
public:
    static Result<QrMatrix> encode(const QByteArray &data, QrErrorCorrection level = QrErrorCorrection::M);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

private:
    QrMatrix() = default;
    int m_size = 0;
    QByteArray m_modules; // row by row, one byte per module, 1 = dark
};

} // namespace loket
