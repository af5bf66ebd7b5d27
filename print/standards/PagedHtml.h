// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <functional>

class QPagedPaintDevice;

namespace loket {

// HTML laid out on paper: a QTextDocument measured at a fixed 96 dpi (so
// "width=90" means the same on screen, in a PDF and on any printer) and
// painted page by page onto a QPrinter or QPdfWriter, with a small footer.
// Pages break between lines and, where a row fits on a page, between the
// rows of top-level tables, never through a row of a form.
class PagedHtml
{
public:
    PagedHtml();

    void addImage(const QString &name, const QImage &image); // referenced as <img src="name">
    void setFooter(const QString &text) { m_footer = text; } // "Page 1 of 2" is added on the right

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
    };

    void layOut(QPagedPaintDevice *device, const QString &html);
    QList<Span> pageBreaks() const; // the part of the document on each page

    QImage m_dpiReference; // gives the text layout its 96 dpi
    QTextDocument m_doc;
    QString m_footer;
    qreal m_scale = 1; // device pixels per layout pixel
    QSizeF m_page; // in layout pixels, without the footer
    qreal m_footerHeight = 0;
    QList<Span> m_pages;
};

} // namespace loket
