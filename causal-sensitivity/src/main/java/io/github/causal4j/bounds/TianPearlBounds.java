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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tian &amp; Pearl's (2000, Annals of Mathematics and AI 28:287–313) sharp bounds on the
 * probabilities of causation of a binary treatment {@code x} for a binary outcome {@code y}
 * (Pearl, <i>Causality</i>, 2nd ed., §9.2–9.3), from experimental data (which give
 * {@code P(y_x) = P(Y=1 | do(X=1))} and {@code P(y_x') = P(Y=1 | do(X=0))}) and, optionally,
 * observational data on the same variables (which give {@code P(x, y)}):
 * <ul>
 *   <li>PNS {@code = P(y_x, y'_x')}: experimental only, {@code [max(0, P(y_x) - P(y_x')), min(P(y_x), P(y'_x'))]};
 *       with observational data the lower end is {@code max(0, P(y_x) - P(y_x'), P(y) - P(y_x'), P(y_x) - P(y))}
 *       and the upper {@code min(P(y_x), P(y'_x'), P(x,y) + P(x',y'), P(y_x) - P(y_x') + P(x,y') + P(x',y))};</li>
 *   <li>PN {@code = P(y'_x' | x, y)} in {@code [max(0, (P(y) - P(y_x'))/P(x,y)), min(1, (P(y'_x') - P(x',y'))/P(x,y))]};</li>
 *   <li>PS {@code = P(y_x | x', y')} in {@code [max(0, (P(y_x) - P(y))/P(x',y')), min(1, (P(y_x) - P(x,y))/P(x',y'))]}.</li>
 * </ul>
 * PN and PS need the observational data. The two data sources must be consistent:
 * {@code P(x, y) <= P(y_x) <= 1 - P(x, y')} and likewise for {@code x'} (Tian &amp; Pearl 2000); data
 * that violate this are rejected with an {@link AssumptionsRefutedException}. Under exogeneity the
 * observational conditionals are the experimental ones: pass the observational data as both.
 * Inference: the bootstrap, resampling each data source separately. The bounds are maxima and minima
 * of several expressions: where two tie, the naive bootstrap is inconsistent and the interval a
 * heuristic (see {@link BoundsInference}).
 */
public final class TianPearlBounds implements BoundsMethod {

    /** The probability of causation to bound. */
    public enum Quantity {
        /** Probability of necessity and sufficiency {@code P(y_x, y'_x')}. */
        PNS,
        /** Probability of necessity {@code P(y'_x' | x, y)}. */
        PN,
        /** Probability of sufficiency {@code P(y_x | x', y')}. */
        PS
    }

    /**
     * Bounds on all three probabilities of causation.
     *
     * @param pns bounds on PNS
     * @param pn bounds on PN (empty without observational data)
     * @param ps bounds on PS (empty without observational data)
     */
    public record CausationBounds(Bounds pns, Optional<Bounds> pn, Optional<Bounds> ps) {
    }

    private final Dataset observational;
    private final Quantity quantity;
    private final InferenceOptions inference;

    private TianPearlBounds(Dataset observational, Quantity quantity, InferenceOptions inference) {
        this.observational = observational;
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.inference = Objects.requireNonNull(inference, "inference");
    }

    /** @return PNS bounds from experimental data alone */
    public static TianPearlBounds create() {
        return new TianPearlBounds(null, Quantity.PNS, InferenceOptions.defaults());
    }

    /**
     * @param data observational data with the same treatment, outcome (and weight) columns as the experiment
     * @return this method combining the experiment with those data
     */
    public TianPearlBounds withObservational(Dataset data) {
        return new TianPearlBounds(Objects.requireNonNull(data, "data"), quantity, inference);
    }

    /**
     * @param newQuantity which probability of causation {@link #compute} bounds
     * @return this method for that quantity
     */
    public TianPearlBounds withQuantity(Quantity newQuantity) {
        return new TianPearlBounds(observational, newQuantity, inference);
    }

    @Override
    public TianPearlBounds withInference(InferenceOptions options) {
        return new TianPearlBounds(observational, quantity, options);
    }

    @Override
    public String name() {
        return "pns";
    }

    /** The probabilities the bounds are built from. */
    record Inputs(double pyx, double pyx0, double[] joint) {

        /** P(X=x, Y=y) at index 2x + y, or null. */
        double p(int x, int y) {
            return joint[2 * x + y];
        }
    }

    @Override
    public Bounds compute(Dataset experimental, BoundsVariables variables) {
        CausationBounds all = all(experimental, variables);
        return switch (quantity) {
            case PNS -> all.pns();
            case PN -> all.pn().orElseThrow(() -> new IllegalArgumentException(
                    "PN needs observational data: use withObservational(data)"));
            case PS -> all.ps().orElseThrow(() -> new IllegalArgumentException(
                    "PS needs observational data: use withObservational(data)"));
        };
    }

    /**
     * @param experimental randomised-experiment data (treatment and outcome binary)
     * @param variables treatment, outcome and optional weight column (also used for the observational data)
     * @return bounds on PNS, and on PN and PS when observational data were given
     */
    public CausationBounds all(Dataset experimental, BoundsVariables variables) {
        Objects.requireNonNull(experimental, "experimental");
        Objects.requireNonNull(variables, "variables");
        BoundsData.requireRows(experimental);
        String t = variables.treatment();
        String o = variables.outcome();
        double[] xe = BoundsData.binary(experimental, t, "treatment");
        double[] ye = BoundsData.binary(experimental, o, "outcome");
        double[] we = BoundsData.weights(experimental, variables.weight());
        double[] xo = null;
        double[] yo = null;
        double[] wo = null;
        if (observational != null) {
            BoundsData.requireRows(observational);
            xo = BoundsData.binary(observational, t, "treatment (observational data)");
            yo = BoundsData.binary(observational, o, "outcome (observational data)");
            wo = BoundsData.weights(observational, variables.weight());
        }
        final double[] fxo = xo;
        final double[] fyo = yo;
        Inputs in = inputs(xe, ye, we, xo, yo, wo, t, o);
        requireConsistent(in, t, o);
        List<Bounds> out = new ArrayList<>();
        for (Quantity q : Quantity.values()) {
            if (q != Quantity.PNS && in.joint() == null) {
                continue;
            }
            double[] b = bounds(q, in, t, o);
            Optional<BoundsInference> inf = Optional.empty();
            List<String> warnings = new ArrayList<>();
            if (inference.mode() != InferenceOptions.Mode.NONE) {
                List<double[]> samples = wo == null ? List.of(we) : List.of(we, wo);
                Bootstrap.Replicates reps = Bootstrap.runStratified(samples, inference.replications(), inference.seed(),
                        rw -> bounds(q, inputs(xe, ye, rw.get(0), fxo, fyo, rw.size() > 1 ? rw.get(1) : null, t, o),
                                t, o));
                if (reps.failed() > 0) {
                    warnings.add(reps.failed() + " bootstrap resamples left a cell empty and were skipped");
                }
                inf = Optional.of(Bootstrap.inference(reps, inference, b[0], b[1]));
            }
            out.add(result(q, b, in, inf, warnings, experimental, we, wo, variables));
        }
        return new CausationBounds(out.get(0), out.size() > 1 ? Optional.of(out.get(1)) : Optional.empty(),
                out.size() > 2 ? Optional.of(out.get(2)) : Optional.empty());
    }

    private static Inputs inputs(double[] xe, double[] ye, double[] we, double[] xo, double[] yo, double[] wo, String t,
            String o) {
        double[] treated = new double[2];
        double[] outcome1 = new double[2];
        for (int i = 0; i < xe.length; i++) {
            int x = (int) xe[i];
            treated[x] += we[i];
            outcome1[x] += we[i] * ye[i];
        }
        for (int x = 0; x < 2; x++) {
            if (treated[x] == 0) {
                throw new IllegalArgumentException("the experimental data have no rows with " + t + "=" + x
                        + ": P(" + o + " | do(" + t + "=" + x + ")) is undefined");
            }
        }
        double[] joint = null;
        if (xo != null) {
            joint = new double[4];
            double total = 0;
            for (int i = 0; i < xo.length; i++) {
                joint[(int) (2 * xo[i] + yo[i])] += wo[i];
                total += wo[i];
            }
            for (int k = 0; k < 4; k++) {
                joint[k] /= total;
            }
        }
        return new Inputs(outcome1[1] / treated[1], outcome1[0] / treated[0], joint);
    }

    /** Tian &amp; Pearl's (2000) consistency of experimental and observational data: P(x,y) <= P(y_x) <= 1 - P(x,y'). */
    private static void requireConsistent(Inputs in, String t, String o) {
        if (in.joint() == null) {
            return;
        }
        double[] exp = {in.pyx0(), in.pyx()};
        for (int x = 0; x < 2; x++) {
            double lo = in.p(x, 1);
            double hi = 1 - in.p(x, 0);
            if (exp[x] < lo - 1e-12 || exp[x] > hi + 1e-12) {
                throw new AssumptionsRefutedException("the experimental and observational data are inconsistent: "
                        + "P(" + o + "=1 | do(" + t + "=" + x + ")) = " + BoundsFormat.number(exp[x]) + " must lie in [P("
                        + t + "=" + x + ", " + o + "=1), 1 - P(" + t + "=" + x + ", " + o + "=0)] = "
                        + BoundsFormat.interval(lo, hi) + " (Tian & Pearl 2000)");
            }
        }
    }

    static double[] bounds(Quantity q, Inputs in, String t, String o) {
        double pyx = in.pyx();
        double pyx0 = in.pyx0();
        if (in.joint() == null) {
            return new double[] {Math.max(0, pyx - pyx0), Math.min(pyx, 1 - pyx0)};
        }
        double pxy = in.p(1, 1);
        double pxy0 = in.p(1, 0);
        double px0y = in.p(0, 1);
        double px0y0 = in.p(0, 0);
        double py = pxy + px0y;
        return switch (q) {
            case PNS -> new double[] {
                Math.max(Math.max(0, pyx - pyx0), Math.max(py - pyx0, pyx - py)),
                Math.min(Math.min(pyx, 1 - pyx0), Math.min(pxy + px0y0, pyx - pyx0 + pxy0 + px0y))};
            case PN -> {
                requirePositive(pxy, "PN", t + "=1, " + o + "=1");
                yield new double[] {Math.max(0, (py - pyx0) / pxy), Math.min(1, (1 - pyx0 - px0y0) / pxy)};
            }
            case PS -> {
                requirePositive(px0y0, "PS", t + "=0, " + o + "=0");
                yield new double[] {Math.max(0, (pyx - py) / px0y0), Math.min(1, (pyx - pxy) / px0y0)};
            }
        };
    }

    private static void requirePositive(double p, String what, String cell) {
        if (!(p > 0)) {
            throw new IllegalArgumentException(what + " is undefined: the observational data have no units with " + cell);
        }
    }

    private Bounds result(Quantity q, double[] b, Inputs in, Optional<BoundsInference> inf, List<String> warnings,
            Dataset experimental, double[] we, double[] wo, BoundsVariables v) {
        String t = v.treatment();
        String o = v.outcome();
        BoundsEstimand estimand = switch (q) {
            case PNS -> new BoundsEstimand(BoundsEstimand.Kind.PROBABILITY_OF_NECESSITY_AND_SUFFICIENCY,
                    "PNS of " + t + " for " + o + ": P(" + o + "(1)=1, " + o + "(0)=0)");
            case PN -> new BoundsEstimand(BoundsEstimand.Kind.PROBABILITY_OF_NECESSITY,
                    "PN of " + t + " for " + o + ": P(" + o + "(0)=0 | " + t + "=1, " + o + "=1)");
            case PS -> new BoundsEstimand(BoundsEstimand.Kind.PROBABILITY_OF_SUFFICIENCY,
                    "PS of " + t + " for " + o + ": P(" + o + "(1)=1 | " + t + "=0, " + o + "=0)");
        };
        List<Assumption> assumptions = new ArrayList<>();
        assumptions.add(new Assumption(Assumption.Kind.EXPERIMENTAL_DATA, "the experiment randomised " + t
                + ", so it gives P(" + o + "(x)=1) = P(" + o + "=1 | do(" + t + "=x))"));
        if (wo != null) {
            assumptions.add(new Assumption(Assumption.Kind.EXPERIMENTAL_DATA, "the observational data come from the "
                    + "same population, linked to the experiment by consistency: " + t + "=x implies " + o + "=" + o
                    + "(x)"));
        }
        assumptions.add(new Assumption(Assumption.Kind.BINARY_VARIABLES, t + " and " + o
                + " are binary; no monotonicity (Tian & Pearl 2000)"));
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("p_y_do_x1", in.pyx());
        diagnostics.put("p_y_do_x0", in.pyx0());
        if (in.joint() != null) {
            diagnostics.put("p_x1_y1", in.p(1, 1));
            diagnostics.put("p_x1_y0", in.p(1, 0));
            diagnostics.put("p_x0_y1", in.p(0, 1));
            diagnostics.put("p_x0_y0", in.p(0, 0));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", t);
        settings.put("outcome", o);
        settings.put("quantity", q.name());
        settings.put("observational_sha256", observational == null ? "none" : observational.sha256());
        settings.put("inference", inference.mode().name().toLowerCase(java.util.Locale.ROOT));
        long n = BoundsData.count(we) + (wo == null ? 0 : BoundsData.count(wo));
        OptionalLong seed = inf.isPresent() ? OptionalLong.of(inference.seed()) : OptionalLong.empty();
        return new Bounds(estimand, b[0], Math.max(b[0], b[1]), name(), assumptions, inf, n, diagnostics, warnings,
                Provenance.of(experimental.sha256(), n, name(), settings, seed));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TianPearlBounds other && Objects.equals(other.observational, observational)
                && other.quantity == quantity && other.inference.equals(inference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(observational, quantity, inference);
    }

    @Override
    public String toString() {
        return "TianPearlBounds[" + quantity + (observational == null ? ", experimental only" : ", with observational data")
                + "]";
    }
}
