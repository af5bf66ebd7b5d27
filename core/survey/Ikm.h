// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/SurveyElements.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace loket {

// The community satisfaction index (IKM, PermenPANRB 14/2017; domain.md §6),
// as pure functions of the answers' sums and counts.
//
//   NRR(u)        = sum of the answers to u / number of respondents who answered u
//   IKM           = Σ NRR(u) × w, w = 1/9 (default) or the printed 0,111   (scale 1–4)
//   converted     = IKM × 25                                                (scale 25–100)
//   per element   = NRR(u) × 25
//
// Everything is computed exactly (integers and fractions, no binary floating
// point) and only the converted value is rounded, once, half up to two
// decimals: 88,305 becomes 88,31. The grade is read from the rounded value.
// Converted values are given in hundredths ("centi"): 8831 is 88,31.
//
// Unanswered elements. A respondent may leave an element out: NRR(u) divides
// by the number who answered u, so a skipped answer neither counts as 0 nor
// lowers the element. An element that nobody answered has no NRR: it is
// listed in `unanswered`, and the index itself is then not given (ikm,
// convertedCenti and grade are empty), since the regulation's index is the
// weighted sum over all nine elements and leaving one out, or counting it as
// 0, would print a figure the regulation does not define. The other
// elements' values are still given.

// How the nine NRRs are weighted. The regulation defines the weight as 1/9
// and prints it rounded as 0,111; many evaluators' spreadsheets use 0,111.
enum class IkmWeighting { Exact, Printed };

QString ikmWeightingCode(IkmWeighting weighting); // "exact", "0.111"
// Also accepts "1/9" and "0,111".
std::optional<IkmWeighting> ikmWeightingFromCode(const QString &code);
QString ikmWeightingLabel(IkmWeighting weighting); // translated: "weight 1/9", "weight 0,111 (as printed …)"

// Mutu pelayanan, on the rounded converted value: ≥ 88,31 A Sangat Baik,
// ≥ 76,61 B Baik, ≥ 65,00 C Kurang Baik, else D Tidak Baik. The same bands
// apply to an element and to a service.
enum class IkmGrade { A, B, C, D };

IkmGrade ikmGradeOf(int convertedCenti);
QString ikmGradeLetter(IkmGrade grade); // "A" … "D"
QString ikmGradeName(IkmGrade grade);   // translated: "Sangat Baik" … "Tidak Baik" in Indonesian
// The lowest rounded converted value of each grade, in hundredths (8831, 7661, 6500, 2500).
int ikmGradeFloorCenti(IkmGrade grade);

// "88,31" (Indonesian decimal comma) or "88.31" (decimal point, for JSON and CSV).
QString centiText(int centi, QChar decimalSeparator = QLatin1Char(','));

// The answers to one element: the sum of the values 1–4 and how many answered.
struct ElementTally {
    qint64 sum = 0;
    qint64 count = 0;
};
// By SurveyElements::index (U1 … U9 in code order).
using ElementTallies = std::array<ElementTally, SurveyElements::kCount>;

struct IkmElement {
    QString code;                      // "U1" …
    qint64 sum = 0;
    qint64 count = 0;                  // respondents who answered it
    bool answered() const { return count > 0; }
    std::optional<double> nrr;         // sum / count, for display (1–4); empty when unanswered
    std::optional<int> convertedCenti; // NRR × 25, rounded half up (exact)
    std::optional<IkmGrade> grade;
};

struct IkmResult {
    IkmWeighting weighting = IkmWeighting::Exact;
    qint64 respondents = 0;            // as given by the caller (responses in the group)
    QList<IkmElement> elements;        // U1 … U9 in code order
    QStringList unanswered;            // codes nobody answered, in code order
    bool complete() const { return unanswered.isEmpty(); }
    std::optional<double> ikm;         // Σ NRR × w on the 1–4 scale, for display (unrounded)
    std::optional<int> convertedCenti; // IKM × 25, rounded once, half up, exactly
    std::optional<IkmGrade> grade;     // on convertedCenti
    // The element with this code ("U8"), or nullptr.
    const IkmElement *element(const QString &code) const;
};

// Krejcie & Morgan's minimum sample for a population N:
//   S = round(3,841 · N · 0,25 / (0,0025 · (N − 1) + 3,841 · 0,25))
// computed exactly as round(3841 · N / (10 · N + 3831)), nearest integer,
// half up (N 100 → 80, 1 000 → 278, 10 000 → 370, as in the published table).
struct SampleSufficiency {
    qint64 population = 0;  // N, citizens served in the period
    qint64 required = 0;    // S
    qint64 respondents = 0;
    bool sufficient() const { return respondents >= required; }
    qint64 missing() const { return sufficient() ? 0 : required - respondents; } // how many more are needed
    QString statusText() const; // translated: "cukup" / "belum cukup, 12 lagi"
};

class Ikm {
    Q_DECLARE_TR_FUNCTIONS(Ikm)
public:
    // The index of a group of responses from its tallies. Refuses tallies no
    // set of answers 1–4 can give (count < 0, sum outside count … 4 × count).
    static Result<IkmResult> compute(const ElementTallies &tallies, IkmWeighting weighting,
                                     qint64 respondents = 0);

    // NRR × 25 rounded half up to hundredths, exactly: floor((5000·sum + count) / (2·count)).
    // count must be > 0.
    static int elementCenti(qint64 sum, qint64 count);

    // S above; N < 0 is taken as 0.
    static qint64 requiredSample(qint64 population);
    static SampleSufficiency sample(qint64 population, qint64 respondents);
};

} // namespace loket
