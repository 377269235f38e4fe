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

import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.Coefficient;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.internal.CoefficientTable;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A fitted instrumental-variable model: the coefficient table under the chosen covariance (t
 * inference with {@code n - k} degrees of freedom, as R's {@code summary.ivreg}), the k of the
 * k-class, first-stage strength per endogenous regressor, the Sargan and (under a robust
 * covariance) Hansen J over-identification tests, the Wu–Hausman endogeneity test, warnings, and
 * the Anderson–Rubin test and confidence set, computed on demand from the fit's triangular factor.
 */
public final class IvFit {

    private final IvModel model;
    private final InstrumentalVariables config;
    private final CovarianceType covarianceType;
    private final double kappa;
    private final CoefficientTable table;
    private final int dof;
    private final double rss;
    private final List<FirstStage> firstStages;
    private final Optional<IvTest> sargan;
    private final Optional<IvTest> hansenJ;
    private final IvTest wuHausman;
    private final Optional<IvTest> robustWuHausman;
    private final List<String> warnings;
    private final IvFactor factor;

    IvFit(IvModel model, InstrumentalVariables config, CovarianceType covarianceType, double kappa,
            CoefficientTable table, int dof, double rss, List<FirstStage> firstStages,
            Optional<IvTest> sargan, Optional<IvTest> hansenJ, IvTest wuHausman, Optional<IvTest> robustWuHausman,
            List<String> warnings, IvFactor factor) {
        this.model = model;
        this.config = config;
        this.covarianceType = covarianceType;
        this.kappa = kappa;
        this.table = table;
        this.dof = dof;
        this.rss = rss;
        this.firstStages = List.copyOf(firstStages);
        this.sargan = sargan;
        this.hansenJ = hansenJ;
        this.wuHausman = wuHausman;
        this.robustWuHausman = robustWuHausman;
        this.warnings = List.copyOf(warnings);
        this.factor = factor;
    }

    /** @return the model */
    public IvModel model() {
        return model;
    }

    /** @return the method */
    public IvMethod method() {
        return config.kind();
    }

    /** @return k of the k-class (1 for 2SLS and Wald; the LIML root for LIML; minus a/(n-K) for Fuller) */
    public double kappa() {
        return kappa;
    }

    /** @return the coefficient table: intercept, endogenous regressors, covariates (design columns) */
    public List<Coefficient> coefficients() {
        return table.rows();
    }

    /**
     * @param name a regressor (design column name)
     * @return its row of the table
     */
    public Coefficient coefficient(String name) {
        return table.rows().get(table.indexOf(name, missing -> "no coefficient '" + missing + "'; the regressors are "
                + table.rows().stream().map(Coefficient::name).toList()));
    }

    /** @return the covariance matrix of the coefficients in table order (a fresh copy) */
    public double[][] covariance() {
        return table.covarianceMatrix();
    }

    /** @return the covariance estimator used (HC0 when clustered without an explicit type) */
    public CovarianceType covarianceType() {
        return covarianceType;
    }

    /** @return the clustering variables */
    public List<String> clusters() {
        return config.clusters();
    }

    /** @return the number of observations */
    public int n() {
        return factor.n;
    }

    /** @return residual degrees of freedom {@code n - k} */
    public int dof() {
        return dof;
    }

    /** @return {@code sqrt(u'u / (n - k))} */
    public double residualStandardError() {
        return Math.sqrt(rss / dof);
    }

    /** @return one first-stage summary per endogenous regressor */
    public List<FirstStage> firstStages() {
        return firstStages;
    }

    /** @return Sargan's test, when over-identified (more instrument columns than endogenous regressors) */
    public Optional<IvTest> sargan() {
        return sargan;
    }

    /** @return Hansen's J, when over-identified and the covariance is robust */
    public Optional<IvTest> hansenJ() {
        return hansenJ;
    }

    /** @return the (classical) Wu–Hausman test of exogeneity of the endogenous regressors */
    public IvTest wuHausman() {
        return wuHausman;
    }

    /** @return the Wu–Hausman test with the robust covariance, when one was requested */
    public Optional<IvTest> robustWuHausman() {
        return robustWuHausman;
    }

    /** @return warnings: weak instruments, an exact fit */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The Anderson–Rubin test of {@code beta = beta0} (one value per endogenous regressor), robust to
     * weak instruments; F(L, n - K) reference distribution, homoskedastic errors.
     *
     * @param beta0 hypothesised coefficients of the endogenous regressors, in model order
     * @return the test
     */
    public IvTest andersonRubin(double... beta0) {
        return AndersonRubin.test(factor, beta0);
    }

    /**
     * The Anderson–Rubin confidence set for the coefficient of the (single) endogenous regressor.
     *
     * @param level confidence level in (0, 1)
     * @return an interval, two rays, a ray, the whole line or the empty set
     * @throws IllegalArgumentException with several endogenous regressors
     */
    public AndersonRubinSet andersonRubinSet(double level) {
        return AndersonRubin.set(factor, level);
    }

    /** @return the Anderson–Rubin set at the fit's confidence level */
    public AndersonRubinSet andersonRubinSet() {
        return andersonRubinSet(config.confidenceLevel());
    }

    /** @return the estimate for the first endogenous regressor */
    public Estimate toEstimate() {
        return toEstimate(model.endogenous().get(0));
    }

    /**
     * The effect of one endogenous regressor as an {@link Estimate}. Its estimand is reported as
     * the ATE: the structural coefficient equals the average effect under effect homogeneity (with
     * heterogeneous effects and a binary instrument and treatment, the Wald ratio is the complier
     * average effect, Imbens &amp; Angrist 1994). Diagnostics: {@code kappa}, {@code first_stage_f},
     * {@code first_stage_f_robust}, {@code partial_r2} (suffixed {@code _<regressor>} with several
     * endogenous regressors), {@code sargan}, {@code sargan_p}, {@code hansen_j}, {@code hansen_j_p},
     * {@code wu_hausman}, {@code wu_hausman_p}, {@code anderson_rubin_p} (of no effect) and, when the
     * Anderson–Rubin set is an interval, {@code ar_lower}, {@code ar_upper}.
     *
     * @param regressor an endogenous regressor
     * @return the estimate
     */
    public Estimate toEstimate(String regressor) {
        if (!model.endogenous().contains(regressor)) {
            throw new IllegalArgumentException("'" + regressor + "' is not an endogenous regressor of " + model);
        }
        Coefficient c = coefficient(regressor);
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("kappa", kappa);
        boolean several = firstStages.size() > 1;
        for (FirstStage s : firstStages) {
            String suffix = several ? "_" + s.regressor() : "";
            diagnostics.put("first_stage_f" + suffix, s.f().statistic());
            diagnostics.put("first_stage_f_p" + suffix, s.f().pValue());
            s.robustF().ifPresent(r -> diagnostics.put("first_stage_f_robust" + suffix, r.statistic()));
            diagnostics.put("partial_r2" + suffix, s.partialRSquared());
        }
        sargan.ifPresent(t -> {
            diagnostics.put("sargan", t.statistic());
            diagnostics.put("sargan_p", t.pValue());
        });
        hansenJ.ifPresent(t -> {
            diagnostics.put("hansen_j", t.statistic());
            diagnostics.put("hansen_j_p", t.pValue());
        });
        IvTest wh = robustWuHausman.orElse(wuHausman);
        diagnostics.put("wu_hausman", wh.statistic());
        diagnostics.put("wu_hausman_p", wh.pValue());
        List<String> notes = new ArrayList<>(warnings);
        if (model.endogenous().size() == 1) {
            diagnostics.put("anderson_rubin_p", andersonRubin(0.0).pValue());
            AndersonRubinSet set = andersonRubinSet();
            if (set instanceof AndersonRubinSet.Interval i) {
                diagnostics.put("ar_lower", i.lower());
                diagnostics.put("ar_upper", i.upper());
            } else {
                notes.add("the " + Formatting.number(100 * config.confidenceLevel()) + "% Anderson-Rubin confidence set is "
                        + set + " (" + set.kind().replace('_', ' ') + "), not a bounded interval");
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("model", model.toString());
        settings.put("covariance", covarianceType.label());
        settings.put("clusters", String.join(",", config.clusters()));
        if (config.kind() == IvMethod.FULLER) {
            settings.put("fuller_a", Double.toString(config.fullerConstant()));
        }
        return Estimate.builder(config.method(), AverageEffect.ATE).variables(regressor, model.outcome())
                .value(c.estimate(), c.stdError()).interval(c.ciLower(), c.ciUpper()).pValue(c.pValue())
                .confidenceLevel(config.confidenceLevel()).n(factor.n).dof(dof).diagnostics(diagnostics).warnings(notes)
                .provenance(Provenances.of(factor.rows, config.method(), settings, OptionalLong.empty())).build();
    }

    /** @return the coefficient table and the diagnostics, as R's {@code summary(ivreg, diagnostics = TRUE)} */
    public Report report() {
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        String head = config.method().toUpperCase(Locale.ROOT) + " " + model + ", n = " + factor.n + ", k = "
                + Formatting.number(kappa) + " (standard errors: " + covarianceType.label()
                + (config.clusters().isEmpty() ? "" : ", clustered by " + String.join(" and ", config.clusters())) + ")";
        text.append(head).append('\n');
        md.append("**").append(head).append("**\n\n");
        table.appendText(text, "  ", 20);
        table.appendMarkdown(md, "t", null);
        List<String> lines = new ArrayList<>();
        firstStages.forEach(s -> lines.add(s.toString()));
        sargan.ifPresent(t -> lines.add(t.toString()));
        hansenJ.ifPresent(t -> lines.add(t.toString()));
        lines.add(wuHausman.toString());
        robustWuHausman.ifPresent(t -> lines.add(t.toString()));
        if (model.endogenous().size() == 1) {
            lines.add(Formatting.number(100 * config.confidenceLevel()) + "% Anderson-Rubin set: " + andersonRubinSet());
        }
        md.append('\n');
        for (String line : lines) {
            text.append(line).append('\n');
            md.append("- ").append(line).append('\n');
        }
        for (String w : warnings) {
            text.append("Warning: ").append(w).append('\n');
            md.append("\n> **Warning:** ").append(w).append('\n');
        }
        return new Report(text.toString().stripTrailing(), md.toString());
    }

    /** @return e.g. {@code "IvFit[2sls lpacks ~ lrprice + lrincome | ..., lrprice = -1.2774 (SE 0.2632), n=48]"} */
    @Override
    public String toString() {
        Coefficient c = coefficient(model.endogenous().get(0));
        return "IvFit[" + config.method() + " " + model + ", " + c.name() + " = " + Formatting.number(c.estimate()) + " (SE "
                + Formatting.number(c.stdError()) + ", " + covarianceType.label() + "), n=" + factor.n
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)") + "]";
    }
}
