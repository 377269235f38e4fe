"""Accuracy ceiling of double precision on the NIST StRD linear-regression sets (NistAccuracyTest).

The certified values are the least-squares solution of the *decimal* data. A program in double
precision sees the data rounded to doubles (and, for the polynomial sets, powers formed by repeated
multiplication, as numpy.vander and the test do). This script solves the least-squares problem of
exactly those doubles in rational arithmetic and reports the minimum coefficient LRE of that exact
solution against the certified values: no double-precision algorithm can be expected to beat it
systematically (one that does, as LAPACK does on Filip, 8.1 vs 7.4, gains by rounding luck).
It also prints numpy's Householder QR (LAPACK dgeqrf) LRE for comparison.

Run: python3 docs/reference-scripts/estimation_nist_exact.py   (Python 3.11, numpy 2.4.6 / scipy 1.17.1)
"""
import csv
import json
import math
from fractions import Fraction

import numpy as np
import scipy.linalg as sl

ROOT = "datasets/nist/"
cert_all = json.load(open(ROOT + "certified.json"))["datasets"]


def exact_ls(X, y):
    """Solve X'X b = X'y exactly over the rationals (Gauss-Jordan)."""
    k = len(X[0])
    A = [[sum(X[i][a] * X[i][b] for i in range(len(X))) for b in range(k)] + [sum(X[i][a] * y[i] for i in range(len(X)))]
         for a in range(k)]
    for c in range(k):
        piv = next(r for r in range(c, k) if A[r][c] != 0)
        A[c], A[piv] = A[piv], A[c]
        for r in range(k):
            if r != c and A[r][c] != 0:
                f = A[r][c] / A[c][c]
                A[r] = [A[r][j] - f * A[c][j] for j in range(k + 1)]
    return [A[c][k] / A[c][c] for c in range(k)]


def lre(est, cert):
    if cert == 0:
        v = 15.0 if est == 0 else -math.log10(abs(est))
    else:
        rel = abs(est - cert) / abs(cert)
        v = 15.0 if rel == 0 else -math.log10(rel)
    v = min(v, 15.0)
    return 0.0 if v < 1 else v


for name, spec in cert_all.items():
    rows = list(csv.reader(open(ROOT + spec["csv"])))
    header, rows = rows[0], rows[1:]
    y = [float(r[0]) for r in rows]
    cols = spec["design_columns"]
    X = []
    for r in rows:
        vals = dict(zip(header, (float(v) for v in r)))
        row = []
        for c in cols:
            if c == "1":
                row.append(1.0)
            elif c in vals:
                row.append(vals[c])
            else:
                p = int(c.split("^")[1])
                v = 1.0
                for _ in range(p):
                    v *= vals["x"]
                row.append(v)
        X.append(row)
    cert = [p["estimate"] for p in spec["parameters"]]
    b = exact_ls([[Fraction(v) for v in row] for row in X], [Fraction(v) for v in y])
    exact = min(lre(float(bi), ci) for bi, ci in zip(b, cert))
    Xn, yn = np.array(X), np.array(y)
    Q, R = np.linalg.qr(Xn)
    bq = sl.solve_triangular(R, Q.T @ yn)
    lapack = min(lre(bi, ci) for bi, ci in zip(bq, cert))
    print(f"{name:9s} exact-LS-of-double-input {exact:7.3f}   numpy/LAPACK QR {lapack:7.3f}")
