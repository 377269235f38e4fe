"""Reference values for causal4j's GTest (independence package).

Python 3, scipy 1.17.1, numpy. Run from the repository root:
    python3 docs/reference-scripts/independence_g_test.py
Each stratum of the conditioning variables is a contingency table; empty rows and columns are
dropped (the degrees-of-freedom convention of GTest), then scipy.stats.chi2_contingency with
correction=False gives the stratum's G (lambda_="log-likelihood") or Pearson X^2 and its dof;
they are summed over strata and the p-value is the chi-square upper tail.
"""
import csv
import numpy as np
from scipy.stats import chi2, chi2_contingency

rows = list(csv.DictReader(open("datasets/lalonde_psid.csv")))


def test(x, y, given, lambda_):
    strata = {}
    for r in rows:
        strata.setdefault(tuple(r[g] for g in given), []).append((r[x], r[y]))
    stat, dof = 0.0, 0
    for cells in strata.values():
        xs = sorted({a for a, _ in cells})
        ys = sorted({b for _, b in cells})
        t = np.zeros((len(xs), len(ys)))
        for a, b in cells:
            t[xs.index(a), ys.index(b)] += 1
        if len(xs) < 2 or len(ys) < 2:
            continue
        s, _, d, _ = chi2_contingency(t, correction=False, lambda_=lambda_)
        stat += s
        dof += d
    return stat, dof, chi2.sf(stat, dof)


for x, y, given in [("married", "nodegree", ["black", "hispan"]), ("treat", "married", ["nodegree"]),
                    ("educ", "married", ["black"])]:
    for lam in ["log-likelihood", "pearson"]:
        print(x, y, given, lam, "%.17g %d %.17g" % test(x, y, given, lam))
