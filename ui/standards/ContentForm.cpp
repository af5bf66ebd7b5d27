// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/ContentForm.h"

#include "ui/common/Style.h"
#include "ui/standards/RowListEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

constexpr int kComponentRole = Qt::UserRole + 1;

enum CostKind { CostNotFilled, CostFree, CostPaid };

QString componentHint(StandardComponent c)
{
    switch (c) {
    case StandardComponent::Requirements:
        return ContentForm::tr("The documents a citizen brings. Say whether the original or a copy is needed, how "
                               "many, and any condition (\"still valid\", \"legalised\").");
    case StandardComponent::Procedure:
        return ContentForm::tr("The steps from arrival to handing over the product, in order, and who does each.");
    case StandardComponent::ServiceTime:
        return ContentForm::tr("How long the service takes once the file is complete. The queue measures actual "
                               "service against this time.");
    case StandardComponent::Cost:
        return ContentForm::tr("Choose Free when nothing is charged. A fee needs the regulation that sets it; "
                               "a fee without one is an illegal levy.");
    case StandardComponent::Products:
        return ContentForm::tr("What the citizen receives: the document, the letter or the decision.");
    case StandardComponent::ComplaintHandling:
        return ContentForm::tr("Where citizens can complain or give suggestions, and how to reach each channel.");
    case StandardComponent::LegalBasis:
        return ContentForm::tr("The laws and regulations the service rests on, one per line.");
    case StandardComponent::Facilities:
        return ContentForm::tr("Rooms, equipment and facilities, including those for people with disabilities.");
    case StandardComponent::Competence:
        return ContentForm::tr("The education, knowledge, skills and attitude the staff need.");
    case StandardComponent::InternalSupervision:
        return ContentForm::tr("Who supervises the service inside the office, and how often.");
    case StandardComponent::Staffing:
        return ContentForm::tr("How many people deliver the service, and in which roles.");
    case StandardComponent::ServiceGuarantee:
        return ContentForm::tr(
            "The promise that the service follows this standard, and the sanction when it does not.");
    case StandardComponent::SecurityGuarantee:
        return ContentForm::tr("How the citizen's data, documents and safety are protected.");
    case StandardComponent::PerformanceEvaluation:
        return ContentForm::tr("How and how often the performance of the staff is evaluated.");
    }
    return {};
}

} // namespace

ContentForm::ContentForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_nav = new QListWidget(this);
    m_nav->setFixedWidth(310);
    m_nav->setWordWrap(true);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setObjectName(QStringLiteral("componentList"));
    m_nav->setStyleSheet(QStringLiteral("QListWidget { border: 1px solid #d6dde6; border-radius: 6px; "
                                        "background: white; outline: 0; }"
                                        "QListWidget::item { padding: 5px 8px; }"
                                        "QListWidget::item:selected { background: #d7e6f5; color: #1f2d3d; }"));
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);

    const auto header = [this](const QString &text) {
        auto *item = new QListWidgetItem(text.toUpper(), m_nav);
        item->setFlags(Qt::NoItemFlags);
        QFont f = item->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        item->setFont(f);
        item->setForeground(QColor(0x5b, 0x6b, 0x7c));
    };

    m_requirements = new RowListEditor(
        { { tr("Document"), RowListEditor::Kind::Text, {}, 0 },
            { tr("Original or copy"), RowListEditor::Kind::Choice, { tr("Original"), tr("Copy") }, 140 },
            { tr("Sheets"), RowListEditor::Kind::Count, {}, 70 }, { tr("Note"), RowListEditor::Kind::Text, {}, 220 } },
        tr("Add document"), this);
    m_procedure = new RowListEditor(
        { { tr("Step"), RowListEditor::Kind::Text, {}, 0 }, { tr("Done by"), RowListEditor::Kind::Text, {}, 200 } },
        tr("Add step"), this);
    m_procedure->setNumbered(true);

    auto *time = new QWidget(this);
    auto *timeRow = new QHBoxLayout(time);
    timeRow->setContentsMargins(0, 0, 0, 0);
    m_timeAmount = new QSpinBox(time);
    m_timeAmount->setRange(0, 999);
    m_timeAmount->setSpecialValueText(tr("not filled in"));
    m_timeAmount->setMinimumWidth(140);
    m_timeUnit = new QComboBox(time);
    m_timeUnit->addItem(tr("minutes"), int(TimeUnit::Minutes));
    m_timeUnit->addItem(tr("hours"), int(TimeUnit::Hours));
    m_timeUnit->addItem(tr("working days"), int(TimeUnit::WorkingDays));
    timeRow->addWidget(m_timeAmount);
    timeRow->addWidget(m_timeUnit);
    timeRow->addStretch(1);

    auto *cost = new QWidget(this);
    auto *costForm = new QFormLayout(cost);
    costForm->setContentsMargins(0, 0, 0, 0);
    m_costKind = new QComboBox(cost);
    m_costKind->addItem(tr("Not filled in"), CostNotFilled);
    m_costKind->addItem(tr("Free (Gratis)"), CostFree);
    m_costKind->addItem(tr("A fee"), CostPaid);
    m_costAmount = new QSpinBox(cost);
    m_costAmount->setRange(0, 2000000000);
    m_costAmount->setPrefix(QStringLiteral("Rp "));
    m_costAmount->setGroupSeparatorShown(true);
    m_costAmount->setSingleStep(1000);
    m_costAmount->setMinimumWidth(180);
    m_costKind->setMaximumWidth(260);
    m_costAmount->setMaximumWidth(260);
    m_costBasis = new QPlainTextEdit(cost);
    m_costBasis->setPlaceholderText(tr("The regulation that sets the fee, or that makes the service free"));
    m_costBasis->setMaximumHeight(110);
    costForm->addRow(tr("Cost"), m_costKind);
    costForm->addRow(tr("Amount"), m_costAmount);
    costForm->addRow(tr("Legal basis"), m_costBasis);

    m_products = new RowListEditor({ { tr("Product"), RowListEditor::Kind::Text, {}, 0 } }, tr("Add product"), this);
    m_channels = new RowListEditor({ { tr("Channel"), RowListEditor::Kind::Text, {}, 240 },
                                       { tr("Contact or place"), RowListEditor::Kind::Text, {}, 0 } },
        tr("Add channel"), this);

    header(tr("Published at the counter"));
    page(StandardComponent::Requirements, componentHint(StandardComponent::Requirements), m_requirements);
    page(StandardComponent::Procedure, componentHint(StandardComponent::Procedure), m_procedure);
    page(StandardComponent::ServiceTime, componentHint(StandardComponent::ServiceTime), time);
    page(StandardComponent::Cost, componentHint(StandardComponent::Cost), cost);
    page(StandardComponent::Products, componentHint(StandardComponent::Products), m_products);
    page(StandardComponent::ComplaintHandling, componentHint(StandardComponent::ComplaintHandling), m_channels);
    header(tr("Internal management"));
    for (StandardComponent c : textComponents()) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        m_texts.insert(int(c), edit);
        page(c, componentHint(c), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading) {
                updateMarks();
                Q_EMIT changed();
            }
        });
    }

    const auto emitChanged = [this] {
        if (m_loading)
            return;
        updateMarks();
        Q_EMIT changed();
    };
    for (RowListEditor *list : { m_requirements, m_procedure, m_products, m_channels })
        connect(list, &RowListEditor::changed, this, emitChanged);
    connect(m_timeAmount, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_timeUnit, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_costKind, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateCost();
        emitChanged();
    });
    connect(m_costAmount, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_costBasis, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(kComponentRole).isValid())
            m_pages->setCurrentIndex(m_pageOf.value(item->data(kComponentRole).toInt()));
    });
    updateCost();
    updateMarks();
    showComponent(StandardComponent::Requirements);
}

QWidget *ContentForm::page(StandardComponent component, const QString &hint, QWidget *editor)
{
    auto *item = new QListWidgetItem(m_nav);
    item->setData(kComponentRole, int(component));

    auto *page = new QWidget(m_pages);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    auto *title
        = new QLabel(QStringLiteral("%1. %2").arg(int(component) + 1).arg(standardComponentName(component)), page);
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #1f2d3d;"));
    v->addWidget(title);
    v->addWidget(makeHint(hint, page));
    editor->setParent(page);
    // The service time and the cost are a few fields: they stay at the top.
    const bool compact = component == StandardComponent::ServiceTime || component == StandardComponent::Cost;
    v->addWidget(editor, compact ? 0 : 1);
    if (compact)
        v->addStretch(1);
    m_pageOf.insert(int(component), m_pages->addWidget(page));
    return page;
}

void ContentForm::updateCost()
{
    const bool paid = m_costKind->currentData().toInt() == CostPaid;
    m_costAmount->setEnabled(paid);
    if (!paid && !m_loading)
        m_costAmount->setValue(0);
}

void ContentForm::updateMarks()
{
    const StandardContent c = content();
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        if (!item->data(kComponentRole).isValid())
            continue;
        const auto component = StandardComponent(item->data(kComponentRole).toInt());
        const bool filled = c.isFilled(component);
        const bool flagged = m_flagged.contains(component);
        item->setText(QStringLiteral("%1  %2. %3")
                          .arg(flagged     ? QStringLiteral("⚠")
                                  : filled ? QStringLiteral("✔")
                                           : QStringLiteral("○"))
                          .arg(int(component) + 1)
                          .arg(standardComponentName(component)));
        item->setForeground(flagged ? QColor(0xb4, 0x23, 0x18)
                : filled            ? QColor(0x1f, 0x2d, 0x3d)
                                    : QColor(0x8a, 0x94, 0x9e));
        item->setToolTip(filled ? QString() : tr("Not filled in yet"));
    }
}

void ContentForm::setFlagged(const QList<StandardComponent> &components)
{
    m_flagged = components;
    updateMarks();
}

void ContentForm::showComponent(StandardComponent component)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(kComponentRole) == QVariant(int(component))) {
            m_nav->setCurrentRow(i);
            return;
        }
    }
}

StandardComponent ContentForm::currentComponent() const
{
    const QListWidgetItem *item = m_nav->currentItem();
    return item ? StandardComponent(item->data(kComponentRole).toInt()) : StandardComponent::Requirements;
}

StandardContent ContentForm::content() const
{
    StandardContent c;
    for (const QVariantList &row : m_requirements->rows())
        c.requirements << Requirement { row.value(0).toString().trimmed(),
            row.value(1).toInt() == 0 ? DocumentForm::Original : DocumentForm::Copy, row.value(2).toInt(),
            row.value(3).toString().trimmed() };
    for (const QVariantList &row : m_procedure->rows())
        c.procedure << ProcedureStep { row.value(0).toString().trimmed(), row.value(1).toString().trimmed() };
    c.serviceTime = ServiceTime { m_timeAmount->value(), TimeUnit(m_timeUnit->currentData().toInt()) };
    switch (m_costKind->currentData().toInt()) {
    case CostFree:
        c.costRupiah = 0;
        break;
    case CostPaid:
        c.costRupiah = m_costAmount->value();
        break;
    default:
        c.costRupiah.reset();
        break;
    }
    c.costLegalBasis = m_costBasis->toPlainText().trimmed();
    for (const QVariantList &row : m_products->rows())
        c.products << row.value(0).toString().trimmed();
    for (const QVariantList &row : m_channels->rows())
        c.complaintChannels << ComplaintChannel { row.value(0).toString().trimmed(),
            row.value(1).toString().trimmed() };
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        c.setText(StandardComponent(it.key()), it.value()->toPlainText().trimmed());
    return c;
}

void ContentForm::setContent(const StandardContent &c)
{
    m_loading = true;
    QList<QVariantList> rows;
    for (const Requirement &r : c.requirements)
        rows << QVariantList { r.name, r.form == DocumentForm::Original ? 0 : 1, r.count, r.notes };
    m_requirements->setRows(rows);
    rows.clear();
    for (const ProcedureStep &s : c.procedure)
        rows << QVariantList { s.description, s.performer };
    m_procedure->setRows(rows);
    m_timeAmount->setValue(c.serviceTime.amount);
    m_timeUnit->setCurrentIndex(m_timeUnit->findData(int(c.serviceTime.unit)));
    m_costKind->setCurrentIndex(m_costKind->findData(!c.costRupiah ? CostNotFilled
            : *c.costRupiah == 0                                   ? CostFree
                                                                   : CostPaid));
    m_costAmount->setValue(int(std::min<qint64>(c.costRupiah.value_or(0), m_costAmount->maximum())));
    m_costBasis->setPlainText(c.costLegalBasis);
    rows.clear();
    for (const QString &p : c.products)
        rows << QVariantList { p };
    m_products->setRows(rows);
    rows.clear();
    for (const ComplaintChannel &ch : c.complaintChannels)
        rows << QVariantList { ch.channel, ch.contact };
    m_channels->setRows(rows);
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        it.value()->setPlainText(c.text(StandardComponent(it.key())));
    m_loading = false;
    updateCost();
    m_flagged.clear();
    updateMarks();
}

void ContentForm::setReadOnly(bool readOnly)
{
    for (RowListEditor *list : { m_requirements, m_procedure, m_products, m_channels })
        list->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> { m_timeAmount, m_timeUnit, m_costKind, m_costAmount })
        w->setEnabled(!readOnly);
    m_costBasis->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : std::as_const(m_texts))
        edit->setReadOnly(readOnly);
    if (!readOnly)
        updateCost();
}

} // namespace loket::ui
