"""Reference values for Balke & Pearl (1997) bounds on the ACE with binary Z, X, Y, computed two
independent ways: (1) the linear programs over the 16 response types solved with
scipy.optimize.linprog (HiGHS), and (2) the 8 + 8 closed-form terms of Balke & Pearl (1997, JASA
92:1171-1176), with p_{yx.z} = P(Y=y, X=x | Z=z). Also checks Pearl's instrumental inequality
max_x sum_y max_z P(x, y | z) <= 1, and that the two methods agree on random tables that satisfy it.
Run: python3 docs/reference-scripts/bounds_balke_pearl.py   (Python 3.11, NumPy 2.4.6, SciPy 1.17.1)
"""
import csv
import itertools
import os

import numpy as np
from scipy.optimize import linprog

HERE = os.path.dirname(os.path.abspath(__file__))

# response types: X = fx(Z) with fx in {never, complier, defier, always}, Y = fy(X) likewise
FUNCS = [lambda v: 0, lambda v: v, lambda v: 1 - v, lambda v: 1]


def lp_bounds(p):
    """p[z][x][y] = P(X=x, Y=y | Z=z). Returns (lower, upper) or None if infeasible."""
    types = list(itertools.product(range(4), range(4)))
    a_eq, b_eq = [], []
    for z in (0, 1):
        for x in (0, 1):
            for y in (0, 1):
                a_eq.append([1.0 if FUNCS[fx](z) == x and FUNCS[fy](x) == y else 0.0 for fx, fy in types])
                b_eq.append(p[z][x][y])
    c = np.array([FUNCS[fy](1) - FUNCS[fy](0) for fx, fy in types], dtype=float)
    lo = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method='highs')
    hi = linprog(-c, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method='highs')
    if lo.status != 0 or hi.status != 0:
        return None
    return lo.fun, -hi.fun


def closed_form(p):
    def q(y, x, z):
        return p[z][x][y]
    lower = max(q(1, 1, 1) + q(0, 0, 0) - 1,
                q(1, 1, 0) + q(0, 0, 1) - 1,
                q(1, 1, 0) - q(1, 1, 1) - q(1, 0, 1) - q(0, 1, 0) - q(1, 0, 0),
                q(1, 1, 1) - q(1, 1, 0) - q(1, 0, 0) - q(0, 1, 1) - q(1, 0, 1),
                -q(0, 1, 1) - q(1, 0, 1),
                -q(0, 1, 0) - q(1, 0, 0),
                q(0, 0, 1) - q(0, 1, 1) - q(1, 0, 1) - q(0, 1, 0) - q(0, 0, 0),
                q(0, 0, 0) - q(0, 1, 0) - q(1, 0, 0) - q(0, 1, 1) - q(0, 0, 1))
    upper = min(1 - q(0, 1, 1) - q(1, 0, 0),
                1 - q(0, 1, 0) - q(1, 0, 1),
                -q(0, 1, 0) + q(0, 1, 1) + q(0, 0, 1) + q(1, 1, 0) + q(0, 0, 0),
                -q(0, 1, 1) + q(1, 1, 1) + q(0, 0, 1) + q(0, 1, 0) + q(0, 0, 0),
                q(1, 1, 1) + q(0, 0, 1),
                q(1, 1, 0) + q(0, 0, 0),
                -q(1, 0, 1) + q(1, 1, 1) + q(0, 0, 1) + q(1, 1, 0) + q(1, 0, 0),
                -q(1, 0, 0) + q(1, 1, 0) + q(0, 0, 0) + q(1, 1, 1) + q(1, 0, 1))
    return lower, upper


def iv_inequality(p):
    return [sum(max(p[z][x][y] for z in (0, 1)) for y in (0, 1)) for x in (0, 1)]


tables = {}
for row in csv.DictReader(open(os.path.join(HERE, '..', '..', 'datasets', 'balke_pearl_tables.csv'))):
    t = tables.setdefault(row['table'], np.zeros((2, 2, 2)))
    t[int(row['z'])][int(row['x'])][int(row['y'])] = float(row['count'])

for name, counts in tables.items():
    p = counts / counts.sum(axis=(1, 2), keepdims=True)
    ineq = iv_inequality(p)
    lp = lp_bounds(p)
    print(f'{name}: iv-inequality sums {ineq!r}; LP {lp!r}; closed form {closed_form(p)!r}')

rng = np.random.default_rng(7)
worst = 0.0
for _ in range(2000):
    q = rng.dirichlet(np.ones(16))
    p = np.zeros((2, 2, 2))
    for k, (fx, fy) in enumerate(itertools.product(range(4), range(4))):
        for z in (0, 1):
            x = FUNCS[fx](z)
            p[z][x][FUNCS[fy](x)] += q[k]
    lp = lp_bounds(p)
    cf = closed_form(p)
    worst = max(worst, abs(lp[0] - cf[0]), abs(lp[1] - cf[1]))
print('largest |LP - closed form| over 2000 random compatible tables:', worst)
