// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/standards/PagedHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextObjectInterface>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace loket {

namespace {

constexpr qreal kLayoutDpi = 96;
constexpr int kDotsPerMeter = 3780; // 96 dpi
constexpr int kDrawingObject = QTextFormat::UserObject + 12;
constexpr int kDrawingName = QTextFormat::UserProperty + 12;

// Paints the drawings where their <img> stood, with the painter the page is painted with.
class DrawingHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    QHash<QString, PagedHtml::Drawing> drawings;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        return QSizeF(image.width(), image.height());
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const auto it = drawings.constFind(format.stringProperty(kDrawingName));
        if (it == drawings.constEnd())
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        (*it)(*painter, rect);
        painter->restore();
    }
};

} // namespace

PagedHtml::PagedHtml()
    : m_dpiReference(1, 1, QImage::Format_ARGB32)
{
    m_dpiReference.setDotsPerMeterX(kDotsPerMeter);
    m_dpiReference.setDotsPerMeterY(kDotsPerMeter);
    m_doc.documentLayout()->setPaintDevice(&m_dpiReference);
    // Hinted metrics at 96 dpi would be scaled up by the printer and drift.
    m_doc.setUseDesignMetrics(true);
    m_doc.setDocumentMargin(0);
}

void PagedHtml::addImage(const QString &name, const QImage &image)
{
    m_doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
}

void PagedHtml::addDrawing(const QString &name, const Drawing &paint)
{
    if (!m_drawings) {
        auto handler = std::make_shared<DrawingHandler>();
        m_doc.documentLayout()->registerHandler(kDrawingObject, handler.get());
        m_drawings = handler;
    }
    static_cast<DrawingHandler *>(m_drawings.get())->drawings.insert(name, paint);
}

void PagedHtml::placeDrawings()
{
    if (!m_drawings)
        return;
    const auto &drawings = static_cast<DrawingHandler *>(m_drawings.get())->drawings;
    QList<std::pair<QTextFragment, QTextImageFormat>> found;
    for (QTextBlock b = m_doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!drawings.contains(format.name()))
                continue;
            format.setObjectType(kDrawingObject);
            format.setProperty(kDrawingName, format.name());
            found.append({fragment, format});
        }
    }
    for (const auto &[fragment, format] : found) {
        QTextCursor cursor(&m_doc);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

void PagedHtml::layOut(QPagedPaintDevice *device, const QString &html)
{
    m_scale = device->logicalDpiY() / kLayoutDpi;
    m_footerHeight = m_footer.isEmpty() ? 0 : 26;
    m_page = QSizeF(device->width() / m_scale, device->height() / m_scale - m_footerHeight);
    m_doc.setHtml(html);
    placeDrawings();
    // One long page: the breaks are chosen below, where they hurt least.
    m_doc.setTextWidth(m_page.width());
    m_pages = pageBreaks();
}

QList<PagedHtml::Span> PagedHtml::pageBreaks() const
{
    const QAbstractTextDocumentLayout *layout = m_doc.documentLayout();
    QList<Span> lines;
    QList<qreal> forced; // tops of the paragraphs that start a page (page-break-before: always)
    for (QTextBlock b = m_doc.begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            forced << rect.top();
        const QTextLayout *text = b.layout();
        for (int i = 0; text && i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            lines << Span { rect.top() + line.y(), rect.top() + line.y() + line.height() };
        }
    }
    QList<Span> rows;
    QList<TableHead> heads;
    for (QTextFrame *frame : m_doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const qreal inset = table->format().cellPadding() + table->format().border() + 1;
        const int headerRows = m_repeatHeaders ? table->format().headerRowCount() : 0;
        const qsizetype firstRow = rows.size();
        for (int r = 0; r < table->rows(); ++r) {
            // From the top of the row's border to the bottom of its text:
            // the rows' borders overlap, their texts do not.
            Span row { 1e12, -1e12 };
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const int end = cell.lastCursorPosition().position();
                for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= end;
                     b = b.next()) {
                    const QRectF rect = layout->blockBoundingRect(b);
                    row.top = std::min(row.top, rect.top() - inset);
                    row.bottom = std::max(row.bottom, rect.bottom());
                }
            }
            row.rule = table->format().border() + 1; // its bottom border, short of the next row's text
            if (row.top < row.bottom)
                rows << row;
        }
        if (headerRows > 0 && rows.size() - firstRow > headerRows) {
            const Span &last = rows.last();
            heads << TableHead { rows.at(firstRow).top, rows.at(firstRow + headerRows).top,
                rows.at(firstRow + headerRows).bottom, last.bottom };
        }
    }

    const qreal height = layout->documentSize().height();
    QList<Span> pages;
    qreal top = 0;
    while (top < height - 0.5) {
        // A page that starts inside a table's body starts with the table's header.
        Span page { top, top };
        for (const TableHead &head : heads) {
            if (top >= head.bodyTop - 0.5 && top < head.bottom - 0.5) {
                page.headTop = head.top;
                page.headBottom = head.bodyTop;
            }
        }
        const qreal room = m_page.height() - page.headHeight();
        qreal cut = top + room;
        for (const qreal at : forced) {
            if (at > top + 1 && at < cut)
                cut = at;
        }
        if (cut >= height) {
            page.bottom = height;
            pages << page;
            break;
        }
        for (bool moved = true; moved;) {
            moved = false;
            for (const Span &row : rows) {
                if (row.top < cut && cut < row.bottom && row.top > top + 1 && row.bottom - row.top <= room) {
                    cut = row.top;
                    moved = true;
                }
            }
            for (const Span &line : lines) {
                if (line.top < cut && cut < line.bottom && line.top > top + 1) {
                    cut = line.top;
                    moved = true;
                }
            }
            // A header without a row of its body under it goes to the next page,
            // with the line just above the table (its title) — also when the
            // rows above already cut at the header's top.
            for (const TableHead &head : heads) {
                if (cut > head.top - 0.5 && cut < head.firstRowBottom - 0.5 && head.top > top + 1) {
                    qreal to = head.top;
                    for (const Span &line : lines) {
                        if (line.bottom <= head.top + 0.5 && head.top - line.bottom < 16 && line.top > top + 1)
                            to = std::min(to, line.top);
                    }
                    if (to < cut - 0.01) {
                        cut = to;
                        moved = true;
                    }
                }
            }
        }
        page.bottom = cut;
        page.beforeBreak = std::any_of(forced.cbegin(), forced.cend(), [&](qreal at) { return std::abs(at - cut) < 0.01; });
        for (const Span &row : rows) {
            if (std::abs(row.top - cut) < 0.01) // the row above ends here: show its bottom rule
                page.rule = row.rule;
        }
        pages << page;
        top = cut;
    }
    if (pages.isEmpty())
        pages << Span { 0, 0 };
    return pages;
}

int PagedHtml::pageCount(QPagedPaintDevice *device, const QString &html)
{
    layOut(device, html);
    return int(m_pages.size());
}

bool PagedHtml::print(QPagedPaintDevice *device, const QString &html)
{
    layOut(device, html);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int pages = int(m_pages.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        const Span span = m_pages.at(page);
        if (!m_watermark.isEmpty()) {
            painter.save();
            painter.scale(m_scale, m_scale);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(int(m_page.width() / std::max<qsizetype>(3, m_watermark.size()) * 1.1));
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(QColor(0xb4, 0x23, 0x18, 40));
            painter.translate(m_page.width() / 2, m_page.height() / 2);
            painter.rotate(-40);
            painter.drawText(QRectF(-m_page.height(), -m_page.width() / 2, 2 * m_page.height(), m_page.width()),
                Qt::AlignCenter, m_watermark);
            painter.restore();
        }
        if (span.headHeight() > 0) {
            painter.save();
            painter.scale(m_scale, m_scale);
            painter.translate(0, -span.headTop);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, span.headTop, m_page.width(), span.headHeight());
            painter.setClipRect(context.clip);
            context.palette.setColor(QPalette::Text, Qt::black);
            m_doc.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.save();
        painter.scale(m_scale, m_scale);
        painter.translate(0, span.headHeight() - span.top);
        QAbstractTextDocumentLayout::PaintContext context;
        // A page ended by a forced break stops half a pixel short, so the paragraph starting the next page
        // (whose top touches the clip) is not drawn here too, clipped away but still in the PDF's text.
        context.clip = QRectF(0, span.top, m_page.width(), span.bottom - span.top + span.rule - (span.beforeBreak ? 0.5 : 0));
        painter.setClipRect(context.clip);
        context.palette.setColor(QPalette::Text, Qt::black);
        m_doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (!m_footer.isEmpty()) {
            painter.save();
            painter.scale(m_scale, m_scale);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(10);
            painter.setFont(font);
            painter.setPen(QColor(0x6b, 0x77, 0x85));
            const QRectF footer(0, m_page.height() + 8, m_page.width(), m_footerHeight - 8);
            painter.drawLine(QPointF(0, footer.top() - 2), QPointF(m_page.width(), footer.top() - 2));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                QCoreApplication::translate("loket", "Page %1 of %2").arg(page + 1).arg(pages));
            painter.restore();
        }
    }
    return painter.end();
}

bool PagedHtml::printOnOnePage(
    QPagedPaintDevice *device, const std::function<QString(qreal)> &html, qreal maxScale, qreal minScale)
{
    // The largest scale that fits, to within a few percent.
    qreal fits = minScale;
    if (pageCount(device, html(maxScale)) <= 1) {
        fits = maxScale;
    } else {
        qreal tooBig = maxScale;
        while (tooBig - fits > 0.02) {
            const qreal middle = (fits + tooBig) / 2;
            (pageCount(device, html(middle)) <= 1 ? fits : tooBig) = middle;
        }
    }
    return print(device, html(fits));
}

} // namespace loket

#include "PagedHtml.moc"
