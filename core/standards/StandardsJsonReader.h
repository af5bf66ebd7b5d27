// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/StandardsExchange.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace loket {

// Reads a standards register from JSON (docs/standards-json.md) and checks
// all of it — types, required fields, codes, dates, the 14 components of
// set versions, the order of versions — before anything is written. Every
// problem is reported with its JSON path; nothing stops at the first.
class StandardsJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(StandardsJsonReader)
public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("loket.standards"); }

    explicit StandardsJsonReader(DatabasePtr db);

    // The bundle is meaningful only when problems() is empty afterwards.
    StandardsBundle read(const QByteArray &json);
    const QList<ImportProblem> &problems() const { return m_problems; }

private:
    void problem(const QString &path, const QString &message);
    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &known);
    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required);
    std::optional<qint64> integer(
        const QJsonObject &o, const QString &key, const QString &path, bool required, bool nullAllowed = false);
    QDate date(const QJsonObject &o, const QString &key, const QString &path, bool required);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path);
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path);
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path, bool required);
    QJsonObject element(const QJsonArray &a, qsizetype i, const QString &path);
    std::optional<ServiceRef> service(const QJsonObject &o, const QString &path);

    std::optional<StandardVersion> readVersion(const QJsonObject &o, const QString &path);
    void readContent(const QJsonObject &o, const QString &path, StandardContent &c);
    std::optional<Consultation> readConsultation(const QJsonObject &o, const QString &path);
    std::optional<Publication> readPublication(const QJsonObject &o, const QString &path);
    std::optional<StandardReview> readReview(const QJsonObject &o, const QString &path);
    std::optional<Maklumat> readMaklumat(const QJsonObject &o, const QString &path);
    void checkVersionOrder(const QList<StandardVersion> &versions, const QStringList &paths);

    DatabasePtr m_db;
    QHash<QString, ServiceRef> m_services; // by upper-case code
    QList<ImportProblem> m_problems;
};

} // namespace loket
