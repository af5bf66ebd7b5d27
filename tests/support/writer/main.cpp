// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loket_test_writer write DATABASE  — commits pairs of audit rows until killed
//                                     (says "started" after the first pair)
// loket_test_writer open DATABASE   — waits for a line on stdin, then opens
//                                     (and so creates or migrates) the database
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <csignal>

#include <sys/prctl.h>

using namespace loket;

namespace {

// Each transaction writes two rows for one sequence number, so a reader can
// tell a consistent snapshot (every number 1..n, each with both rows) from a
// torn one.
int writeForever(const DatabasePtr &db, QTextStream &out, QTextStream &err)
{
    QSqlDatabase c = db->connection();
    for (qint64 n = 1;; ++n) {
        Status s = db->transaction([&]() -> Status {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO audit_log (at, username, action, entity, entity_id, detail) "
                                     "VALUES (?, 'writer', 'test.write', 'pair', ?, ?)"));
            for (const char *part : { "first", "second" }) {
                q.addBindValue(n);
                q.addBindValue(QString::number(n));
                q.addBindValue(QString::fromLatin1(part));
                if (!q.exec())
                    return db->sqlError(q.lastError(), QStringLiteral("writing pair %1").arg(n));
            }
            return {};
        });
        if (!s) {
            err << s.error().message << Qt::endl;
            return 2;
        }
        if (n == 1)
            out << "started" << Qt::endl;
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Never outlive the test that started us.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("write") && args.at(1) != QLatin1String("open"))) {
        err << "usage: loket_test_writer write|open DATABASE" << Qt::endl;
        return 1;
    }
    if (args.at(1) == QLatin1String("open")) {
        QTextStream in(stdin);
        (void)in.readLine();
    }
    auto db = Database::open(args.at(2));
    if (!db) {
        err << db.error().message << Qt::endl;
        return 2;
    }
    if (args.at(1) == QLatin1String("open")) {
        out << "version " << db.value()->schemaVersion() << Qt::endl;
        return 0;
    }
    return writeForever(db.value(), out, err);
}
