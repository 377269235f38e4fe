package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.EffectEstimator;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LinearRegression;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RankDeficiency;
import io.github.causal4j.estimate.internal.ArmLeastSquares;
import io.github.causal4j.estimate.internal.Logistic;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.internal.RowChunks;
import io.github.causal4j.estimate.internal.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Augmented inverse probability weighting, the doubly robust estimator (Robins, Rotnitzky &amp; Zhao
 * 1994, JASA 89:846; Bang &amp; Robins 2005, Biometrics 61:962): a logit propensity score
 * {@code e(x)} and a linear outcome model per arm {@code m_a(x)} (OLS of y on the covariates among
 * units with {@code D = a}), combined through the efficient influence function. For the ATE,
 *
 * <pre>
 * phi_i = m1(x_i) - m0(x_i) + d_i (y_i - m1(x_i)) / e_i - (1 - d_i)(y_i - m0(x_i)) / (1 - e_i),
 * tau = mean(phi),   SE^2 = sum (phi_i - tau)^2 / n^2;
 * </pre>
 *
 * for the ATT (Hahn 1998, Econometrica 66:315; Moodie et al. 2018) with {@code p1 = n1/n} and
 * {@code o = e/(1-e)}: {@code tau = sum [d (y - m0) - (1-d) o (y - m0)] / n1} and influence
 * {@code [d (y - m0 - tau) - (1-d) o (y - m0)] / p1}; the ATC mirrors it. The standard error
 * treats the nuisance fits as fixed, which is valid to first order because the estimating function
 * is orthogonal to them when both are consistent — and, with K-fold cross-fitting (each unit's
 * nuisances fitted on the other folds; Chernozhukov et al. 2018, Econometrics J. 21:C1), without
 * Donsker conditions. Inference is normal.
 *
 * <p>Outcome models drop covariate columns that are collinear within an arm or a training fold
 * (for example a category absent from it), with a warning.
 */
public final class AugmentedIpw implements EffectEstimator {

    private static final AugmentedIpw DEFAULT = new AugmentedIpw(AverageEffect.ATE, 1, 0L, 0.0, 0.95,
            LogisticRegression.logit(), Parallelism.commonPool());

    private final AverageEffect estimand;
    private final int folds;
    private final long seed;
    private final double clipping;
    private final double confidenceLevel;
    private final LogisticRegression propensityModel;
    private final Parallelism parallelism;

    private AugmentedIpw(AverageEffect estimand, int folds, long seed, double clipping, double confidenceLevel,
            LogisticRegression propensityModel, Parallelism parallelism) {
        this.estimand = estimand;
        this.folds = folds;
        this.seed = seed;
        this.clipping = clipping;
        this.confidenceLevel = confidenceLevel;
        this.propensityModel = propensityModel;
        this.parallelism = parallelism;
    }

    /** @return AIPW for the ATE without cross-fitting */
    public static AugmentedIpw standard() {
        return DEFAULT;
    }

    /**
     * @param effect ATE, ATT or ATC
     * @return a copy estimating it
     */
    public AugmentedIpw withEstimand(AverageEffect effect) {
        return new AugmentedIpw(Objects.requireNonNull(effect, "effect"), folds, seed, clipping, confidenceLevel,
                propensityModel, parallelism);
    }

    /**
     * @param k number of folds, at least 2 (1 turns cross-fitting off)
     * @param foldSeed seed of the random fold assignment
     * @return a copy with K-fold cross-fitting
     */
    public AugmentedIpw withCrossFitting(int k, long foldSeed) {
        if (k < 1) {
            throw new IllegalArgumentException("the number of folds must be at least 1, got " + k);
        }
        return new AugmentedIpw(estimand, k, foldSeed, clipping, confidenceLevel, propensityModel, parallelism);
    }

    /**
     * @param a clip propensity scores to {@code [a, 1-a]}, {@code 0 <= a < 0.5}
     * @return a copy that clips
     */
    public AugmentedIpw withClipping(double a) {
        InverseProbabilityWeighting.checkBound(a);
        return new AugmentedIpw(estimand, folds, seed, a, confidenceLevel, propensityModel, parallelism);
    }

    /**
     * @param level confidence level in (0, 1)
     * @return a copy using it
     */
    public AugmentedIpw withConfidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        return new AugmentedIpw(estimand, folds, seed, clipping, level, propensityModel, parallelism);
    }

    /**
     * @param model the propensity-score logistic regression
     * @return a copy using it
     */
    public AugmentedIpw withPropensityModel(LogisticRegression model) {
        return new AugmentedIpw(estimand, folds, seed, clipping, confidenceLevel, Objects.requireNonNull(model, "model"),
                parallelism);
    }

    /**
     * @param threads threads for the passes over the data
     * @return a copy using them
     */
    public AugmentedIpw withParallelism(Parallelism threads) {
        return new AugmentedIpw(estimand, folds, seed, clipping, confidenceLevel,
                propensityModel.withParallelism(threads), Objects.requireNonNull(threads, "threads"));
    }

    @Override
    public String method() {
        return "aipw";
    }

    /** Nuisance predictions for every row. */
    private record Nuisances(double[] eta, double[] m1, double[] m0, List<String> warnings) {
    }

    @Override
    public Estimate estimate(Dataset data, String treatment, String outcome, List<String> covariates) {
        BackdoorInputs in = BackdoorInputs.of(data, treatment, outcome, covariates, true, method());
        int n = in.n;
        DesignMatrix x = DesignMatrix.of(data, in.covariates, true);
        int[] arms = {n - in.treatedCount, in.treatedCount};
        for (int arm = 1; arm >= 0; arm--) {
            if (arms[arm] <= x.columnCount()) {
                throw new IllegalArgumentException("the outcome model of the " + (arm == 1 ? "treated" : "control")
                        + " arm has " + arms[arm] + " rows for " + x.columnCount() + " design columns; it needs more rows"
                        + " than coefficients");
            }
        }
        Nuisances nu = folds <= 1 ? fitAll(x, in) : crossFit(x, in);
        double[] e = new double[n];
        double[] oneMinus = new double[n];
        int clipped = 0;
        for (int i = 0; i < n; i++) {
            e[i] = Logistic.probability(nu.eta[i]);
            oneMinus[i] = Logistic.complement(nu.eta[i]);
            if (clipping > 0 && (e[i] < clipping || oneMinus[i] < clipping)) {
                e[i] = e[i] < clipping ? clipping : 1 - clipping;
                oneMinus[i] = 1 - e[i];
                clipped++;
            }
        }
        double[] influence = new double[n];
        double tau = switch (estimand) {
            case ATE -> ate(in, nu, e, oneMinus, influence);
            case ATT -> att(in, nu, e, oneMinus, influence);
            case ATC -> atc(in, nu, e, oneMinus, influence);
        };
        double variance = 0.0;
        for (int i = 0; i < n; i++) {
            variance += influence[i] * influence[i];
        }
        variance /= (double) n * n;
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(nu.warnings);
        boolean[] fixed = new boolean[n];
        Overlap.diagnose(in.d, e, oneMinus, Weights.of(estimand, in.d, e, oneMinus, fixed), diagnostics, warnings);
        diagnostics.put("folds", (double) Math.max(1, folds));
        if (clipping > 0) {
            diagnostics.put("clipped", (double) clipped);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("estimand", estimand.label());
        settings.put("folds", Integer.toString(Math.max(1, folds)));
        settings.put("clipping", Double.toString(clipping));
        settings.put("covariates", String.join(",", covariates));
        return Estimate.builder(method(), estimand).variables(treatment, outcome).value(tau, Math.sqrt(variance))
                .confidenceLevel(confidenceLevel).n(n).diagnostics(diagnostics).warnings(warnings)
                .provenance(Provenances.of(data, in.usedColumns(), method(), settings,
                        folds > 1 ? OptionalLong.of(seed) : OptionalLong.empty()))
                .build();
    }

    private static double ate(BackdoorInputs in, Nuisances nu, double[] e, double[] oneMinus, double[] influence) {
        int n = in.n;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double phi = nu.m1[i] - nu.m0[i] + (in.d[i] == 1.0 ? (in.y[i] - nu.m1[i]) / e[i]
                    : -(in.y[i] - nu.m0[i]) / oneMinus[i]);
            influence[i] = phi;
            sum += phi;
        }
        double tau = sum / n;
        for (int i = 0; i < n; i++) {
            influence[i] -= tau;
        }
        return tau;
    }

    private static double att(BackdoorInputs in, Nuisances nu, double[] e, double[] oneMinus, double[] influence) {
        int n = in.n;
        double p1 = (double) in.treatedCount / n;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double r = in.y[i] - nu.m0[i];
            sum += in.d[i] == 1.0 ? r : -(e[i] / oneMinus[i]) * r;
        }
        double tau = sum / in.treatedCount;
        for (int i = 0; i < n; i++) {
            double r = in.y[i] - nu.m0[i];
            influence[i] = (in.d[i] == 1.0 ? r - tau : -(e[i] / oneMinus[i]) * r) / p1;
        }
        return tau;
    }

    private static double atc(BackdoorInputs in, Nuisances nu, double[] e, double[] oneMinus, double[] influence) {
        int n = in.n;
        int controls = n - in.treatedCount;
        double p0 = (double) controls / n;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double r = in.y[i] - nu.m1[i];
            sum += in.d[i] == 0.0 ? -r : (oneMinus[i] / e[i]) * r;
        }
        double tau = sum / controls;
        for (int i = 0; i < n; i++) {
            double r = in.y[i] - nu.m1[i];
            influence[i] = (in.d[i] == 0.0 ? -r - tau : (oneMinus[i] / e[i]) * r) / p0;
        }
        return tau;
    }

    private Nuisances fitAll(DesignMatrix x, BackdoorInputs in) {
        ArmLeastSquares.Fit[] arms = ArmLeastSquares.fit(x, in.y, in.d, parallelism, LinearRegression.DEFAULT_RANK_TOLERANCE);
        // the arms' triangular factors give X'X and X'd, the propensity model's first Newton pass
        int p = x.columnCount();
        double[] gram = new double[p * p];
        double[] xtd = new double[p];
        for (int a = 0; a < 2; a++) {
            double[] armGram = arms[a].crossProducts();
            for (int k = 0; k < p * p; k++) {
                gram[k] += armGram[k];
            }
            if (a == 1) {
                System.arraycopy(armGram, 0, xtd, 0, p);   // row 0: sum over treated rows of x (intercept first)
            }
        }
        LogisticFit ps = propensityModel.withInformationAtSolution(false).fit(x, in.d, in.treatment, gram, xtd);
        List<String> warnings = new ArrayList<>(ps.warnings());
        warnings.addAll(ArmLeastSquares.warnings(arms, x.columnNames(), ""));
        double[][] m = ArmLeastSquares.predict(x, arms);
        return new Nuisances(ps.linearPredictors(), m[1], m[0], warnings);
    }

    private Nuisances crossFit(DesignMatrix x, BackdoorInputs in) {
        int n = in.n;
        int[] fold = Seeds.folds(n, folds, seed);
        double[] eta = new double[n];
        double[] m1 = new double[n];
        double[] m0 = new double[n];
        List<List<String>> foldWarnings = RowChunks.mapIndices(folds, parallelism, k -> {
            List<String> warnings = new ArrayList<>();
            int[] train = rowsWhere(fold, k, false);
            int[] test = rowsWhere(fold, k, true);
            DesignMatrix xTrain = x.onRows(train);
            DesignMatrix xTest = x.onRows(test);
            double[] dTrain = pick(in.d, train);
            LogisticFit ps = propensityModel.withRankDeficiency(RankDeficiency.DROP).withInformationAtSolution(false)
                    .fit(xTrain, dTrain, in.treatment);
            double[] etaTest = ps.predictLinear(xTest);
            ArmLeastSquares.Fit[] arms = ArmLeastSquares.fit(xTrain, pick(in.y, train), dTrain, Parallelism.sequential(),
                    LinearRegression.DEFAULT_RANK_TOLERANCE);
            for (int a = 0; a < 2; a++) {
                if (arms[a].rows() <= x.columnCount()) {
                    throw new IllegalArgumentException("the " + (a == 1 ? "treated" : "control") + " arm of the training "
                            + "folds for fold " + (k + 1) + " has " + arms[a].rows() + " rows for " + x.columnCount()
                            + " design columns; use fewer folds");
                }
            }
            warnings.addAll(ArmLeastSquares.warnings(arms, x.columnNames(), "fold " + (k + 1)));
            double[][] m = ArmLeastSquares.predict(xTest, arms);
            double[] m1Test = m[1];
            double[] m0Test = m[0];
            for (int j = 0; j < test.length; j++) {
                eta[test[j]] = etaTest[j];
                m1[test[j]] = m1Test[j];
                m0[test[j]] = m0Test[j];
            }
            return warnings;
        });
        List<String> warnings = new ArrayList<>();
        foldWarnings.forEach(warnings::addAll);
        return new Nuisances(eta, m1, m0, warnings);
    }

    private static int[] rowsWhere(int[] fold, int k, boolean in) {
        int count = 0;
        for (int f : fold) {
            if ((f == k) == in) {
                count++;
            }
        }
        int[] out = new int[count];
        int j = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == k) == in) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            out[j] = v[rows[j]];
        }
        return out;
    }

    /** @return e.g. {@code "AugmentedIpw[ATE, folds=5, seed=1]"} */
    @Override
    public String toString() {
        return "AugmentedIpw[" + estimand + ", folds=" + Math.max(1, folds) + (folds > 1 ? ", seed=" + seed : "")
                + ", clipping=" + clipping + "]";
    }
}
