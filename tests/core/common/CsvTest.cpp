// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Csv.h"
#include "core/common/HolidayCsv.h"
#include "core/common/TextCheck.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("the CSV writer guards every formula start and the reader gives the original text back")
{
    const QStringList cells { QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Klik\")"), QStringLiteral("+1"),
        QStringLiteral("-2"), QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\tTab"), QStringLiteral("\r=1"),
        QStringLiteral("'=1"), QStringLiteral("''@x"), QStringLiteral("'plain"), QStringLiteral("Rp 10.000"),
        QStringLiteral("a,b"), QStringLiteral("dua\nbaris"), QStringLiteral("kata \"kutip\""), QString() };
    const QString line = Csv::row(cells);
    const QStringList expected { QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\""),
        QStringLiteral("'+1"), QStringLiteral("'-2"), QStringLiteral("'@SUM(A1:A2)"), QStringLiteral("'\tTab"),
        QStringLiteral("\"'\r=1\""), QStringLiteral("''=1"), QStringLiteral("'''@x"), QStringLiteral("'plain"),
        QStringLiteral("Rp 10.000"), QStringLiteral("\"a,b\""), QStringLiteral("\"dua\nbaris\""),
        QStringLiteral("\"kata \"\"kutip\"\"\""), QString() };
    CHECK(line == expected.join(u','));

    QStringList header;
    for (qsizetype i = 0; i < cells.size(); ++i)
        header << QStringLiteral("c%1").arg(i);
    auto back = Csv::parse(Csv::row(header) + QStringLiteral("\r\n") + line + QStringLiteral("\r\n"));
    REQUIRE(back.ok());
    REQUIRE(back->size() == 2);
    CHECK(back->at(1).fields == cells);
    CHECK(back->at(1).line == 2);

    // A guard a person typed in a spreadsheet is taken off too.
    CHECK(Csv::unguard(QStringLiteral("'=1")) == QLatin1String("=1"));
    CHECK(Csv::unguard(QStringLiteral("'abc")) == QLatin1String("'abc"));
}

TEST_CASE("the CSV reader takes quotes, line breaks in fields, CR LF, the semicolon and a byte order mark")
{
    auto r = Csv::parse(QByteArray("\xEF\xBB\xBFservice;name\r\nKTP;\"Perekaman\r\nKTP-el; baru\"\r\n\r\nKK;\"\"\r\n"));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    CHECK(r->at(0).fields == QStringList { QStringLiteral("service"), QStringLiteral("name") });
    CHECK(r->at(1).fields.at(1) == QStringLiteral("Perekaman\nKTP-el; baru"));
    CHECK(r->at(2).line == 5);
    CHECK(r->at(2).fields == QStringList { QStringLiteral("KK"), QString() });
}

TEST_CASE("a CSV file cut in the middle is refused with its line, not imported")
{
    // A quote never closed at the end of the file.
    auto open = Csv::parse(QStringLiteral("date,kind,name\n2026-08-17,libur_nasional,\"Langsun"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().code == ErrorCode::InvalidInput);
    CHECK(open.error().message.contains(QStringLiteral("Line 2")));
    // A last line with fewer fields than the header.
    auto shortRow
        = Csv::parse(QStringLiteral("date,kind,name\r\n2026-08-17,libur_nasional,Proklamasi\r\n2026-12-25,lib"));
    REQUIRE_FALSE(shortRow.ok());
    CHECK(shortRow.error().message.contains(QStringLiteral("Line 3")));

    auto holidays = HolidayCsv::parse(QStringLiteral("date,kind,name\n2026-08-17,libur_nasional,\"Langsun"));
    REQUIRE_FALSE(holidays.ok());
    CHECK(holidays.error().message.contains(QStringLiteral("Line 2")));
    auto holidaysShort = HolidayCsv::parse(QStringLiteral("date,kind,name\n2026-08-17,libur_nasional\n"));
    REQUIRE_FALSE(holidaysShort.ok());
    CHECK(holidaysShort.error().message.contains(QStringLiteral("Line 2")));
}

TEST_CASE("the holiday CSV guards formulas in names and reads them back unchanged")
{
    const QList<Holiday> list { { QDate(2026, 8, 17), HolidayKind::LiburNasional, QStringLiteral("=1+1") },
        { QDate(2026, 12, 25), HolidayKind::LiburNasional, QStringLiteral("@Natal, \"Hari\"") } };
    const QString text = HolidayCsv::write(list);
    CHECK(text.contains(QStringLiteral(",'=1+1\n")));
    CHECK(text.contains(QStringLiteral(",\"'@Natal, \"\"Hari\"\"\"\n")));
    auto back = HolidayCsv::parse(text);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 2);
    CHECK(back->at(0).name == list.at(0).name);
    CHECK(back->at(1).name == list.at(1).name);
}

TEST_CASE("names with NUL, control characters or only a byte order mark are refused")
{
    using K = TextCheck::Kind;
    CHECK(TextCheck::problem(QStringLiteral("Perekaman KTP-el")) == std::nullopt);
    CHECK(TextCheck::problem(QStringLiteral("Baris satu\nbaris\tdua\r\ntiga"), K::MultiLine) == std::nullopt);
    CHECK(TextCheck::problem(QStringLiteral("KTP\u0000el")).has_value());
    CHECK(TextCheck::problem(QStringLiteral("KTP\x07")).has_value());
    CHECK(TextCheck::problem(QStringLiteral("\x1b[31mmerah")).has_value());
    CHECK(TextCheck::problem(QString::fromUtf16(u"a\u0085b")).has_value());
    CHECK(TextCheck::problem(QStringLiteral("\uFEFF")).has_value());
    CHECK(TextCheck::problem(QString::fromUtf16(u" \uFEFF ")).has_value());
    CHECK(TextCheck::problem(QStringLiteral("dua\nbaris")).has_value());
    CHECK(TextCheck::problem(QStringLiteral("a\rb"), K::MultiLine).has_value());
    CHECK(TextCheck::problem(QStringLiteral("a\x0b"), K::MultiLine).has_value());

    auto st = TextCheck::check(QStringLiteral("\uFEFF"), QStringLiteral("The unit name"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::InvalidInput);
    CHECK(st.error().message.startsWith(QStringLiteral("The unit name ")));

    // A piece of a file in a message never carries its raw control bytes.
    const QString quoted = TextCheck::quote(QStringLiteral("\x1b]0;pwned\x07") + QString(100, u'x'));
    CHECK_FALSE(quoted.contains(QChar(0x1b)));
    CHECK_FALSE(quoted.contains(QChar(0x07)));
    CHECK(quoted.contains(QStringLiteral("<U+001B>")));
    CHECK(quoted.size() <= 61);

    auto holidays = HolidayCsv::parse(QString::fromUtf16(u"date,kind,name\n2026-08-17,libur_nasional,\uFEFF\n"
                                                         u"2026-12-25,libur_nasional,Natal\u0007\n"));
    REQUIRE_FALSE(holidays.ok());
    CHECK(holidays.error().message.contains(QStringLiteral("Line 2")));
    CHECK(holidays.error().message.contains(QStringLiteral("Line 3")));
    CHECK_FALSE(holidays.error().message.contains(QChar(0x07)));
}
