"""Imbens & Manski (2004) critical values C solving Phi(C + width/max(se_L, se_U)) - Phi(-C) = level,
found with scipy.optimize.brentq (SciPy 1.17.1, Python 3.11), for the tests of ImbensManski.
Run: python3 docs/reference-scripts/bounds_imbens_manski.py
"""
from scipy.optimize import brentq
from scipy.stats import norm

for width, sel, seu, level in ((0.05, 0.02, 0.03, 0.95), (0.01, 0.05, 0.04, 0.90), (0.0, 0.1, 0.1, 0.95),
                               (10.0, 0.1, 0.1, 0.95)):
    s = max(sel, seu)
    c = brentq(lambda c: norm.cdf(c + width / s) - norm.cdf(-c) - level, 0, 5, xtol=1e-15)
    print(width, sel, seu, level, repr(c))
