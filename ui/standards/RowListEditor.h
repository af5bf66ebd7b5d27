// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace loket::ui {

// An ordered list of rows typed into a table, with buttons to add, remove
// and move rows: the requirements, the steps of the procedure, the products
// and the complaint channels of a standard.
class RowListEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Text, Count, Choice };
    struct Column {
        QString title;
        Kind kind = Kind::Text;
        QStringList choices; // Choice: the texts; the value is the index
        int width = 0; // 0: takes the free width
    };

    RowListEditor(QList<Column> columns, const QString &addLabel, QWidget *parent = nullptr);

    // One QVariantList per row: QString for Text, int for Count and Choice.
    QList<QVariantList> rows() const;
    void setRows(const QList<QVariantList> &rows);
    void setReadOnly(bool readOnly);
    // Shows row numbers (1, 2, …) as in a procedure.
    void setNumbered(bool numbered);

    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void addRow();
    void removeRow();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setRow(int row, const QVariantList &values);
    void swapRows(int a, int b);
    void updateButtons();

    QList<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace loket::ui
