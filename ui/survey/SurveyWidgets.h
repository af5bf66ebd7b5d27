// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QWidget>

class QPainter;

namespace loket::ui {

// The face for an answer 1 … 4: from sad (red) to happy (green). Drawn, not
// an image, so it is sharp at any size and nobody's artwork.
void paintSurveyFace(QPainter &p, const QRectF &box, int value);
QColor surveyFaceColor(int value);

// One of the four big answers: the face, the option's label and the key that chooses it.
class SurveyAnswerButton : public QAbstractButton
{
    Q_OBJECT
public:
    SurveyAnswerButton(int value, QWidget *parent = nullptr);

    int value() const { return m_value; }
    // The answer given before (when the citizen came back to the question).
    void setChosen(bool chosen);
    bool chosen() const { return m_chosen; }
    void setLabelPixelSize(int px);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_value;
    bool m_chosen = false;
    int m_labelPx = 24;
};

// "Question 3 of 9" as dots: answered, skipped, the current one, to come.
class SurveyProgress : public QWidget
{
    Q_OBJECT
public:
    enum class Step { ToCome, Answered, Skipped, Current };
    explicit SurveyProgress(QWidget *parent = nullptr);
    void setSteps(const QList<Step> &steps);
    const QList<Step> &steps() const { return m_steps; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Step> m_steps;
};

// A row of faces, for the idle screen's invitation.
class SurveyFaces : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyFaces(QWidget *parent = nullptr);
    void setValues(const QList<int> &values);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_values {1, 2, 3, 4};
};

} // namespace loket::ui
