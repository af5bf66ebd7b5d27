// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The index formulas of PermenPANRB 14/2017 (domain.md §6) on cases computed
// by hand with exact fractions.
#include "core/survey/Ikm.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace loket;

namespace {

// Every element answered by `count` respondents whose answers sum to `sum`.
ElementTallies uniform(qint64 sum, qint64 count)
{
    ElementTallies t;
    for (ElementTally &e : t)
        e = ElementTally {sum, count};
    return t;
}

IkmResult compute(const ElementTallies &t, IkmWeighting w = IkmWeighting::Exact, qint64 respondents = 0)
{
    auto r = Ikm::compute(t, w, respondents);
    if (!r)
        FAIL(r.error().message.toStdString());
    return r.value();
}

// The answers of a few respondents, 0 for an element left out, in code order U1 … U9.
ElementTallies tally(const std::vector<std::array<int, 9>> &respondents)
{
    ElementTallies t;
    for (const auto &answers : respondents) {
        for (size_t i = 0; i < 9; ++i) {
            if (answers[i] > 0) {
                t[i].sum += answers[i];
                ++t[i].count;
            }
        }
    }
    return t;
}

} // namespace

TEST_CASE("88,305 rounds half up to 88,31 and is an A")
{
    // 10 000 respondents, every element's NRR exactly 3,5322: IKM 3,5322, × 25 = 88,305.
    const IkmResult r = compute(uniform(35322, 10000), IkmWeighting::Exact, 10000);
    REQUIRE(r.complete());
    CHECK(r.respondents == 10000);
    CHECK(*r.convertedCenti == 8831);
    CHECK(centiText(*r.convertedCenti) == QLatin1String("88,31"));
    CHECK(*r.grade == IkmGrade::A);
    CHECK(*r.ikm == Approx(3.5322));
    // Each element too: 3,5322 × 25 = 88,305 → 88,31 A.
    for (const IkmElement &e : r.elements) {
        CHECK(*e.convertedCenti == 8831);
        CHECK(*e.grade == IkmGrade::A);
    }
}

TEST_CASE("the rounding is decimal: values binary floating point rounds the wrong way")
{
    // NRR 3,5326 everywhere: 88,315 exactly. In doubles Σ NRR / 9 × 25 is
    // 88,31499999999998, which rounds to 88,31; the right value is 88,32.
    double sumNrr = 0;
    for (int i = 0; i < 9; ++i)
        sumNrr += 35326.0 / 10000;
    const double naive = sumNrr / 9 * 25;
    CHECK(std::floor(naive * 100 + 0.5) == 8831); // the mistake this code does not make
    CHECK(*compute(uniform(35326, 10000)).convertedCenti == 8832);
    // NRR 3,0638: 76,595 exactly → 76,60 (round(76.595, 2) in doubles gives 76,59).
    CHECK(*compute(uniform(30638, 10000)).convertedCenti == 7660);
    CHECK(Ikm::elementCenti(30638, 10000) == 7660);
    CHECK(Ikm::elementCenti(35326, 10000) == 8832);
}

TEST_CASE("each grade boundary, on the rounded converted value")
{
    struct Case {
        qint64 sum; // of 10 000 answers per element: NRR = sum / 10 000
        int centi;
        IkmGrade grade;
    };
    const Case cases[] = {
        {35324, 8831, IkmGrade::A}, // 3,5324 × 25 = 88,31
        {35320, 8830, IkmGrade::B}, // 88,30
        {30644, 7661, IkmGrade::B}, // 76,61
        {30640, 7660, IkmGrade::C}, // 76,60
        {26000, 6500, IkmGrade::C}, // 65,00
        {25996, 6499, IkmGrade::D}, // 64,99
        {30642, 7661, IkmGrade::B}, // 76,605 rounds up into B
        {25998, 6500, IkmGrade::C}, // 64,995 rounds up into C
        {40000, 10000, IkmGrade::A},
        {10000, 2500, IkmGrade::D},
    };
    for (const Case &c : cases) {
        INFO("sum " << c.sum);
        const IkmResult r = compute(uniform(c.sum, 10000));
        CHECK(*r.convertedCenti == c.centi);
        CHECK(*r.grade == c.grade);
        CHECK(Ikm::elementCenti(c.sum, 10000) == c.centi);
        CHECK(*r.elements.front().grade == c.grade);
    }
    // 88,30475 (NRR 3,53219) is below 88,305 and stays 88,30, a B.
    const IkmResult below = compute(uniform(353219, 100000));
    CHECK(*below.convertedCenti == 8830);
    CHECK(*below.grade == IkmGrade::B);
    CHECK(ikmGradeOf(8831) == IkmGrade::A);
    CHECK(ikmGradeOf(8830) == IkmGrade::B);
    CHECK(ikmGradeOf(7661) == IkmGrade::B);
    CHECK(ikmGradeOf(7660) == IkmGrade::C);
    CHECK(ikmGradeOf(6500) == IkmGrade::C);
    CHECK(ikmGradeOf(6499) == IkmGrade::D);
}

TEST_CASE("the printed weight 0,111 moves a result from A to B")
{
    // Ten respondents; eight elements NRR 3,5, one 3,8: Σ NRR = 31,8.
    ElementTallies t = uniform(35, 10);
    t[8] = ElementTally {38, 10};
    // 31,8 / 9 × 25 = 88,333… → 88,33 A.
    const IkmResult exact = compute(t, IkmWeighting::Exact);
    CHECK(exact.weighting == IkmWeighting::Exact);
    CHECK(*exact.convertedCenti == 8833);
    CHECK(*exact.grade == IkmGrade::A);
    CHECK(*exact.ikm == Approx(31.8 / 9));
    // 31,8 × 0,111 × 25 = 88,245 exactly → 88,25 (half up) B.
    const IkmResult printed = compute(t, IkmWeighting::Printed);
    CHECK(printed.weighting == IkmWeighting::Printed);
    CHECK(*printed.convertedCenti == 8825);
    CHECK(*printed.grade == IkmGrade::B);
    CHECK(*printed.ikm == Approx(3.5298));
    // The element values do not depend on the weighting.
    CHECK(*printed.elements[8].convertedCenti == 9500);
    CHECK(*exact.elements[0].convertedCenti == 8750);
}

TEST_CASE("an answer left out counts neither as 0 nor at all, and counts differ per element")
{
    // Three respondents (0 = left out): the second skipped U8, the third U4.
    const ElementTallies t = tally({
        {4, 3, 3, 4, 3, 4, 4, 3, 3},
        {3, 3, 2, 4, 3, 3, 4, 0, 3},
        {4, 2, 3, 0, 3, 3, 3, 2, 4},
    });
    const IkmResult r = compute(t, IkmWeighting::Exact, 3);
    REQUIRE(r.complete());
    CHECK(r.elements[3].count == 2); // U4: 4 and 4
    CHECK(*r.element(QStringLiteral("U4"))->nrr == 4.0);
    CHECK(*r.element(QStringLiteral("U8"))->nrr == 2.5);
    // NRR 11/3, 8/3, 8/3, 4, 3, 10/3, 11/3, 5/2, 10/3: Σ = 173/6; IKM = 173/54;
    // × 25 = 4325/54 = 80,0925… → 80,09 B.
    CHECK(*r.ikm == Approx(173.0 / 54));
    CHECK(*r.convertedCenti == 8009);
    CHECK(*r.grade == IkmGrade::B);
    // 173/6 × 0,111 × 25 = 80,0125 → 80,01.
    CHECK(*compute(t, IkmWeighting::Printed).convertedCenti == 8001);
    // Per element: U1 11/3 × 25 = 91,666… → 91,67 A; U2 66,67 C; U4 100,00 A; U8 62,50 D.
    CHECK(*r.element(QStringLiteral("U1"))->convertedCenti == 9167);
    CHECK(*r.element(QStringLiteral("U1"))->grade == IkmGrade::A);
    CHECK(*r.element(QStringLiteral("U2"))->convertedCenti == 6667);
    CHECK(*r.element(QStringLiteral("U2"))->grade == IkmGrade::C);
    CHECK(*r.element(QStringLiteral("U4"))->convertedCenti == 10000);
    CHECK(*r.element(QStringLiteral("U8"))->convertedCenti == 6250);
    CHECK(*r.element(QStringLiteral("U8"))->grade == IkmGrade::D);
}

TEST_CASE("an element nobody answered: its value is missing, and so is the index")
{
    ElementTallies t = uniform(7, 2);
    t[7] = ElementTally {0, 0}; // U8: no one answered
    const IkmResult r = compute(t, IkmWeighting::Exact, 2);
    CHECK_FALSE(r.complete());
    CHECK(r.unanswered == QStringList {QStringLiteral("U8")});
    CHECK_FALSE(r.ikm.has_value());
    CHECK_FALSE(r.convertedCenti.has_value());
    CHECK_FALSE(r.grade.has_value());
    const IkmElement *u8 = r.element(QStringLiteral("U8"));
    REQUIRE(u8);
    CHECK_FALSE(u8->answered());
    CHECK_FALSE(u8->nrr.has_value());
    CHECK_FALSE(u8->convertedCenti.has_value());
    // The others are still given: 3,5 × 25 = 87,50 B.
    CHECK(*r.element(QStringLiteral("U9"))->convertedCenti == 8750);
    // Nobody at all.
    const IkmResult none = compute(ElementTallies {});
    CHECK(none.unanswered == SurveyElements::codes());
    CHECK_FALSE(none.convertedCenti.has_value());
}

TEST_CASE("one respondent")
{
    const IkmResult r = compute(tally({{4, 3, 3, 4, 3, 4, 4, 3, 3}}), IkmWeighting::Exact, 1);
    // Σ 31 / 9 × 25 = 86,111… → 86,11 B.
    CHECK(*r.convertedCenti == 8611);
    CHECK(*r.grade == IkmGrade::B);
    CHECK(r.respondents == 1);
    // 31 × 0,111 × 25 = 86,0250 → 86,03 (half up).
    CHECK(*compute(tally({{4, 3, 3, 4, 3, 4, 4, 3, 3}}), IkmWeighting::Printed).convertedCenti == 8603);
}

TEST_CASE("large and unequal counts are still exact")
{
    // Counts that share no factor, so the common denominator is their product
    // (far beyond 64 bits). Computed with exact fractions: Σ NRR = the sum of
    // sums[i]/counts[i]; × 25/9 = 87,49987… → 87,50; × 0,111 × 25 = 87,41237… → 87,41.
    const qint64 counts[9] = {99991, 99989, 99971, 99961, 99929, 99923, 99907, 99901, 99881};
    const qint64 sums[9] = {349968, 349961, 349898, 349863, 349751, 349730, 349674, 349653, 349583};
    ElementTallies t;
    double sumNrr = 0;
    for (size_t i = 0; i < 9; ++i) {
        t[i] = ElementTally {sums[i], counts[i]};
        sumNrr += double(sums[i]) / double(counts[i]);
    }
    const IkmResult r = compute(t);
    CHECK(*r.convertedCenti == int(std::floor(sumNrr / 9 * 2500 + 0.5)));
    CHECK(*r.convertedCenti == 8750);
    CHECK(*compute(t, IkmWeighting::Printed).convertedCenti == 8741);
}

TEST_CASE("tallies no answers 1 to 4 can give are refused")
{
    ElementTallies t = uniform(4, 1);
    t[2] = ElementTally {5, 1};
    auto r = Ikm::compute(t, IkmWeighting::Exact);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().message.contains(QLatin1String("U3")));
    t[2] = ElementTally {0, 1};
    CHECK_FALSE(Ikm::compute(t, IkmWeighting::Exact).ok());
    t[2] = ElementTally {3, 0};
    CHECK_FALSE(Ikm::compute(t, IkmWeighting::Exact).ok());
}

TEST_CASE("the weighting's code and label")
{
    CHECK(ikmWeightingCode(IkmWeighting::Exact) == QLatin1String("exact"));
    CHECK(ikmWeightingCode(IkmWeighting::Printed) == QLatin1String("0.111"));
    CHECK(ikmWeightingFromCode(QStringLiteral("0,111")) == IkmWeighting::Printed);
    CHECK(ikmWeightingFromCode(QStringLiteral("1/9")) == IkmWeighting::Exact);
    CHECK_FALSE(ikmWeightingFromCode(QStringLiteral("0.11")).has_value());
    CHECK(ikmWeightingLabel(IkmWeighting::Printed).contains(QLatin1String("0,111")));
    CHECK(centiText(6500, QLatin1Char('.')) == QLatin1String("65.00"));
    CHECK(centiText(10000) == QLatin1String("100,00"));
    CHECK(ikmGradeLetter(IkmGrade::C) == QLatin1String("C"));
}

TEST_CASE("Krejcie–Morgan sample size against the published table")
{
    struct Row {
        qint64 n, s;
    };
    // Krejcie & Morgan (1970), Table 1, and the edges.
    const Row table[] = {{0, 0}, {1, 1}, {10, 10}, {15, 14}, {20, 19}, {50, 44}, {75, 63}, {100, 80},
                         {200, 132}, {500, 217}, {1000, 278}, {2000, 322}, {5000, 357}, {10000, 370},
                         {20000, 377}, {50000, 381}, {75000, 382}, {1000000, 384}};
    for (const Row &row : table) {
        INFO("N = " << row.n);
        CHECK(Ikm::requiredSample(row.n) == row.s);
    }
    CHECK(Ikm::requiredSample(-5) == 0);
}

TEST_CASE("the sample is sufficient or says how many more are needed")
{
    const SampleSufficiency few = Ikm::sample(100, 72);
    CHECK(few.required == 80);
    CHECK_FALSE(few.sufficient());
    CHECK(few.missing() == 8);
    CHECK(few.statusText().contains(QLatin1String("8")));
    const SampleSufficiency enough = Ikm::sample(1000, 278);
    CHECK(enough.sufficient());
    CHECK(enough.missing() == 0);
    // Nobody served: nothing is required.
    CHECK(Ikm::sample(0, 0).sufficient());
    const SampleSufficiency ten = Ikm::sample(10, 9);
    CHECK(ten.required == 10);
    CHECK(ten.missing() == 1);
}
