// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace loket {

// HTML laid out on paper: a QTextDocument measured at a fixed 96 dpi (so
// "width=90" means the same on screen, in a PDF and on any printer) and
// painted page by page onto a QPrinter or QPdfWriter, with a small footer.
// Pages break between lines and, where a row fits on a page, between the
// rows of top-level tables, never through a row of a form. A paragraph
// styled "page-break-before: always" starts a new page.
class PagedHtml
{
public:
    PagedHtml();

    void addImage(const QString &name, const QImage &image); // referenced as <img src="name">
    // A drawing painted with QPainter where <img src="name" width=W height=H>
    // stands (W × H layout pixels): vector paths and text in a PDF, not a raster image.
    using Drawing = std::function<void(QPainter &painter, const QRectF &rect)>;
    void addDrawing(const QString &name, const Drawing &paint);
    void setFooter(const QString &text) { m_footer = text; } // "Page 1 of 2" is added on the right
    // Tables with a <thead>: its rows are painted again at the top of each
    // page the table continues on, and never left alone at the foot of a page.
    void setRepeatTableHeaders(bool on) { m_repeatHeaders = on; }
    // Large pale text across every page, under the content (e.g. "DRAF").
    void setWatermark(const QString &text) { m_watermark = text; }

    // Lays out `html` for the device's page and paints every page.
    // Returns false when the painter cannot start (no printer, unwritable file).
    bool print(QPagedPaintDevice *device, const QString &html);
    // For a one-page sheet: builds the HTML with a scale from `maxScale`
    // down to `minScale` until it fits one page, then prints that.
    bool printOnOnePage(QPagedPaintDevice *device, const std::function<QString(qreal)> &html, qreal maxScale = 1,
        qreal minScale = 0.45);

    // Pages `html` takes on the device's page.
    int pageCount(QPagedPaintDevice *device, const QString &html);
    // The pages of the last layout (the last print).
    int pages() const { return int(m_pages.size()); }

private:
    struct Span {
        qreal top = 0;
        qreal bottom = 0;
        // The table header painted above the page's part (repeated headers); empty when none.
        qreal headTop = 0;
        qreal headBottom = 0;
        // Painted below `bottom` too: the bottom rule of a table row the page ends with.
        qreal rule = 0;
        bool beforeBreak = false; // the page ends where a paragraph asks for a new page
        qreal headHeight() const { return headBottom - headTop; }
    };
    // A top-level table's header rows and the body under them.
    struct TableHead {
        qreal top = 0;       // the header's top
        qreal bodyTop = 0;   // the first body row's top
        qreal firstRowBottom = 0;
        qreal bottom = 0;    // the last row's bottom
    };

    void layOut(QPagedPaintDevice *device, const QString &html);
    void placeDrawings(); // the <img> of each drawing becomes a drawn object
    QList<Span> pageBreaks() const; // the part of the document on each page

    QImage m_dpiReference; // gives the text layout its 96 dpi
    QTextDocument m_doc;
    QString m_footer;
    QString m_watermark;
    bool m_repeatHeaders = false;
    qreal m_scale = 1; // device pixels per layout pixel
    QSizeF m_page; // in layout pixels, without the footer
    qreal m_footerHeight = 0;
    QList<Span> m_pages;
    std::shared_ptr<QObject> m_drawings; // the text object handler painting the drawings
};

} // namespace loket
