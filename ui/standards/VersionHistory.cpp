// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/VersionHistory.h"

#include "ui/common/Style.h"
#include "print/standards/StandardText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loket::ui {

VersionHistory::VersionHistory(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *splitter = new QSplitter(Qt::Vertical, this);

    auto *top = new QWidget(splitter);
    auto *tv = new QVBoxLayout(top);
    tv->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, top);
    m_table->setHorizontalHeaderLabels(
        { tr("Version"), tr("State"), tr("Decree"), tr("In force from"), tr("In force until"), tr("Last saved by") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    tv->addWidget(m_table, 1);
    auto *view = new QPushButton(tr("Show this version"), top);
    auto *row = new QHBoxLayout;
    row->addWidget(view);
    row->addStretch(1);
    tv->addLayout(row);

    auto *bottom = new QWidget(splitter);
    auto *bv = new QVBoxLayout(bottom);
    bv->setContentsMargins(0, 8, 0, 0);
    auto *controls = new QHBoxLayout;
    m_from = new QComboBox(bottom);
    m_to = new QComboBox(bottom);
    m_onlyChanged = new QCheckBox(tr("Only the components that changed"), bottom);
    controls->addWidget(new QLabel(tr("Compare"), bottom));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("with"), bottom));
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(m_onlyChanged);
    controls->addStretch(1);
    bv->addLayout(controls);
    m_diff = new QTextBrowser(bottom);
    bv->addWidget(m_diff, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    const auto selected = [this] {
        const int r = m_table->currentRow();
        return r < 0 ? 0 : m_table->item(r, 0)->data(Qt::UserRole).toInt();
    };
    connect(view, &QPushButton::clicked, this, [this, selected] {
        if (selected() > 0)
            Q_EMIT viewRequested(selected());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, selected] { Q_EMIT viewRequested(selected()); });
    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionHistory::updateComparison);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionHistory::updateComparison);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &VersionHistory::updateComparison);
}

void VersionHistory::setVersions(const QList<StandardVersion> &versions)
{
    m_versions = versions;
    m_table->setRowCount(int(versions.size()));
    for (int r = 0; r < versions.size(); ++r) {
        const StandardVersion &v = versions.at(r);
        const QStringList cells = { QString::number(v.number), versionStatusName(v.status), v.decreeNumber,
            StandardText::date(v.effectiveFrom), StandardText::date(v.effectiveTo),
            v.isDraft() ? v.createdBy : v.setBy };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, v.number);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    if (!versions.isEmpty())
        m_table->selectRow(int(versions.size()) - 1);

    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->clear();
    m_to->clear();
    for (const StandardVersion &v : versions) {
        const QString label = v.isDraft() ? tr("version %1 (draft)").arg(v.number) : tr("version %1").arg(v.number);
        m_from->addItem(label, v.number);
        m_to->addItem(label, v.number);
    }
    m_from->setCurrentIndex(std::max(0, int(versions.size()) - 2));
    m_to->setCurrentIndex(int(versions.size()) - 1);
    updateComparison();
}

const StandardVersion *VersionHistory::byNumber(int number) const
{
    for (const StandardVersion &v : m_versions) {
        if (v.number == number)
            return &v;
    }
    return nullptr;
}

void VersionHistory::compare(int from, int to)
{
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    updateComparison();
}

QString VersionHistory::comparisonHtml() const
{
    return m_diff->toHtml();
}

void VersionHistory::updateComparison()
{
    const StandardVersion *a = byNumber(m_from->currentData().toInt());
    const StandardVersion *b = byNumber(m_to->currentData().toInt());
    if (!a || !b) {
        m_diff->setHtml(QStringLiteral("<p style=\"color:#5b6b7c;\">%1</p>")
                            .arg(tr("The standard has no version to compare yet.").toHtmlEscaped()));
        return;
    }
    m_diff->setHtml(compareHtml(*a, *b, m_onlyChanged->isChecked()));
}

QString VersionHistory::compareHtml(const StandardVersion &a, const StandardVersion &b, bool onlyChanged)
{
    const QList<StandardComponent> changed = StandardText::changedComponents(a.content, b.content);
    QString html = QStringLiteral("<html><body style=\"font-size:10.5pt;\">");
    if (a.number == b.number)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Choose two different versions to see what changed.").toHtmlEscaped());
    else if (changed.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Versions %1 and %2 have the same 14 components.")
                             .arg(a.number)
                             .arg(b.number)
                             .toHtmlEscaped());
    else
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("%1 of 14 components changed from version %2 to version %3:")
                             .arg(changed.size())
                             .arg(a.number)
                             .arg(b.number)
                             .toHtmlEscaped(),
                        standardComponentNames(changed).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:#d6dde6;\">"
                           "<tr bgcolor=\"#eef2f6\"><th width=\"22%\" align=\"left\">%1</th>"
                           "<th width=\"39%\" align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Component").toHtmlEscaped(), tr("Version %1").arg(a.number).toHtmlEscaped(),
                    tr("Version %1").arg(b.number).toHtmlEscaped());
    for (StandardComponent c : allStandardComponents()) {
        const bool isChanged = changed.contains(c);
        if (onlyChanged && !isChanged)
            continue;
        const QString name = QStringLiteral("%1. %2").arg(int(c) + 1).arg(standardComponentName(c).toHtmlEscaped());
        if (isChanged) {
            html += QStringLiteral("<tr bgcolor=\"#fff4d6\"><td valign=\"top\"><b>%1</b><br>"
                                   "<span style=\"color:#a15c00; font-weight:bold;\">%2</span></td>"
                                   "<td valign=\"top\">%3</td><td valign=\"top\">%4</td></tr>")
                        .arg(name, tr("changed").toHtmlEscaped(), StandardText::componentHtml(a.content, c),
                            StandardText::componentHtml(b.content, c));
        } else {
            html += QStringLiteral("<tr><td valign=\"top\" style=\"color:#6b7785;\">%1</td>"
                                   "<td colspan=\"2\" valign=\"top\" style=\"color:#6b7785;\">%2</td></tr>")
                        .arg(name, tr("unchanged").toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</table></body></html>");
}

} // namespace loket::ui
