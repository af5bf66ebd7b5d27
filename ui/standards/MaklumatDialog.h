// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardRecords.h"
#include "ui/common/Session.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;

namespace loket::ui {

// The office's Maklumat Pelayanan: its text and decree, where it is
// published, a preview of the printed page, print and PDF. Read-only
// without Permission::ManageStandards.
class MaklumatDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MaklumatDialog(Session session, QWidget *parent = nullptr);

    Maklumat maklumat() const; // as on screen, with the stored publications
    bool save();

private:
    void load();
    void updatePreview();
    void addPublication();
    void removePublication();
    void showError(const QString &text);

    Session m_session;
    Maklumat m_stored;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_decree = nullptr;
    QCheckBox *m_signed = nullptr;
    QDateEdit *m_date = nullptr;
    QTableWidget *m_publications = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
