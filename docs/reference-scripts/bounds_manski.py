"""Reference values for Manski (1990), MTR (Manski 1997), MTS and MTR+MTS (Manski & Pepper 2000)
bounds on datasets/manski_synthetic.csv, derived by hand from the closed forms and evaluated in
exact rational arithmetic (Python fractions), plus the analytic standard errors.

Derivation (binary treatment D, outcome in [a, b], p = P(D=1), m_t = E[Y | D=t]):
  E[Y(1)] = m_1 p + E[Y(1) | D=0] (1-p), and E[Y(1) | D=0] is only known to lie in [a, b], so
      E[Y(1)] in [m_1 p + a(1-p), m_1 p + b(1-p)];   likewise E[Y(0)] in [m_0(1-p) + a p, m_0(1-p) + b p].
  ATE = E[Y(1)] - E[Y(0)] in [m_1 p + a(1-p) - m_0(1-p) - b p,  m_1 p + b(1-p) - m_0(1-p) - a p],
      width (b-a)(1-p) + (b-a)p = b - a.
  MTR (Y(1) >= Y(0) for all units): E[Y(1)] >= E[Y] >= E[Y(0)] because Y = Y(D) lies between them,
      so the lower ATE bound becomes E[Y] - E[Y] = 0; the upper bound is unchanged (Manski 1997).
  MTS (E[Y(t)|D=1] >= E[Y(t)|D=0]): E[Y(1)|D=0] <= m_1 gives E[Y(1)] <= m_1; E[Y(0)|D=1] >= m_0 gives
      E[Y(0)] >= m_0; upper ATE bound becomes m_1 - m_0, the lower is unchanged (Manski & Pepper 2000).
  MTR + MTS: [0, m_1 - m_0] (Manski & Pepper 2000, Corollary 2 with two treatment levels).
Standard errors: every end is a mean of g_i (or m_1 - m_0), so se = sqrt(sum (g_i - gbar)^2) / n, and for
  m_1 - m_0: sqrt(sum_{D=1} (y - m_1)^2 / n_1^2 + sum_{D=0} (y - m_0)^2 / n_0^2)  (no small-sample correction).
Run: python3 docs/reference-scripts/bounds_manski.py   (Python 3.11, only the standard library)
"""
import csv
import math
import os
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(HERE, '..', '..', 'datasets', 'manski_synthetic.csv'))))
d = [int(r['d']) for r in rows]


def bounds(y, a, b):
    n = len(y)
    n1 = sum(d)
    n0 = n - n1
    p = Fraction(n1, n)
    m1 = sum(yi for yi, di in zip(y, d) if di == 1) / n1
    m0 = sum(yi for yi, di in zip(y, d) if di == 0) / n0
    lower = m1 * p + a * (1 - p) - m0 * (1 - p) - b * p
    upper = m1 * p + b * (1 - p) - m0 * (1 - p) - a * p
    gl = [yi * di + a * (1 - di) - yi * (1 - di) - b * di for yi, di in zip(y, d)]
    gu = [yi * di + b * (1 - di) - yi * (1 - di) - a * di for yi, di in zip(y, d)]

    def se_mean(g):
        gbar = sum(g) / n
        return math.sqrt(float(sum((gi - gbar) ** 2 for gi in g))) / n

    se_diff = math.sqrt(float(sum((yi - m1) ** 2 for yi, di in zip(y, d) if di == 1)) / n1 ** 2
                        + float(sum((yi - m0) ** 2 for yi, di in zip(y, d) if di == 0)) / n0 ** 2)
    return {
        'manski': (lower, upper, se_mean(gl), se_mean(gu)),
        'mtr': (Fraction(0), upper, 0.0, se_mean(gu)),
        'mts': (lower, m1 - m0, se_mean(gl), se_diff),
        'mtr-mts': (Fraction(0), m1 - m0, 0.0, se_diff),
    }


print(f'n = {len(d)}, treated = {sum(d)}')
for col, a, b in (('y_bin', Fraction(0), Fraction(1)), ('y_cont', Fraction(0), Fraction(10))):
    y = [Fraction(r[col]) for r in rows]
    n1 = sum(d)
    print(col, 'm1 =', sum(yi for yi, di in zip(y, d) if di) / n1, 'm0 =',
          sum(yi for yi, di in zip(y, d) if not di) / (len(d) - n1))
    for method, (lo, up, sel, seu) in bounds(y, a, b).items():
        print(f'{col} {method}: lower {float(lo)!r} ({lo}) upper {float(up)!r} ({up}) se_lower {sel!r} se_upper {seu!r}')
