"""Reference values for the proximal estimators (io.github.causal4j.estimate.proximal), computed
independently of the library: plain numpy least squares for P2SLS, scipy.optimize.root for the
bridge equations of Cui, Pu, Shi, Miao & Tchetgen Tchetgen (2023, JASA), and the sandwich of the
stacked estimating equations with a finite-difference Jacobian.
numpy 2.4.6, scipy 1.17.1 (python3 of the build machine).   python3 docs/reference-scripts/estimation_proximal.py datasets

Moment equations (g = (1, Z, A, X), k = (1, W, A, X), s = 2A - 1):
  outcome bridge h = b'k:            mean[ g (Y - b'k) ] = 0
  treatment bridge q = 1 + exp(s t'g): mean[ s q (1, W, X) ] = 0 and mean[ A q - 1 ] = 0
      (from E[q|W,A,X] = 1/P(A|W,X): E[1{A=a} q(Z,a,X) m(W,X)] = E[m(W,X)] for a = 0, 1; the difference over a
      and the a = 1 equation with m = 1. The other natural system, mean[(1,W,A,X) q - (2,2W,1,2X)] = 0, is
      equally valid in the population but has no root in proximal_binary.csv; this one does.)
  POR  = mean[ h(W,1,X) - h(W,0,X) ] = b_A
  PIPW = mean[ s q Y ]
  PDR  = mean[ s q (Y - h) + h(W,1,X) - h(W,0,X) ]
"""
import sys
import numpy as np
from scipy import optimize

folder = sys.argv[1] if len(sys.argv) > 1 else "datasets"


def load(name):
    d = np.genfromtxt(f"{folder}/{name}", delimiter=",", names=True)
    return {k: d[k].astype(float) for k in d.dtype.names}


# --- P2SLS on proximal_linear.csv: Y on (A, W, X1, X2), W instrumented by Z --------------------------------
d = load("proximal_linear.csv")
n = len(d["Y"])
one = np.ones(n)
X = np.column_stack([one, d["A"], d["W"], d["X1"], d["X2"]])
Zm = np.column_stack([one, d["A"], d["Z"], d["X1"], d["X2"]])
Xhat = Zm @ np.linalg.lstsq(Zm, X, rcond=None)[0]
b = np.linalg.lstsq(Xhat, d["Y"], rcond=None)[0]
u = d["Y"] - X @ b
bread = np.linalg.inv(Xhat.T @ Xhat)
classical = np.sqrt(np.diag(bread * (u @ u) / (n - X.shape[1])))
meat = (Xhat * u[:, None]).T @ (Xhat * u[:, None])
hc0 = np.sqrt(np.diag(bread @ meat @ bread))
hc1 = hc0 * np.sqrt(n / (n - X.shape[1]))
print("p2sls A %.15g se %.15g hc0 %.15g hc1 %.15g" % (b[1], classical[1], hc0[1], hc1[1]))
fs_full = np.linalg.lstsq(Zm, d["W"], rcond=None)
rss1 = np.sum((d["W"] - Zm @ fs_full[0]) ** 2)
Zr = np.column_stack([one, d["A"], d["X1"], d["X2"]])
rss0 = np.sum((d["W"] - Zr @ np.linalg.lstsq(Zr, d["W"], rcond=None)[0]) ** 2)
print("p2sls first-stage F of W on Z %.15g" % (((rss0 - rss1) / 1) / (rss1 / (n - 5))))

# --- POR / PIPW / PDR on proximal_binary.csv ----------------------------------------------------------------
d = load("proximal_binary.csv")
Y, A, Z, W, Xc = d["Y"], d["A"], d["Z"], d["W"], d["X"]
n = len(Y)
one = np.ones(n)
s = 2 * A - 1
G = np.column_stack([one, Z, A, Xc])
K = np.column_stack([one, W, A, Xc])
M = np.column_stack([one, W, Xc])


def psi(theta, which):
    b, t, tau = theta[:4], theta[4:8], theta[8]
    h = K @ b
    q = 1 + np.exp(s * (G @ t))
    cols = [G * (Y - h)[:, None], M * (s * q)[:, None], (A * q - 1)[:, None]]
    if which == "por":
        ate = b[2] * one
    elif which == "pipw":
        ate = s * q * Y
    else:
        ate = s * q * (Y - h) + b[2]
    cols.append((ate - tau)[:, None])
    return np.hstack(cols)


def solve_and_sandwich(which):
    mean_eq = lambda th: psi(th, which).mean(axis=0)
    # Blocks solved one after the other (h is linear; q by hybr from 0; the ATE is then explicit), then checked jointly.
    b = np.linalg.solve(G.T @ K, G.T @ Y)
    qeq = lambda t: psi(np.concatenate([b, t, [0.0]]), which)[:, 4:8].mean(axis=0)
    t = optimize.root(qeq, np.zeros(4), method="hybr", options={"xtol": 1e-15}).x
    tau = psi(np.concatenate([b, t, [0.0]]), which)[:, 8].mean()
    th0 = np.concatenate([b, t, [tau]])
    sol = optimize.root(mean_eq, th0, method="hybr", options={"xtol": 1e-15})
    sol.success = np.abs(mean_eq(sol.x)).max() < 1e-12
    th = sol.x
    eps = 1e-6
    J = np.empty((9, 9))
    for j in range(9):
        e = np.zeros(9)
        e[j] = eps * max(1.0, abs(th[j]))
        J[:, j] = (mean_eq(th + e) - mean_eq(th - e)) / (2 * e[j])
    P = psi(th, which)
    B = P.T @ P / n
    Jinv = np.linalg.inv(J)
    V = Jinv @ B @ Jinv.T / n
    return th, np.sqrt(V[8, 8]), sol.success


for which in ("por", "pipw", "pdr"):
    th, se, ok = solve_and_sandwich(which)
    print("%s ate %.15g se %.15g converged %s" % (which, th[8], se, ok))
    if which == "pdr":
        print("bridge b %s" % " ".join("%.15g" % v for v in th[:4]))
        print("bridge t %s" % " ".join("%.15g" % v for v in th[4:8]))
