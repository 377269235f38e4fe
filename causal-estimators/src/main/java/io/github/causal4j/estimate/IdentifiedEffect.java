package io.github.causal4j.estimate;

import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The identification stage of a {@link CausalAnalysis}: the adjustment set, the rule that chose
 * it, why it is valid, and warnings (an adjustment set that fails the back-door criterion, no
 * causal path).
 */
public final class IdentifiedEffect {

    private final AnalysisContext context;
    private final String explanation;
    private final List<String> warnings;
    private final Provenance provenance;

    IdentifiedEffect(AnalysisContext context, String explanation, List<String> warnings, String dataSha256) {
        this.context = context;
        this.explanation = explanation;
        this.warnings = List.copyOf(warnings);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", context.treatment());
        settings.put("outcome", context.outcome());
        settings.put("adjustment_rule", context.adjustmentRule().name().toLowerCase(java.util.Locale.ROOT));
        settings.put("adjustment_set", String.join(",", context.adjustmentSet()));
        this.provenance = Provenance.of(dataSha256, context.data().rowCount(), "identify", settings,
                OptionalLong.of(context.seed()));
    }

    /** @return the analysis context (data, graph, variables, adjustment set, seed) */
    public AnalysisContext context() {
        return context;
    }

    /** @return the covariates to adjust for */
    public List<String> adjustmentSet() {
        return context.adjustmentSet();
    }

    /** @return how the set was chosen */
    public AdjustmentRule adjustmentRule() {
        return context.adjustmentRule();
    }

    /** @return why the set is (or is taken to be) valid */
    public String explanation() {
        return explanation;
    }

    /** @return identification warnings */
    public List<String> warnings() {
        return warnings;
    }

    /** @return data digest, seed, versions and the choice made */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * @param estimator the estimator
     * @return the effect estimated with this adjustment set
     */
    public EstimatedEffect estimate(EffectEstimator estimator) {
        Objects.requireNonNull(estimator, "estimator");
        Estimate e = estimator.apply(context);
        return new EstimatedEffect(this, estimator, e.withWarnings(warnings));
    }

    /**
     * Runs any analysis step on this stage's context.
     *
     * @param step the step
     * @param <R> its result
     * @return the result
     */
    public <R> R apply(AnalysisStep<R> step) {
        return Objects.requireNonNull(step, "step").apply(context);
    }

    /** @return the variables, the adjustment set, the rule and the warnings */
    public Report report() {
        String text = "Effect of " + context.treatment() + " on " + context.outcome() + "\n  adjustment set: "
                + context.adjustmentSet() + "\n  rule: " + context.adjustmentRule() + " - " + explanation
                + (warnings.isEmpty() ? "" : "\n  warnings: " + String.join("; ", warnings));
        String md = "**Identification** of the effect of `" + context.treatment() + "` on `" + context.outcome()
                + "`\n\n- adjustment set: " + context.adjustmentSet() + "\n- rule: " + context.adjustmentRule() + " — "
                + explanation + "\n" + (warnings.isEmpty() ? "" : "- warnings: " + String.join("; ", warnings) + "\n");
        return new Report(text, md);
    }

    /** @return e.g. {@code "IdentifiedEffect[treat -> re78 adjusting for [age, educ] (PARENTS_OF_TREATMENT)]"} */
    @Override
    public String toString() {
        return "IdentifiedEffect[" + context.treatment() + " -> " + context.outcome() + " adjusting for "
                + context.adjustmentSet() + " (" + context.adjustmentRule() + ")"
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)") + "]";
    }
}
