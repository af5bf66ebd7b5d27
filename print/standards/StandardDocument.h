// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeProfile.h"
#include "core/standards/StandardRecords.h"
#include "core/standards/StandardVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace loket {

// The printed forms of the standards: the A4 standard with letterhead, the
// 14 components and the head of office's signature; the one-page poster of
// the six public components for the counter wall; the Maklumat Pelayanan.
// Prints onto any QPagedPaintDevice: a QPdfWriter (StandardPdf, for the
// application's "Save as PDF" and loketctl) or the application's QPrinter.
class StandardDocument
{
    Q_DECLARE_TR_FUNCTIONS(StandardDocument)
public:
    enum class Kind { Standard, Poster };

    StandardDocument(OfficeProfile office, QDate printedOn);

    QString standardHtml(const StandardVersion &version) const;
    QString posterHtml(const StandardVersion &version, qreal scale = 1) const;
    // scale: larger type for the one-page printout, which fills the sheet.
    QString maklumatHtml(const Maklumat &maklumat, qreal scale = 1) const;

    // Each returns the number of pages printed; 0 when the painter cannot
    // start (no printer, a file that cannot be written).
    int printStandard(QPagedPaintDevice *device, const StandardVersion &version) const;
    int printPoster(QPagedPaintDevice *device, const StandardVersion &version) const;
    int printMaklumat(QPagedPaintDevice *device, const Maklumat &maklumat) const;

    // Sets A4 portrait with the margins these documents are made for.
    static void prepareA4(QPagedPaintDevice *device, Kind kind = Kind::Standard);
    // "19720514 199803 1 007": the way a NIP is written under a signature.
    static QString nipText(const QString &nip);

    // The office's kop surat (logo, names, address, the double rule) as HTML,
    // for the other documents on the letterhead (complaint receipts, letters
    // and reports). The logo is the image logoImageName(), to be added to the PagedHtml.
    QString letterhead(qreal scale = 1) const;
    static QString logoImageName();

private:
    QString signature(QDate signedOn, bool setByDecree) const;
    QString footer(const QString &what) const;

    OfficeProfile m_office;
    QDate m_printedOn;
};

} // namespace loket
