"""Reference values for Lee (2009) trimming bounds on datasets/lee_trim_exact.csv and
datasets/lee_trim_random.csv, computed independently of the Java code.

Trimming convention (the one causal4j uses): fractional weighting of the boundary observation,
computed here as the integral of the empirical quantile function Q (left-continuous inverse ECDF):
    lower trimmed mean = (1/tau) * int_0^tau Q(u) du,   upper = (1/tau) * int_{1-tau}^1 Q(u) du,
with tau = 1 - p the kept share, p = (q1 - q0)/q1, q_t = P(S=1 | D=t). The integral is evaluated
piecewise over the atoms of the sorted sample in exact rational arithmetic (fractions), a different
route from the Java code's cumulative weights. For comparison the script also prints the bounds with
numpy's type-7 quantile as the cut-off (keeping y <= Q7(tau)), a common alternative convention.

Standard errors: Lee (2009, Proposition 3), with the trimmed arm t, other arm o, N_d the number of
observed outcomes in arm d, sigma^2 the trimmed distribution's variance, y_b the boundary quantile:
    V = [sigma^2 + (1 - tau)(y_b - mu)^2] / (tau N_t) + ((y_b - mu)/tau)^2 tau^2 [(1-q_t)/N_t + (1-q_o)/N_o]
        + sigma_o^2 / N_o.
Run: python3 docs/reference-scripts/bounds_lee.py   (Python 3.11, NumPy 2.4.6)
"""
import csv
import math
import os
from fractions import Fraction

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    rows = list(csv.DictReader(open(os.path.join(HERE, '..', '..', 'datasets', name))))
    return [(int(r['d']), int(r['s']), Fraction(r['y']) if r['s'] == '1' else None) for r in rows]


def integral_of_quantile(sorted_y, a, b):
    """int_a^b Q(u) du for the empirical distribution of sorted_y (equal masses 1/m), a, b Fractions."""
    m = len(sorted_y)
    total = Fraction(0)
    for k, y in enumerate(sorted_y):
        lo, hi = Fraction(k, m), Fraction(k + 1, m)   # Q(u) = y on (k/m, (k+1)/m]
        overlap = min(hi, b) - max(lo, a)
        if overlap > 0:
            total += overlap * y
    return total


def boundary(sorted_y, u):
    """Q(u) = the smallest y with ECDF(y) >= u (for u in (0, 1])."""
    m = len(sorted_y)
    return sorted_y[max(0, math.ceil(u * m) - 1)]


def trimmed_variance(sorted_y, a, b, mean):
    m = len(sorted_y)
    total = Fraction(0)
    for k, y in enumerate(sorted_y):
        lo, hi = Fraction(k, m), Fraction(k + 1, m)
        overlap = min(hi, b) - max(lo, a)
        if overlap > 0:
            total += overlap * (y - mean) ** 2
    return total / (b - a)


def lee(data):
    n = {t: sum(1 for d, s, y in data if d == t) for t in (0, 1)}
    obs = {t: sorted(y for d, s, y in data if d == t and s == 1) for t in (0, 1)}
    q = {t: Fraction(len(obs[t]), n[t]) for t in (0, 1)}
    t, o = (1, 0) if q[1] >= q[0] else (0, 1)
    tau = q[o] / q[t]
    ys = obs[t]
    mu_low = integral_of_quantile(ys, Fraction(0), tau) / tau
    mu_high = integral_of_quantile(ys, 1 - tau, Fraction(1)) / tau
    var_low = trimmed_variance(ys, Fraction(0), tau, mu_low)
    var_high = trimmed_variance(ys, 1 - tau, Fraction(1), mu_high)
    b_low = boundary(ys, tau)
    b_high = boundary(ys, 1 - tau + Fraction(1, 10 ** 30))  # the smallest kept value from the top
    other = obs[o]
    mean_o = sum(other) / len(other)
    var_o = sum((y - mean_o) ** 2 for y in other) / len(other)
    nt, no = len(ys), len(other)
    var_tau = tau ** 2 * ((1 - q[t]) / nt + (1 - q[o]) / no)

    def variance(part_var, b, mu):
        gap = b - mu
        return float((part_var + (1 - tau) * gap ** 2) / (tau * nt) + (gap / tau) ** 2 * var_tau + var_o / no)

    if t == 1:
        lower, upper = mu_low - mean_o, mu_high - mean_o
        se_l, se_u = math.sqrt(variance(var_low, b_low, mu_low)), math.sqrt(variance(var_high, b_high, mu_high))
    else:
        lower, upper = mean_o - mu_high, mean_o - mu_low
        se_l, se_u = math.sqrt(variance(var_high, b_high, mu_high)), math.sqrt(variance(var_low, b_low, mu_low))
    # type-7 alternative: keep y <= Q7(tau) (lower) and y >= Q7(1 - tau) (upper), plain means
    arr = np.array([float(y) for y in ys])
    c_lo, c_hi = np.quantile(arr, float(tau)), np.quantile(arr, float(1 - tau))
    alt = (arr[arr <= c_lo].mean() - float(mean_o), arr[arr >= c_hi].mean() - float(mean_o))
    return dict(trimmed_arm=t, p=float(1 - tau), lower=float(lower), upper=float(upper), se_lower=se_l,
                se_upper=se_u, kept=float(tau * nt), type7=alt)


for name in ('lee_trim_exact.csv', 'lee_trim_random.csv'):
    r = lee(load(name))
    print(name, {k: (repr(v) if isinstance(v, float) else v) for k, v in r.items()})
