"""Independent reference values for causal-sensitivity's E-values and Rosenbaum bounds.

Run from the repository root:  python3 docs/reference-scripts/evalues_rosenbaum.py
Software: Python 3.11, NumPy 1.24, SciPy 1.10 (only scipy.stats.norm).

E-values: VanderWeele & Ding (2017), Ann. Intern. Med. 167:268-274 (formulas in their Table 2).
Rosenbaum bounds: Rosenbaum (2002), Observational Studies, 2nd ed., ch. 4 (Wilcoxon signed-rank
statistic for matched pairs; under sensitivity Gamma the statistic is bounded by sums of independent
rank * Bernoulli(p) terms with p+ = Gamma/(1+Gamma) and p- = 1/(1+Gamma)). Everything below is
computed from the definitions by brute force (enumerating all 2^n sign patterns; ranking |d - tau|
afresh for every candidate tau), deliberately not with the algorithms the Java code uses (dynamic
programming over rank sums, Walsh averages).
"""
import itertools
import math
from fractions import Fraction

import numpy as np
from scipy.stats import norm


def evalue(rr):
    rr = 1 / rr if rr < 1 else rr
    return rr + math.sqrt(rr * (rr - 1))


def evalue_ci(rr, lo, hi):
    if rr > 1:
        return 1.0 if lo <= 1 else evalue(lo)
    return 1.0 if hi >= 1 else evalue(hi)


def p(name, *values):
    print(name, "=", ", ".join(repr(float(v)) for v in values))


p("RR 3.9 (1.8, 8.7)", evalue(3.9), evalue_ci(3.9, 1.8, 8.7))
p("RR 0.8 (0.71, 0.91)", evalue(0.8), evalue_ci(0.8, 0.71, 0.91))
p("RR 1.5 (0.9, 2.5)", evalue(1.5), evalue_ci(1.5, 0.9, 2.5))
p("OR common 2.0 (1.5, 2.8)", evalue(math.sqrt(2.0)), evalue_ci(math.sqrt(2.0), math.sqrt(1.5), math.sqrt(2.8)))
hr = lambda h: (1 - 0.5 ** math.sqrt(h)) / (1 - 0.5 ** math.sqrt(1 / h))
p("HR common 0.7 (0.55, 0.9)", evalue(hr(0.7)), evalue_ci(hr(0.7), hr(0.55), hr(0.9)))
p("SMD 0.5 se 0.1", evalue(math.exp(0.91 * 0.5)),
  evalue_ci(math.exp(0.91 * 0.5), math.exp(0.91 * 0.5 - 1.78 * 0.1), math.exp(0.91 * 0.5 + 1.78 * 0.1)))
d, s = 0.0973158192849558 / 0.5, 0.023256537809811 / 0.5
p("OLS beta 0.0973158192849558 se 0.023256537809811 sdY 0.5", evalue(math.exp(0.91 * d)),
  evalue_ci(math.exp(0.91 * d), math.exp(0.91 * d - 1.78 * s), math.exp(0.91 * d + 1.78 * s)))
p("RR 3.9 (1.8, 8.7) true 1.5", evalue(3.9 / 1.5), evalue_ci(3.9 / 1.5, 1.8 / 1.5, 8.7 / 1.5))


def ranks_abs(x):
    """Average ranks of |x| (ties share the mean rank)."""
    a = np.abs(x)
    order = np.argsort(a, kind="mergesort")
    r = np.empty(len(a))
    i = 0
    while i < len(a):
        j = i
        while j + 1 < len(a) and a[order[j + 1]] == a[order[i]]:
            j += 1
        r[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return r


def signed_rank(diffs):
    d = np.asarray([v for v in diffs if v != 0.0])
    r = ranks_abs(d)
    return float(np.sum(r[d > 0])), r


def tail_exact(r, t, prob, upper=True):
    """P(sum r_i B_i >= t) (or <= t) for independent B_i ~ Bernoulli(prob), by enumeration."""
    total = 0.0
    n = len(r)
    for signs in itertools.product((0, 1), repeat=n):
        s = sum(ri for ri, b in zip(r, signs) if b)
        k = sum(signs)
        w = prob ** k * (1 - prob) ** (n - k)
        if (s >= t - 1e-9) if upper else (s <= t + 1e-9):
            total += w
    return total


def tail_normal(r, t, prob):
    mean = prob * np.sum(r)
    var = prob * (1 - prob) * np.sum(r ** 2)
    return float(norm.sf((t - mean) / math.sqrt(var)))


# Small matched-pair data (treated minus control), n = 12, with one tie in |d| and no zero.
small = [1.8, -0.4, 2.6, 0.9, 3.1, -1.2, 0.7, 2.2, 1.5, -0.4, 4.0, 0.3]
t_obs, r = signed_rank(small)
p("small T+", t_obs)
for g in (1.0, 1.5, 2.0, 3.0):
    pp, pm = g / (1 + g), 1 / (1 + g)
    p(f"small exact gamma={g} upper lower", tail_exact(r, t_obs, pp), tail_exact(r, t_obs, pm))
    p(f"small normal gamma={g} upper lower", tail_normal(r, t_obs, pp), tail_normal(r, t_obs, pm))


def t_at(diffs, tau):
    d = np.asarray(diffs) - tau
    t, _ = signed_rank(d)
    return t


def hl_bounds(diffs, g):
    """Rosenbaum (2002, Sec. 4.3.5): for p in {p-, p+}, the estimate solving T(tau) = p n(n+1)/2 as the
    midpoint of sup{tau: T(tau) > mu} and inf{tau: T(tau) < mu}, by scanning tau on every gap between
    Walsh averages (T is constant between consecutive Walsh averages)."""
    n = len(diffs)
    walsh = sorted({(diffs[i] + diffs[j]) / 2 for i in range(n) for j in range(i, n)})
    mids = [walsh[0] - 1] + [(a + b) / 2 for a, b in zip(walsh, walsh[1:])] + [walsh[-1] + 1]
    out = []
    gf = Fraction(str(g))
    for prob in (1 / (1 + gf), gf / (1 + gf)):
        mu = prob * Fraction(n * (n + 1), 2)  # exact, so that an integral mean is recognised as such
        above = [m for m in mids if t_at(diffs, m) > mu]
        below = [m for m in mids if t_at(diffs, m) < mu]
        # sup over an open gap is its right end (a Walsh average), inf its left end
        sup_tau = min(w for w in walsh if w > max(above))
        inf_tau = max(w for w in walsh if w < min(below))
        out.append((sup_tau + inf_tau) / 2)
    # mu under p+ is the largest, and T decreases in tau: p+ gives the lowest estimate
    return out[1], out[0]


def ci_bounds(diffs, g, alpha, exact=True):
    """Lower limit: smallest tau not rejected by the upper-tail test under p+; upper limit: largest tau
    not rejected by the lower-tail test under p- (scanning the gaps between Walsh averages)."""
    n = len(diffs)
    walsh = sorted((diffs[i] + diffs[j]) / 2 for i in range(n) for j in range(i, n))
    mids = [walsh[0] - 1] + [(a + b) / 2 for a, b in zip(walsh, walsh[1:])] + [walsh[-1] + 1]
    ranks = np.arange(1, n + 1, dtype=float)
    pp, pm = g / (1 + g), 1 / (1 + g)
    ok_lo = [m for m in mids if (tail_exact(ranks, t_at(diffs, m), pp) if exact else tail_normal(ranks, t_at(diffs, m), pp)) > alpha / 2]
    ok_hi = [m for m in mids if (tail_exact(ranks, t_at(diffs, m), pm, upper=False) if exact
                                 else 1 - tail_normal(ranks, t_at(diffs, m) + 1e-9, pm) + 0) > alpha / 2]
    lo = max(w for w in walsh if w < min(ok_lo)) if min(ok_lo) > mids[0] else -math.inf
    hi = min(w for w in walsh if w > max(ok_hi)) if max(ok_hi) < mids[-1] else math.inf
    return lo, hi


# Continuous pairs without ties, n = 14 (exact enumeration of 2^14 patterns per tau).
pairs = [2.31, -0.52, 1.74, 3.05, 0.88, -1.37, 2.66, 1.12, 0.41, 4.18, 1.93, 0.67, 2.95, -0.21]
p("pairs T+", signed_rank(pairs)[0])
for g in (1.0, 1.5, 2.0, 4.0):
    p(f"pairs HL gamma={g} low high", *hl_bounds(pairs, g))
    p(f"pairs CI exact gamma={g} alpha=0.05 low high", *ci_bounds(pairs, g, 0.05, exact=True))
    p(f"pairs CI normal gamma={g} alpha=0.10 low high", *ci_bounds(pairs, g, 0.10, exact=False))
