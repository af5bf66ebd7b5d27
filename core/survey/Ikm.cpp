// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/Ikm.h"

#include <vector>

namespace loket {

namespace {

// A non-negative integer of any size, just enough for one exact fraction:
// the sum of nine fractions sum/count has a denominator up to the product of
// nine counts (576 bits), more than any built-in integer holds.
class BigUInt {
public:
    BigUInt(quint64 v = 0)
    {
        while (v) {
            m_limbs.push_back(quint32(v));
            v >>= 32;
        }
    }

    BigUInt &operator+=(const BigUInt &o)
    {
        if (m_limbs.size() < o.m_limbs.size())
            m_limbs.resize(o.m_limbs.size(), 0);
        quint64 carry = 0;
        for (size_t i = 0; i < m_limbs.size(); ++i) {
            const quint64 s = quint64(m_limbs[i]) + (i < o.m_limbs.size() ? o.m_limbs[i] : 0) + carry;
            m_limbs[i] = quint32(s);
            carry = s >> 32;
        }
        if (carry)
            m_limbs.push_back(quint32(carry));
        return *this;
    }

    friend BigUInt operator*(const BigUInt &a, const BigUInt &b)
    {
        BigUInt r;
        if (a.m_limbs.empty() || b.m_limbs.empty())
            return r;
        r.m_limbs.assign(a.m_limbs.size() + b.m_limbs.size(), 0);
        for (size_t i = 0; i < a.m_limbs.size(); ++i) {
            quint64 carry = 0;
            for (size_t j = 0; j < b.m_limbs.size(); ++j) {
                const quint64 t = quint64(a.m_limbs[i]) * b.m_limbs[j] + r.m_limbs[i + j] + carry;
                r.m_limbs[i + j] = quint32(t);
                carry = t >> 32;
            }
            size_t k = i + b.m_limbs.size();
            while (carry) {
                const quint64 t = quint64(r.m_limbs[k]) + carry;
                r.m_limbs[k++] = quint32(t);
                carry = t >> 32;
            }
        }
        r.trim();
        return r;
    }

    friend bool operator<=(const BigUInt &a, const BigUInt &b)
    {
        if (a.m_limbs.size() != b.m_limbs.size())
            return a.m_limbs.size() < b.m_limbs.size();
        for (size_t i = a.m_limbs.size(); i-- > 0;) {
            if (a.m_limbs[i] != b.m_limbs[i])
                return a.m_limbs[i] < b.m_limbs[i];
        }
        return true;
    }

private:
    void trim()
    {
        while (!m_limbs.empty() && m_limbs.back() == 0)
            m_limbs.pop_back();
    }
    std::vector<quint32> m_limbs; // least significant first, no leading zero limb
};

// floor(a / b) for a quotient known to lie in [0, limit].
qint64 smallQuotient(const BigUInt &a, const BigUInt &b, qint64 limit)
{
    qint64 lo = 0, hi = limit;
    while (lo < hi) {
        const qint64 mid = (lo + hi + 1) / 2;
        if (b * BigUInt(quint64(mid)) <= a)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

} // namespace

QString ikmWeightingCode(IkmWeighting weighting)
{
    return weighting == IkmWeighting::Printed ? QStringLiteral("0.111") : QStringLiteral("exact");
}

std::optional<IkmWeighting> ikmWeightingFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("exact") || c == QLatin1String("1/9"))
        return IkmWeighting::Exact;
    if (c == QLatin1String("0.111") || c == QLatin1String("0,111"))
        return IkmWeighting::Printed;
    return std::nullopt;
}

QString ikmWeightingLabel(IkmWeighting weighting)
{
    return weighting == IkmWeighting::Printed
        ? Ikm::tr("weight 0,111 per element (as printed in PermenPANRB 14/2017)")
        : Ikm::tr("weight 1/9 per element (exact)");
}

IkmGrade ikmGradeOf(int centi)
{
    if (centi >= 8831)
        return IkmGrade::A;
    if (centi >= 7661)
        return IkmGrade::B;
    if (centi >= 6500)
        return IkmGrade::C;
    return IkmGrade::D;
}

int ikmGradeFloorCenti(IkmGrade grade)
{
    switch (grade) {
    case IkmGrade::A: return 8831;
    case IkmGrade::B: return 7661;
    case IkmGrade::C: return 6500;
    case IkmGrade::D: return 2500;
    }
    return 2500;
}

QString ikmGradeLetter(IkmGrade grade)
{
    switch (grade) {
    case IkmGrade::A: return QStringLiteral("A");
    case IkmGrade::B: return QStringLiteral("B");
    case IkmGrade::C: return QStringLiteral("C");
    case IkmGrade::D: return QStringLiteral("D");
    }
    return {};
}

QString ikmGradeName(IkmGrade grade)
{
    switch (grade) {
    case IkmGrade::A: return Ikm::tr("Very good");
    case IkmGrade::B: return Ikm::tr("Good");
    case IkmGrade::C: return Ikm::tr("Not good enough");
    case IkmGrade::D: return Ikm::tr("Poor");
    }
    return {};
}

QString centiText(int centi, QChar decimalSeparator)
{
    const QString sign = centi < 0 ? QStringLiteral("-") : QString();
    const int a = std::abs(centi);
    return sign + QString::number(a / 100) + decimalSeparator + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

const IkmElement *IkmResult::element(const QString &code) const
{
    for (const IkmElement &e : elements) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

QString SampleSufficiency::statusText() const
{
    return sufficient() ? Ikm::tr("sufficient") : Ikm::tr("not yet sufficient: %1 more needed").arg(missing());
}

int Ikm::elementCenti(qint64 sum, qint64 count)
{
    Q_ASSERT(count > 0);
    if (count <= 0)
        return 0;
    // NRR × 25 × 100 = 2500 · sum / count; + 1/2, floor.
    BigUInt top = BigUInt(5000) * BigUInt(quint64(sum));
    top += BigUInt(quint64(count));
    return int(smallQuotient(top, BigUInt(2) * BigUInt(quint64(count)), 20000));
}

Result<IkmResult> Ikm::compute(const ElementTallies &tallies, IkmWeighting weighting, qint64 respondents)
{
    IkmResult r;
    r.weighting = weighting;
    r.respondents = respondents;
    const QStringList codes = SurveyElements::codes();
    for (int i = 0; i < SurveyElements::kCount; ++i) {
        const ElementTally &t = tallies[size_t(i)];
        if (t.count < 0 || t.sum < t.count || t.sum > 4 * t.count) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The answers to %1 do not add up: %2 answers of 1 to 4 cannot sum to %3.")
                                 .arg(codes.at(i))
                                 .arg(t.count)
                                 .arg(t.sum));
        }
        IkmElement e;
        e.code = codes.at(i);
        e.sum = t.sum;
        e.count = t.count;
        if (t.count > 0) {
            e.nrr = double(t.sum) / double(t.count);
            e.convertedCenti = elementCenti(t.sum, t.count);
            e.grade = ikmGradeOf(*e.convertedCenti);
        } else {
            r.unanswered << e.code;
        }
        r.elements << e;
    }
    if (!r.complete())
        return r;

    // S = Σ sum/count = num / den exactly (den the product of the counts).
    BigUInt num, den(1);
    for (int i = 0; i < SurveyElements::kCount; ++i) {
        BigUInt term(quint64(tallies[size_t(i)].sum));
        for (int j = 0; j < SurveyElements::kCount; ++j) {
            if (j != i)
                term = term * BigUInt(quint64(tallies[size_t(j)].count));
        }
        num += term;
        den = den * BigUInt(quint64(tallies[size_t(i)].count));
    }
    // converted × 100 = P/Q · S: 2500 · 1/9 = 2500/9, or 2500 · 111/1000 = 555/2.
    const quint64 p = weighting == IkmWeighting::Printed ? 555 : 2500;
    const quint64 q = weighting == IkmWeighting::Printed ? 2 : 9;
    // Half up: floor(P·S/Q + 1/2) = floor((2P·num + Q·den) / (2Q·den)).
    BigUInt top = BigUInt(2 * p) * num;
    top += BigUInt(q) * den;
    const BigUInt bottom = BigUInt(2 * q) * den;
    r.convertedCenti = int(smallQuotient(top, bottom, 20000));
    r.grade = ikmGradeOf(*r.convertedCenti);

    double sumNrr = 0;
    for (const IkmElement &e : r.elements)
        sumNrr += *e.nrr;
    r.ikm = weighting == IkmWeighting::Printed ? sumNrr * 0.111 : sumNrr / 9.0;
    return r;
}

qint64 Ikm::requiredSample(qint64 population)
{
    // 3,841 · N · 0,25 / (0,0025 · (N − 1) + 3,841 · 0,25), both sides × 4000:
    // 3841 · N / (10 · N + 3831); nearest integer, half up.
    const quint64 n = quint64(std::max<qint64>(0, population));
    BigUInt d = BigUInt(10) * BigUInt(n);
    d += BigUInt(3831);
    BigUInt top = BigUInt(2 * 3841) * BigUInt(n);
    top += d;
    return smallQuotient(top, BigUInt(2) * d, 400); // S < 384,1 for any N
}

SampleSufficiency Ikm::sample(qint64 population, qint64 respondents)
{
    SampleSufficiency s;
    s.population = std::max<qint64>(0, population);
    s.required = requiredSample(s.population);
    s.respondents = std::max<qint64>(0, respondents);
    return s;
}

} // namespace loket
