"""LIML's k and the LIML / Fuller(1) coefficients on cigarettes_1995.csv in 50-digit arithmetic
(mpmath 1.3.0), to check the double-precision R values of estimation_iv.R (whose dense
I - Z(Z'Z)^{-1}Z' loses about 1e-10 in k) and the library's factor-based computation.
    python3 docs/reference-scripts/estimation_iv_kclass_exact.py datasets
"""
import csv
import sys
from mpmath import mp, matrix, mpf, eig, eye

mp.dps = 50
folder = sys.argv[1] if len(sys.argv) > 1 else "datasets"
rows = list(csv.DictReader(open(folder + "/cigarettes_1995.csv")))


def col(name):
    return [mpf(r[name]) for r in rows]


y, d, inc, t, tc = col("lpacks"), col("lrprice"), col("lrincome"), col("tdiff"), col("taxcpi")
n = len(y)
Xex = matrix([[1, inc[i]] for i in range(n)])
Z = matrix([[1, inc[i], t[i], tc[i]] for i in range(n)])
X = matrix([[1, d[i], inc[i]] for i in range(n)])
Yv = matrix([[y[i]] for i in range(n)])
Yd = matrix([[y[i], d[i]] for i in range(n)])


def annihilator(a):
    return eye(n) - a * (a.T * a) ** -1 * a.T


Mx, Mz = annihilator(Xex), annihilator(Z)
W1, W0 = Yd.T * Mx * Yd, Yd.T * Mz * Yd
kappa = min(e.real for e in eig(W0 ** -1 * W1)[0])
print("liml kappa", mp.nstr(kappa, 20))
for label, k in (("liml", kappa), ("fuller1", kappa - mpf(1) / (n - 4)), ("fuller4", kappa - mpf(4) / (n - 4))):
    a = X.T * (eye(n) - k * Mz)
    b = (a * X) ** -1 * (a * Yv)
    print(label, "coef", " ".join(mp.nstr(b[j], 20) for j in range(3)))
