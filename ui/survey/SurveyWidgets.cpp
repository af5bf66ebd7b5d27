// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyWidgets.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

namespace loket::ui {

QColor surveyFaceColor(int value)
{
    switch (value) {
    case 1: return QColor(0xc6, 0x28, 0x28);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 3: return QColor(0x7c, 0xb3, 0x42);
    default: return QColor(0x2e, 0x7d, 0x32);
    }
}

void paintSurveyFace(QPainter &p, const QRectF &box, int value)
{
    const qreal d = qMin(box.width(), box.height());
    const QRectF face(box.center().x() - d / 2, box.center().y() - d / 2, d, d);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(surveyFaceColor(value));
    p.drawEllipse(face);
    const QColor ink(0xff, 0xff, 0xff);
    p.setBrush(ink);
    const qreal eye = d * 0.085;
    const qreal eyeY = face.top() + d * 0.38;
    p.drawEllipse(QPointF(face.left() + d * 0.34, eyeY), eye, eye);
    p.drawEllipse(QPointF(face.left() + d * 0.66, eyeY), eye, eye);
    // The mouth: a frown for 1, a big smile for 4.
    static const qreal curve[] = {-0.16, -0.07, 0.09, 0.18};
    const qreal bend = curve[qBound(1, value, 4) - 1] * d;
    const qreal mouthY = face.top() + d * 0.68 - bend / 2;
    QPainterPath mouth;
    mouth.moveTo(face.left() + d * 0.28, mouthY);
    mouth.quadTo(face.center().x(), mouthY + bend * 2, face.left() + d * 0.72, mouthY);
    QPen pen(ink, qMax(2.0, d * 0.075), Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(mouth);
    p.restore();
}

SurveyAnswerButton::SurveyAnswerButton(int value, QWidget *parent)
    : QAbstractButton(parent)
    , m_value(value)
{
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SurveyAnswerButton::setChosen(bool chosen)
{
    m_chosen = chosen;
    update();
}

void SurveyAnswerButton::setLabelPixelSize(int px)
{
    m_labelPx = qMax(12, px);
    updateGeometry();
    update();
}

QSize SurveyAnswerButton::sizeHint() const
{
    return {m_labelPx * 10, m_labelPx * 11};
}

QSize SurveyAnswerButton::minimumSizeHint() const
{
    return {m_labelPx * 6, m_labelPx * 8};
}

void SurveyAnswerButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(3, 3, -3, -3);
    const QColor accent = surveyFaceColor(m_value);
    QColor fill = isDown() ? QColor(0xdc, 0xe8, 0xf5) : QColor(0xff, 0xff, 0xff);
    if (m_chosen)
        fill = QColor(accent.red(), accent.green(), accent.blue(), 38);
    p.setPen(QPen(m_chosen ? accent : QColor(0xc8, 0xd3, 0xe0), m_chosen ? 5 : 2));
    p.setBrush(fill);
    p.drawRoundedRect(card, 22, 22);

    const qreal pad = card.width() * 0.08;
    const qreal faceSize = qMin(card.width() * 0.5, card.height() * 0.5);
    // The face and two lines of label, centred in the card.
    const qreal block = faceSize + pad * 0.8 + m_labelPx * 2.6;
    const qreal top = card.top() + qMax(pad * 1.4, (card.height() - block) / 2);
    const QRectF faceBox(card.center().x() - faceSize / 2, top, faceSize, faceSize);
    paintSurveyFace(p, faceBox, m_value);

    // The key that chooses it, small in the corner.
    QFont keyFont = font();
    keyFont.setPixelSize(qMax(11, m_labelPx * 3 / 4));
    keyFont.setBold(true);
    p.setFont(keyFont);
    const qreal k = m_labelPx * 1.4;
    const QRectF keyBox(card.left() + pad / 2, card.top() + pad / 2, k, k);
    p.setPen(QPen(QColor(0x8f, 0xa3, 0xb8), 1.5));
    p.setBrush(QColor(0xee, 0xf2, 0xf6));
    p.drawRoundedRect(keyBox, 6, 6);
    p.setPen(QColor(0x3d, 0x4f, 0x63));
    p.drawText(keyBox, Qt::AlignCenter, QString::number(m_value));

    QFont labelFont = font();
    labelFont.setPixelSize(m_labelPx);
    labelFont.setBold(true);
    p.setFont(labelFont);
    p.setPen(QColor(0x13, 0x29, 0x4b));
    const QRectF textBox(card.left() + pad / 2, faceBox.bottom() + pad * 0.8, card.width() - pad,
                         card.bottom() - faceBox.bottom() - pad * 1.2);
    QTextOption option(Qt::AlignHCenter | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    p.drawText(textBox, text(), option);
}

SurveyProgress::SurveyProgress(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SurveyProgress::setSteps(const QList<Step> &steps)
{
    m_steps = steps;
    updateGeometry();
    update();
}

QSize SurveyProgress::sizeHint() const
{
    const int h = qMax(14, font().pixelSize() > 0 ? font().pixelSize() : 18);
    return {int(m_steps.size()) * h * 2, h + 4};
}

void SurveyProgress::paintEvent(QPaintEvent *)
{
    if (m_steps.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal d = height() - 4;
    const qreal gap = d;
    const qreal total = m_steps.size() * d + (m_steps.size() - 1) * gap;
    qreal x = (width() - total) / 2;
    for (Step s : m_steps) {
        const QRectF dot(x, 2, d, d);
        switch (s) {
        case Step::Answered:
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1f, 0x4e, 0x79));
            break;
        case Step::Skipped:
            p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), 2, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            break;
        case Step::Current:
            p.setPen(QPen(QColor(0xf5, 0xa5, 0x24), 3));
            p.setBrush(QColor(0xff, 0xd1, 0x66));
            break;
        case Step::ToCome:
            p.setPen(QPen(QColor(0x8f, 0xa3, 0xb8), 2));
            p.setBrush(Qt::NoBrush);
            break;
        }
        p.drawEllipse(dot.adjusted(1.5, 1.5, -1.5, -1.5));
        x += d + gap;
    }
}

SurveyFaces::SurveyFaces(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMinimumHeight(60);
}

void SurveyFaces::setValues(const QList<int> &values)
{
    m_values = values;
    update();
}

QSize SurveyFaces::sizeHint() const
{
    return {minimumHeight() * int(m_values.size() + 1), minimumHeight()};
}

void SurveyFaces::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const qreal d = height();
    const qreal gap = d * 0.35;
    const qsizetype n = m_values.size();
    qreal x = (width() - (n * d + (n - 1) * gap)) / 2;
    for (int v : m_values) {
        paintSurveyFace(p, QRectF(x, 0, d, d), v);
        x += d + gap;
    }
}

} // namespace loket::ui
