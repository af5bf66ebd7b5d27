// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/RowListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

constexpr int kValueRole = Qt::UserRole + 1;

// Edits a Choice cell with a combo box and a Count cell with a spin box.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(RowListEditor::Column column, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_column(std::move(column))
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_column.kind == RowListEditor::Kind::Choice) {
            auto *combo = new QComboBox(parent);
            combo->addItems(m_column.choices);
            return combo;
        }
        if (m_column.kind == RowListEditor::Kind::Count) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(1, 999);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(index.data(kValueRole).toInt());
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(index.data(kValueRole).toInt());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentIndex(), kValueRole);
            model->setData(index, combo->currentText(), Qt::DisplayRole);
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            model->setData(index, spin->value(), kValueRole);
            model->setData(index, QString::number(spin->value()), Qt::DisplayRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

private:
    RowListEditor::Column m_column;
};

} // namespace

RowListEditor::RowListEditor(QList<Column> columns, const QString &addLabel, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(true);
    QStringList titles;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns.at(c);
        titles << col.title;
        if (col.kind != Kind::Text)
            m_table->setItemDelegateForColumn(c, new CellDelegate(col, m_table));
        if (col.width > 0) {
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
            m_table->setColumnWidth(c, col.width);
        } else {
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
        }
    }
    m_table->setHorizontalHeaderLabels(titles);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(addLabel, this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_add->setToolTip(tr("Adds a line after the selected one (Ctrl+N)"));
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down->setToolTip(tr("Ctrl+Down"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RowListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowListEditor::removeRow);
    connect(m_up, &QPushButton::clicked, this, &RowListEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &RowListEditor::moveDown);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RowListEditor::updateButtons);
    // Wrapped text needs new row heights whenever a column changes width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
        [this] { m_table->resizeRowsToContents(); });
    updateButtons();
}

void RowListEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Rows laid out while the page was hidden were measured against columns
    // of no width; measure again once the columns have their real width.
    QTimer::singleShot(0, m_table, [this] { m_table->resizeRowsToContents(); });
}

void RowListEditor::setRow(int row, const QVariantList &values)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns.at(c);
        const QVariant value = values.value(c);
        auto *item = new QTableWidgetItem;
        switch (col.kind) {
        case Kind::Text:
            item->setText(value.toString());
            break;
        case Kind::Count:
            item->setData(kValueRole, std::max(1, value.toInt()));
            item->setText(QString::number(std::max(1, value.toInt())));
            item->setTextAlignment(Qt::AlignCenter);
            break;
        case Kind::Choice:
            item->setData(kValueRole, value.toInt());
            item->setText(col.choices.value(value.toInt()));
            break;
        }
        if (m_readOnly)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, c, item);
    }
}

QList<QVariantList> RowListEditor::rows() const
{
    QList<QVariantList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantList values;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            if (m_columns.at(c).kind == Kind::Text)
                values << (item ? item->text() : QString());
            else
                values << (item ? item->data(kValueRole).toInt() : 0);
        }
        out << values;
    }
    return out;
}

void RowListEditor::setRows(const QList<QVariantList> &rows)
{
    m_loading = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(r, rows.at(r));
    m_loading = false;
    updateButtons();
}

void RowListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    setRows(rows());
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        b->setVisible(!readOnly);
}

void RowListEditor::setNumbered(bool numbered)
{
    m_table->verticalHeader()->setVisible(numbered);
}

void RowListEditor::addRow()
{
    const int at = m_table->currentRow() < 0 ? m_table->rowCount() : m_table->currentRow() + 1;
    QVariantList empty;
    for (const Column &col : m_columns)
        empty << (col.kind == Kind::Text ? QVariant(QString()) : QVariant(col.kind == Kind::Count ? 1 : 0));
    m_loading = true;
    m_table->insertRow(at);
    setRow(at, empty);
    m_loading = false;
    m_table->setCurrentCell(at, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(at, 0));
    updateButtons();
    Q_EMIT changed();
}

void RowListEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    const int last = m_table->rowCount() - 1;
    if (last >= 0)
        m_table->setCurrentCell(row < last ? row : last, 0);
    updateButtons();
    Q_EMIT changed();
}

void RowListEditor::swapRows(int a, int b)
{
    const QList<QVariantList> all = rows();
    m_loading = true;
    setRow(a, all.at(b));
    setRow(b, all.at(a));
    m_loading = false;
    m_table->setCurrentCell(b, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
    Q_EMIT changed();
}

void RowListEditor::moveUp()
{
    const int row = m_table->currentRow();
    if (row > 0)
        swapRows(row, row - 1);
}

void RowListEditor::moveDown()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row + 1 < m_table->rowCount())
        swapRows(row, row + 1);
}

void RowListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

} // namespace loket::ui
