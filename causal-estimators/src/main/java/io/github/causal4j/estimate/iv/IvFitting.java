/*
 * Copyright 2026 The causal4j developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.causal4j.estimate.iv;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.internal.CoefficientTable;
import io.github.causal4j.estimate.internal.Distributions;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.internal.LinearScoreMeat;
import io.github.causal4j.estimate.internal.OrderedPivotingQr;
import io.github.causal4j.estimate.internal.SmallMatrices;
import io.github.causal4j.estimate.internal.Triangular;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assembles an {@link IvFit}: the factor pass, the k-class solution, the covariance (classical from
 * the factor; robust from one more pass shared with the robust diagnostics) and the diagnostics.
 */
final class IvFitting {

    private static final double TOLERANCE = LinearRegression.DEFAULT_RANK_TOLERANCE;

    private IvFitting() {
    }

    static IvFit fit(InstrumentalVariables config, Dataset data, IvModel model) {
        return fit(config, IvFactor.rows(data, model, config.clusters(), config.parallelism()), model);
    }

    static IvFit fit(InstrumentalVariables config, RowPasses rows, IvModel model) {
        for (String c : config.clusters()) {
            rows.layout().variableColumn(c);
        }
        IvFactor f = IvFactor.of(rows, model, TOLERANCE);
        int l = f.kz - f.kx;
        if (config.kind() == IvMethod.WALD && (f.m != 1 || l != 1)) {
            throw new IllegalArgumentException("the Wald ratio takes one instrument for one endogenous regressor; got "
                    + model.instruments() + " (" + l + " instrument column(s)) for " + model.endogenous()
                    + "; use 2SLS or LIML");
        }
        CovarianceType type = config.clusters().isEmpty() || config.covarianceType() != CovarianceType.CLASSICAL
                ? config.covarianceType() : CovarianceType.HC0;
        boolean robust = type != CovarianceType.CLASSICAL;
        KClass kc = new KClass(f, TOLERANCE);
        double limlKappa = config.kind() == IvMethod.LIML || config.kind() == IvMethod.FULLER ? kc.limlKappa() : 1.0;
        double kappa = switch (config.kind()) {
            case WALD, TWO_STAGE_LEAST_SQUARES -> 1.0;
            case LIML -> limlKappa;
            case FULLER -> limlKappa - config.fullerConstant() / (f.n - f.kz);
        };
        KClass.Solution sol = kc.solve(kappa);
        KClass.Solution tsls = kappa == 1.0 ? sol : kc.solve(1.0);
        int k = kc.k;
        int dof = f.n - k;
        if (dof <= 0) {
            throw new IllegalArgumentException(f.n + " rows for " + k + " coefficients");
        }
        double[] beta = sol.coefficients().clone();
        if (config.kind() == IvMethod.WALD) {
            beta[1] = waldRatio(f);
        }
        List<double[]> firstStage = new ArrayList<>();
        for (int j = 0; j < f.m; j++) {
            firstStage.add(f.projectionCoefficients(f.endogenousIndex(j)));
        }
        WuHausman wh = new WuHausman(f, kc, firstStage);
        double[] cov;
        List<Optional<IvTest>> robustFirst = new ArrayList<>();
        Optional<IvTest> hansen = Optional.empty();
        Optional<IvTest> robustWh = Optional.empty();
        List<String> notes = new ArrayList<>();
        if (!robust) {
            double sigma2 = sol.residualSumOfSquares() / dof;
            cov = scale(sol.bread(), sigma2);
            for (int j = 0; j < f.m; j++) {
                robustFirst.add(Optional.empty());
            }
        } else {
            IvRobust rob = new IvRobust(f, type, config.clusters());
            double[] t = kc.scoreTransform(kappa);
            double[] zz = zzInverse(f);
            List<IvRobust.Residual> defs = new ArrayList<>();
            defs.add(new IvRobust.Residual(sol.residualCoefficients(),
                    IvRobust.leverageForm(kc.selector(), sol.bread(), t, f.q, k)));
            double[] zSel = selector(f.q, f.kz);
            double[] zLev = IvRobust.leverageForm(zSel, zz, zSel, f.q, f.kz);
            for (int j = 0; j < f.m; j++) {
                double[] c = negate(firstStage.get(j));
                c[f.endogenousIndex(j)] = 1.0;
                defs.add(new IvRobust.Residual(c, zLev));
            }
            defs.add(new IvRobust.Residual(wh.residual, IvRobust.leverageForm(wh.transform, wh.bread, wh.transform, f.q,
                    wh.k)));
            boolean overidentified = l > f.m;
            if (overidentified) {
                defs.add(new IvRobust.Residual(tsls.residualCoefficients(), null));
            }
            List<double[]> meats = rob.meats(defs);
            cov = SmallMatrices.sandwich(sol.bread(), LinearScoreMeat.transform(meats.get(0), t, f.q, k), k,
                    rob.factor(k));
            for (int j = 0; j < f.m; j++) {
                double[] v = SmallMatrices.sandwich(zz, LinearScoreMeat.transform(meats.get(1 + j), zSel, f.q, f.kz), f.kz,
                        rob.factor(f.kz));
                String name = f.names.get(f.endogenousIndex(j));
                double w = wald(firstStage.get(j), v, f.kz, f.kx, f.kz);
                if (Double.isNaN(w)) {
                    notes.add("the robust first-stage F of '" + name + "' is not reported: the " + type.label()
                            + " covariance of the instrument coefficients is not positive definite");
                    robustFirst.add(Optional.empty());
                } else {
                    double stat = w / l;
                    robustFirst.add(Optional.of(new IvTest("robust first-stage F (" + name + ")", stat, l, f.n - f.kz,
                            Distributions.fUpperTail(stat, l, f.n - f.kz))));
                }
            }
            double[] vAux = SmallMatrices.sandwich(wh.bread, LinearScoreMeat.transform(meats.get(1 + f.m), wh.transform,
                    f.q, wh.k), wh.k, rob.factor(wh.k));
            double whWald = wald(wh.coefficients, vAux, wh.k, k, wh.k);
            if (Double.isNaN(whWald)) {
                notes.add("the robust Wu-Hausman test is not reported: its " + type.label()
                        + " covariance is not positive definite");
            } else {
                double whStat = whWald / wh.m;
                robustWh = Optional.of(new IvTest("robust Wu-Hausman", whStat, wh.m, f.n - wh.k,
                        Distributions.fUpperTail(whStat, wh.m, f.n - wh.k)));
            }
            if (overidentified) {
                hansen = hansenJ(f, kc, meats.get(2 + f.m));
                if (hansen.isEmpty()) {
                    notes.add("Hansen's J is not reported: the " + type.label() + " weight matrix of the instruments is "
                            + "not positive definite (two-way clustering can give an indefinite one)");
                }
            }
        }
        for (int a = 0; a < k; a++) {
            if (!(cov[a * k + a] >= 0)) {
                throw new CausalException("the " + type.label() + " variance of '" + kc.names().get(a) + "' is "
                        + cov[a * k + a] + ": the two-way cluster-robust estimator is not positive semi-definite here");
            }
        }
        double critical = Distributions.critical(config.confidenceLevel(), dof);
        CoefficientTable table = new CoefficientTable(CoefficientTable.waldRows(kc.names(), beta, cov, critical, dof), cov);
        List<FirstStage> stages = new ArrayList<>();
        for (int j = 0; j < f.m; j++) {
            int d = f.endogenousIndex(j);
            double[] col = f.times(f.unit(d));
            double rss1 = IvFactor.squaredNorm(col, f.kz, f.q);
            double rss0 = IvFactor.squaredNorm(col, f.kx, f.q);
            double stat = ((rss0 - rss1) / l) / (rss1 / (f.n - f.kz));
            stages.add(new FirstStage(f.names.get(d), new IvTest("first-stage F (" + f.names.get(d) + ")", stat, l,
                    f.n - f.kz, Distributions.fUpperTail(stat, l, f.n - f.kz)), robustFirst.get(j),
                    rss0 > 0 ? (rss0 - rss1) / rss0 : 0.0));
        }
        Optional<IvTest> sargan = l > f.m ? Optional.of(sargan(f, tsls)) : Optional.empty();
        List<String> warnings = new ArrayList<>();
        for (FirstStage s : stages) {
            double fs = s.effectiveF();
            if (fs < config.weakInstrumentThreshold()) {
                warnings.add("weak instruments for '" + s.regressor() + "': first-stage " + (s.robustF().isPresent()
                        ? "robust " : "") + "F = " + Formatting.number(fs) + " < " + Formatting.number(
                                config.weakInstrumentThreshold()) + " (Staiger-Stock rule of thumb); the estimate is biased "
                        + "towards OLS and Wald intervals under-cover: use the Anderson-Rubin set");
            }
        }
        warnings.addAll(notes);
        if (sol.residualSumOfSquares() == 0.0) {
            warnings.add("the fit is exact (residual sum of squares 0): standard errors are 0");
        }
        return new IvFit(model, config, type, kappa, table, dof, sol.residualSumOfSquares(), stages, sargan,
                hansen, wh.classical(), robustWh, warnings, f);
    }

    /** The indirect-least-squares ratio: reduced-form over first-stage coefficient of the one instrument. */
    private static double waldRatio(IvFactor f) {
        int z = f.kz - 1;
        double reduced = f.projectionCoefficients(f.outcomeIndex())[z];
        double first = f.projectionCoefficients(f.endogenousIndex(0))[z];
        return reduced / first;
    }

    /** Sargan (1958) as AER's ivdiag: {@code n (1 - RSS(u on Z) / sum (u - mean u)^2)} with the 2SLS residuals. */
    private static IvTest sargan(IvFactor f, KClass.Solution tsls) {
        double[] u = f.times(tsls.residualCoefficients());
        double uu = IvFactor.squaredNorm(u, 0, f.q);
        double projected = IvFactor.squaredNorm(u, 0, f.kz);
        double sum = f.at(0, 0) * u[0];
        double centred = uu - sum * sum / f.n;
        double stat = f.n * (projected - sum * sum / f.n) / centred;
        int df = f.kz - f.kx - f.m;
        return new IvTest("Sargan", stat, df, Double.POSITIVE_INFINITY, Distributions.chiSquaredUpperTail(stat, df));
    }

    /**
     * Hansen's (1982) J at the two-step efficient GMM estimate, with {@code S = sum u_i^2 z_i z_i'}
     * (or its cluster version) from the 2SLS residuals; computed in instrument coordinates whitened by
     * the instrument factor.
     */
    private static Optional<IvTest> hansenJ(IvFactor f, KClass kc, double[] meat) {
        int kz = f.kz;
        int k = kc.k;
        double[] r11 = f.instrumentFactor();
        double[] s = new double[kz * kz];
        for (int a = 0; a < kz; a++) {
            System.arraycopy(meat, a * f.q, s, a * kz, kz);
        }
        // S~ = R^{-T} S R^{-1}
        double[] rInv = Triangular.invertUpper(r11, kz);
        double[] rInvT = transpose(rInv, kz, kz);
        double[] sw = SmallMatrices.multiply(SmallMatrices.multiply(rInvT, s, kz, kz, kz), rInv, kz, kz, kz);
        KClass.symmetrise(sw, kz);
        double[] w = SmallMatrices.invertPositiveDefinite(sw, kz);
        if (w == null) {
            return Optional.empty();
        }
        double[] ts = new double[kz * k];
        double[] ty = new double[kz];
        for (int a = 0; a < kz; a++) {
            for (int j = 0; j < k; j++) {
                ts[a * k + j] = f.at(a, kc.regressors[j]);
            }
            ty[a] = f.at(a, f.outcomeIndex());
        }
        double[] tsT = transpose(ts, kz, k);
        double[] tw = SmallMatrices.multiply(tsT, w, k, kz, kz);
        double[] lhs = SmallMatrices.multiply(tw, ts, k, kz, k);
        KClass.symmetrise(lhs, k);
        double[] rhs = SmallMatrices.multiply(tw, ty, k, kz, 1);
        double[] b = SmallMatrices.solvePositiveDefinite(lhs, rhs, k);
        if (b == null) {
            return Optional.empty();
        }
        double[] g = ty.clone();
        double[] fitted = SmallMatrices.multiply(ts, b, kz, k, 1);
        for (int a = 0; a < kz; a++) {
            g[a] -= fitted[a];
        }
        double[] wg = SmallMatrices.multiply(w, g, kz, kz, 1);
        double j = 0;
        for (int a = 0; a < kz; a++) {
            j += g[a] * wg[a];
        }
        int df = f.kz - f.kx - f.m;
        return Optional.of(new IvTest("Hansen J", j, df, Double.POSITIVE_INFINITY, Distributions.chiSquaredUpperTail(j, df)));
    }

    /** Wald statistic {@code b_S' V_SS^{-1} b_S} over indices {@code from..to-1} of a k-vector; NaN if V_SS is not positive definite. */
    private static double wald(double[] b, double[] v, int k, int from, int to) {
        int s = to - from;
        double[] sub = new double[s * s];
        double[] bs = new double[s];
        for (int a = 0; a < s; a++) {
            bs[a] = b[from + a];
            for (int c = 0; c < s; c++) {
                sub[a * s + c] = v[(from + a) * k + from + c];
            }
        }
        double[] x = SmallMatrices.solvePositiveDefinite(sub, bs, s);
        if (x == null) {
            return Double.NaN;
        }
        double w = 0;
        for (int a = 0; a < s; a++) {
            w += bs[a] * x[a];
        }
        return w;
    }

    /** {@code (Z'Z)^{-1}} from the instrument factor. */
    private static double[] zzInverse(IvFactor f) {
        double[] rInv = Triangular.invertUpper(f.instrumentFactor(), f.kz);
        double[] out = Triangular.timesOwnTranspose(rInv, f.kz);
        return out;
    }

    static double[] selector(int q, int k) {
        double[] s = new double[q * k];
        for (int j = 0; j < k; j++) {
            s[j * k + j] = 1.0;
        }
        return s;
    }

    static double[] transpose(double[] m, int rows, int cols) {
        double[] t = new double[rows * cols];
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < cols; b++) {
                t[b * rows + a] = m[a * cols + b];
            }
        }
        return t;
    }

    private static double[] scale(double[] m, double s) {
        double[] out = new double[m.length];
        for (int a = 0; a < m.length; a++) {
            out[a] = m[a] * s;
        }
        return out;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int a = 0; a < v.length; a++) {
            out[a] = -v[a];
        }
        return out;
    }

    /**
     * The Durbin–Wu–Hausman regression test as AER's ivdiag: y on the regressors X and the first-stage
     * fitted values of the endogenous regressors; F test that the fitted values' coefficients are zero.
     */
    static final class WuHausman {
        final int k;
        final double[] transform;
        final double[] coefficients;
        final double[] bread;
        final double[] residual;
        private final double rssExtended;
        private final double rssRestricted;
        final int m;
        private final int n;

        WuHausman(IvFactor f, KClass kc, List<double[]> firstStage) {
            n = f.n;
            List<double[]> cols = new ArrayList<>();
            for (int r : kc.regressors) {
                cols.add(f.unit(r));
            }
            OrderedPivotingQr.Solution restricted = f.leastSquares(cols, f.unit(f.outcomeIndex()), TOLERANCE);
            // As AER's ivdiag, fitted values collinear with the regressors (e.g. an endogenous regressor that is
            // an exact function of another and of instruments) are dropped and the test has fewer degrees of freedom.
            List<double[]> extendedCols = new ArrayList<>(cols);
            extendedCols.addAll(firstStage);
            OrderedPivotingQr.Solution extended = f.leastSquares(extendedCols, f.unit(f.outcomeIndex()), TOLERANCE);
            if (!extended.dropped().isEmpty()) {
                List<double[]> kept = new ArrayList<>();
                for (int c : extended.kept()) {
                    kept.add(extendedCols.get(c));
                }
                extendedCols = kept;
                extended = f.leastSquares(extendedCols, f.unit(f.outcomeIndex()), TOLERANCE);
            }
            k = extendedCols.size();
            m = k - cols.size();
            if (m == 0) {
                throw new CausalException("the Wu-Hausman regression is degenerate: every first-stage fitted value is "
                        + "collinear with the regressors");
            }
            cols = extendedCols;
            rssRestricted = restricted.residualSumOfSquares()[0];
            rssExtended = extended.residualSumOfSquares()[0];
            double[] all = extended.coefficients()[0];
            coefficients = java.util.Arrays.copyOf(all, k);
            transform = new double[f.q * k];
            for (int j = 0; j < k; j++) {
                double[] c = cols.get(j);
                for (int a = 0; a < f.q; a++) {
                    transform[a * k + j] = c[a];
                }
            }
            double[] rInv = Triangular.invertUpper(extended.rFactor(), k);
            bread = Triangular.timesOwnTranspose(rInv, k);
            residual = f.unit(f.outcomeIndex());
            for (int j = 0; j < k; j++) {
                for (int a = 0; a < f.q; a++) {
                    residual[a] -= coefficients[j] * cols.get(j)[a];
                }
            }
        }

        IvTest classical() {
            double df2 = n - k;
            double stat = ((rssRestricted - rssExtended) / m) / (rssExtended / df2);
            return new IvTest("Wu-Hausman", stat, m, df2, Distributions.fUpperTail(stat, m, df2));
        }
    }
}
