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
package io.github.causal4j.bounds;

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.AnalysisStep;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Partial identification as a stage of a {@code CausalAnalysis} ({@link AnalysisStep}): when
 * identification reports that the graph does not identify the effect, it offers the bounds the data
 * and the stated assumptions allow, and says which methods do not apply and why.
 *
 * <p>{@link #automatic()} tries, in order:
 * <ol>
 *   <li>Balke &amp; Pearl (1997) when identification found an unconditional instrument and
 *       instrument, treatment and outcome are binary;</li>
 *   <li>the linear-programming engine ({@link LinearProgramBounds}) when every observed variable of
 *       the graph is discrete (coded {@code 0..k-1}) and treatment and outcome are binary;</li>
 *   <li>Manski's (1990) no-assumption bounds when the treatment is binary and the outcome binary or
 *       of stated range ({@code CausalAnalysis.outcomeSupport(a, b)} or {@link #withOutcomeRange}).</li>
 * </ol>
 * When the data contradict a method's assumptions (a table that violates the instrumental
 * inequality, a distribution no model of the graph produces), the report says that the data
 * contradict the graph instead of bounding. An identified effect gets no automatic bounds (its
 * report says it is identified); methods given with {@link #of} or {@link #with} always run.
 *
 * <pre>{@code
 * BoundsReport r = CausalAnalysis.of(data, graph).treatment("x").outcome("y").identify().bounds(BoundsStep.automatic());
 * }</pre>
 */
public final class BoundsStep implements AnalysisStep<BoundsReport> {

    private final boolean automatic;
    private final List<BoundsMethod> methods;
    private final Optional<OutcomeRange> range;
    private final Optional<InferenceOptions> inference;

    private BoundsStep(boolean automatic, List<BoundsMethod> methods, Optional<OutcomeRange> range,
            Optional<InferenceOptions> inference) {
        this.automatic = automatic;
        this.methods = List.copyOf(methods);
        this.range = range;
        this.inference = inference;
    }

    /** @return the step that chooses the methods from the graph and the data (see the class description) */
    public static BoundsStep automatic() {
        return new BoundsStep(true, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * @param given the methods to run, whatever the identification says
     * @return the step running exactly these
     */
    public static BoundsStep of(BoundsMethod... given) {
        return new BoundsStep(false, List.of(given), Optional.empty(), Optional.empty());
    }

    /**
     * @param method one more method to run (after the automatic ones)
     * @return a copy with it
     */
    public BoundsStep with(BoundsMethod method) {
        List<BoundsMethod> more = new ArrayList<>(methods);
        more.add(Objects.requireNonNull(method, "method"));
        return new BoundsStep(automatic, more, range, inference);
    }

    /**
     * @param outcomeRange the interval every outcome value lies in (overrides the analysis' outcome support)
     * @return a copy using it for Manski's bounds
     */
    public BoundsStep withOutcomeRange(OutcomeRange outcomeRange) {
        return new BoundsStep(automatic, methods, Optional.of(Objects.requireNonNull(outcomeRange, "outcomeRange")),
                inference);
    }

    /**
     * @param options inference for every method (default: {@link InferenceOptions#defaults()} with the analysis seed)
     * @return a copy using them
     */
    public BoundsStep withInference(InferenceOptions options) {
        return new BoundsStep(automatic, methods, range, Optional.of(Objects.requireNonNull(options, "options")));
    }

    @Override
    public BoundsReport apply(AnalysisContext context) {
        InferenceOptions inf = inference.orElse(InferenceOptions.defaults().withSeed(context.seed()));
        boolean identified = context.identified();
        String summary = context.identification().map(Identification::reason)
                .orElse(identified ? "the covariates given are taken as a valid adjustment set"
                        : "no graph and no covariates: nothing identifies the effect");
        List<Bounds> bounds = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        List<String> contradictions = new ArrayList<>();
        BoundsVariables vars = BoundsVariables.of(context.treatment(), context.outcome());
        if (automatic && !identified) {
            balkePearl(context, vars, inf, bounds, notApplicable, contradictions);
            linearProgram(context, vars, inf, bounds, notApplicable, contradictions);
            manski(context, vars, inf, bounds, notApplicable);
        } else if (automatic && methods.isEmpty()) {
            notApplicable.add("the effect is identified: no bounds are needed");
        }
        for (BoundsMethod m : methods) {
            attempt(m.name(), () -> m.withInference(inf).compute(context.data(), vars), bounds, notApplicable,
                    contradictions);
        }
        Optional<String> contradiction = contradictions.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", contradictions));
        return new BoundsReport(identified, summary, bounds, notApplicable, contradiction);
    }

    private static void balkePearl(AnalysisContext c, BoundsVariables vars, InferenceOptions inf, List<Bounds> bounds,
            List<String> notApplicable, List<String> contradictions) {
        Optional<String> instrument = c.identification().flatMap(id -> id.strategies("iv").stream()
                .map(Strategy::estimand).map(Estimand.Instrumental.class::cast)
                .filter(e -> e.conditioning().isEmpty() && binary(c.data(), e.instrument()))
                .map(Estimand.Instrumental::instrument).findFirst());
        if (instrument.isEmpty()) {
            notApplicable.add("balke-pearl: needs an unconditional binary instrument in the graph");
            return;
        }
        if (!binary(c.data(), c.treatment()) || !binary(c.data(), c.outcome())) {
            notApplicable.add("balke-pearl: needs a binary treatment and outcome");
            return;
        }
        attempt("balke-pearl", () -> BalkePearlBounds.create().withInference(inf).compute(c.data(),
                vars.withInstrument(instrument.get())), bounds, notApplicable, contradictions);
    }

    private static void linearProgram(AnalysisContext c, BoundsVariables vars, InferenceOptions inf, List<Bounds> bounds,
            List<String> notApplicable, List<String> contradictions) {
        if (c.graph().isEmpty()) {
            notApplicable.add("lp: needs a graph");
            return;
        }
        CausalGraph g = c.graph().get();
        if (!binary(c.data(), c.treatment()) || !binary(c.data(), c.outcome())) {
            notApplicable.add("lp: bounds the effect of a binary treatment on a binary outcome");
            return;
        }
        for (String node : g.nodes()) {
            if (!g.hasRole(node, NodeRole.LATENT) && !discrete(c.data(), node)) {
                notApplicable.add("lp: needs every observed variable of the graph discrete, coded 0, 1, ..., k-1; '" + node
                        + "' is not");
                return;
            }
        }
        attempt("lp", () -> LinearProgramBounds.of(g).withInference(inf).compute(c.data(), vars), bounds, notApplicable,
                contradictions);
    }

    private void manski(AnalysisContext c, BoundsVariables vars, InferenceOptions inf, List<Bounds> bounds,
            List<String> notApplicable) {
        if (!binary(c.data(), c.treatment())) {
            notApplicable.add("manski: needs a binary treatment");
            return;
        }
        Optional<OutcomeRange> r = range.or(() -> c.outcomeSupport().map(s -> OutcomeRange.of(s.lower(), s.upper())));
        if (r.isEmpty() && binary(c.data(), c.outcome())) {
            r = Optional.of(OutcomeRange.unit());
        }
        if (r.isEmpty()) {
            notApplicable.add("manski: needs the range of the outcome; state it with CausalAnalysis.outcomeSupport(a, b) "
                    + "(causal analyze --outcome-range a,b)");
            return;
        }
        OutcomeRange known = r.get();
        attempt("manski", () -> ManskiBounds.noAssumptions(known).withInference(inf).compute(c.data(), vars), bounds,
                notApplicable, new ArrayList<>());
    }

    private static void attempt(String name, java.util.function.Supplier<Bounds> run, List<Bounds> bounds,
            List<String> notApplicable, List<String> contradictions) {
        try {
            bounds.add(run.get());
        } catch (AssumptionsRefutedException e) {
            contradictions.add(name + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            notApplicable.add(name + ": " + e.getMessage());
        }
    }

    private static boolean binary(Dataset data, String column) {
        if (!data.hasColumn(column)) {
            return false;
        }
        Column c = data.column(column);
        return c instanceof NumericColumn n && n.isBinary();
    }

    /** Non-negative whole numbers below {@value #MAX_LEVELS}, no missing values. */
    private static boolean discrete(Dataset data, String column) {
        if (!data.hasColumn(column) || !(data.column(column) instanceof NumericColumn n) || n.missingCount() > 0) {
            return false;
        }
        for (int i = 0; i < n.size(); i++) {
            double v = n.get(i);
            if (v < 0 || v >= MAX_LEVELS || v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_LEVELS = 10;

    /** @return e.g. {@code "BoundsStep[automatic, 1 more method]"} */
    @Override
    public String toString() {
        return "BoundsStep[" + (automatic ? "automatic" : "given methods") + ", " + methods.size() + " method(s)"
                + range.map(r -> ", outcome in " + r).orElse("") + "]";
    }
}
