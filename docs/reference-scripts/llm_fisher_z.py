"""Reference values for the causal-llm-spi data checks (partial correlation, Fisher-z test).

Run:  python3 docs/reference-scripts/llm_fisher_z.py
Uses: Python 3, numpy 2.4.6, scipy 1.17.1 (the versions the tests cite).

1. Writes causal-llm-spi/src/test/resources/llm/pcor_data.csv: 200 rows from the linear SEM
   a ~ N(0,1); b = 0.8 a + N(0,1); c = 0.5 b + N(0,1); d = 0.3 a + 0.4 c + N(0,1)  (seed 20260101).
2. Prints, for several (x, y | S), the partial correlation computed independently of the library's
   route (causal4j's FisherZTest inverts the correlation matrix) -- as the correlation of the
   least-squares residuals of x and y on (1, S) -- and the Fisher-z statistic
   atanh(r) sqrt(n - |S| - 3) with two-sided p-value 2 * norm.sf(|z|). DataValidationTest checks
   the data checks of causal-llm-spi against these numbers.
"""
import numpy as np
from scipy import stats

rng = np.random.default_rng(20260101)
n = 200
a = rng.standard_normal(n)
b = 0.8 * a + rng.standard_normal(n)
c = 0.5 * b + rng.standard_normal(n)
d = 0.3 * a + 0.4 * c + rng.standard_normal(n)
cols = {"a": a, "b": b, "c": c, "d": d}
with open("causal-llm-spi/src/test/resources/llm/pcor_data.csv", "w") as f:
    f.write("a,b,c,d\n")
    for i in range(n):
        f.write(",".join(repr(float(cols[k][i])) for k in "abcd") + "\n")

# Re-read what was written, so that the numbers below are exactly those of the file.
data = np.loadtxt("causal-llm-spi/src/test/resources/llm/pcor_data.csv", delimiter=",", skiprows=1)
cols = {k: data[:, i] for i, k in enumerate("abcd")}

def residual(v, S):
    X = np.column_stack([np.ones(n)] + [cols[s] for s in S])
    beta, *_ = np.linalg.lstsq(X, cols[v], rcond=None)
    return cols[v] - X @ beta


print("partial correlation, z, p")
for x, y, S in [("a", "b", []), ("a", "c", []), ("a", "c", ["b"]), ("b", "d", ["a", "c"]),
                ("a", "d", ["c"]), ("a", "d", ["b", "c"]), ("c", "d", ["a", "b"]),
                # the tests of DataValidationTest
                ("b", "c", []), ("b", "c", ["a"]), ("c", "d", ["a"]), ("b", "d", ["c"]), ("a", "d", [])]:
    rx, ry = residual(x, S), residual(y, S)
    r = float(np.corrcoef(rx, ry)[0, 1])
    z = float(np.arctanh(r) * np.sqrt(n - len(S) - 3))
    p = float(2 * stats.norm.sf(abs(z)))
    print(f"  {x} {y} | {S}: r={r!r} z={z!r} p={p!r}")
