// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

namespace {

enum class Default { None, False, True };

struct Flag {
    const char *table;
    const char *column;
    Default byDefault;
};

// Every yes/no column: switched on or off (units, services, accounts,
// counters, priority reasons, suggestion boxes), announced on SIPPN, a
// complaint's anonymity and confidentiality, and whether it is still open.
constexpr Flag kFlags[] = {
    { "units", "active", Default::True },
    { "services", "active", Default::True },
    { "users", "active", Default::True },
    { "counters", "active", Default::True },
    { "priority_reasons", "active", Default::True },
    { "suggestion_boxes", "active", Default::True },
    { "standard_publications", "sippn", Default::False },
    { "complaints", "anonymous", Default::False },
    { "complaints", "confidential", Default::False },
    { "complaint_status", "open", Default::None },
};

QStringList serverBody()
{
    // The CHECK (x IN (0, 1)) two of them carried says nothing a boolean does not.
    QStringList body {
        QStringLiteral(
            "DO $do$ DECLARE r record; BEGIN "
            "FOR r IN SELECT c.conrelid::regclass::text AS t, c.conname FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
            "WHERE c.contype = 'c' AND ((c.conrelid = 'suggestion_boxes'::regclass AND a.attname = 'active') "
            "OR (c.conrelid = 'standard_publications'::regclass AND a.attname = 'sippn')) LOOP "
            "EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname); "
            "END LOOP; END $do$"),
    };
    for (const Flag &f : kFlags) {
        const QString column = QLatin1String(f.column);
        QString alter = QStringLiteral("ALTER TABLE %1 ").arg(QLatin1String(f.table));
        if (f.byDefault != Default::None)
            alter += QStringLiteral("ALTER COLUMN %1 DROP DEFAULT, ").arg(column);
        alter += QStringLiteral("ALTER COLUMN %1 TYPE BOOLEAN USING %1 <> 0").arg(column);
        if (f.byDefault != Default::None)
            alter += QStringLiteral(", ALTER COLUMN %1 SET DEFAULT %2")
                         .arg(column, f.byDefault == Default::True ? QStringLiteral("TRUE")
                                                                   : QStringLiteral("FALSE"));
        body << alter;
    }
    return body;
}

} // namespace

// Yes/no columns are booleans. The SQL says TRUE and FALSE (or the bare
// column: WHERE active, WHERE NOT anonymous) and binds bools, which both
// engines read: SQLite keeps them as 1 and 0 (it has no boolean type, and
// TRUE and FALSE are its names for those), so nothing changes in a file.
// The server's integer columns become BOOLEAN, their values kept.
Migration migration012Booleans()
{
    return Migration { 12, "booleans", {}, serverBody() };
}

} // namespace loket
