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
package io.github.causal4j.estimate;

import io.github.causal4j.estimate.refute.Refutation;
import io.github.causal4j.estimate.refute.Refuter;
import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The estimation stage of a {@link CausalAnalysis}: the estimate, the estimator that produced it
 * and the identification it rests on. Refutation tests, sensitivity analyses and bounds run from
 * here.
 */
public final class EstimatedEffect {

    private final IdentifiedEffect identification;
    private final EffectEstimator estimator;
    private final Estimate estimate;
    private final AnalysisContext context;

    EstimatedEffect(IdentifiedEffect identification, EffectEstimator estimator, Estimate estimate) {
        this.identification = identification;
        this.estimator = estimator;
        this.estimate = estimate;
        this.context = identification.context().withEstimate(estimate);
    }

    /** @return the estimate (identification warnings appended to its own) */
    public Estimate estimate() {
        return estimate;
    }

    /** @return the estimator */
    public EffectEstimator estimator() {
        return estimator;
    }

    /** @return the identification stage */
    public IdentifiedEffect identification() {
        return identification;
    }

    /** @return the context, now with the estimate */
    public AnalysisContext context() {
        return context;
    }

    /**
     * Runs refutation tests, each seeded with the analysis seed (so one seed reproduces the analysis).
     *
     * @param refuters the tests
     * @return the refuted effect
     */
    public RefutedEffect refute(Refuter... refuters) {
        List<Refutation> results = new ArrayList<>();
        for (Refuter r : refuters) {
            results.add(Objects.requireNonNull(r, "refuter").withSeed(context.seed()).refute(estimator, estimate,
                    context.data(), context.treatment(), context.outcome(), context.adjustmentSet()));
        }
        return new RefutedEffect(this, results);
    }

    /**
     * @param step any analysis step
     * @param <R> its result
     * @return the step's result on this context
     */
    public <R> R apply(AnalysisStep<R> step) {
        return Objects.requireNonNull(step, "step").apply(context);
    }

    /**
     * Runs a sensitivity analysis (a step of the sensitivity module) on this estimate.
     *
     * @param step the sensitivity analysis
     * @param <R> its report type
     * @return its result
     */
    public <R> R sensitivity(AnalysisStep<R> step) {
        return apply(step);
    }

    /**
     * Runs a partial-identification bounds computation (a step of the bounds module).
     *
     * @param step the bounds computation
     * @param <R> its result type
     * @return its result
     */
    public <R> R bounds(AnalysisStep<R> step) {
        return apply(step);
    }

    /** @return identification and estimate reports together */
    public Report report() {
        Report id = identification.report();
        Report est = estimate.report();
        return new Report(id.text() + "\n" + est.text(), id.markdown() + "\n" + est.markdown());
    }

    /** @return the estimate's one-line form */
    @Override
    public String toString() {
        return estimate.toString();
    }
}
