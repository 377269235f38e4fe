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
import java.util.TreeMap;

/**
 * Monotone instrumental variable (MIV) bounds on the average treatment effect of a binary
 * treatment (Manski &amp; Pepper 2000, Econometrica 68:997–1010, Prop. 1 and Cor. 1): an observed
 * variable {@code v} whose larger values go with weakly larger mean potential outcomes,
 * {@code E[Y(t) | v = u1] <= E[Y(t) | v = u2]} for {@code u1 <= u2} (or the reverse), without being
 * excluded from the outcome equation.
 *
 * <p>With {@code [LB_t(u), UB_t(u)]} the bounds on {@code E[Y(t) | v = u]} in the cell {@code v = u}
 * (Manski's worst case, or under monotone treatment response when {@link #withMtr} is set):
 * {@code E[Y(t)] in [sum_u P(u) sup_{u' <= u} LB_t(u'), sum_u P(u) inf_{u' >= u} UB_t(u')]}; the ATE
 * bounds are {@code [LB_1 - UB_0, UB_1 - LB_0]}. If a lower bound exceeds its upper bound the
 * assumption is refuted by the data and reported as such.
 *
 * <p><b>Finite-sample convention.</b> The instrument's distinct values are the cells, and the
 * estimator is the plug-in (analog) estimator: the sup and inf are taken over the estimated cell
 * bounds. Because a sup of estimates is biased upward (an inf downward), these bounds are biased
 * towards being too narrow in finite samples (Manski &amp; Pepper 2009). {@link #withBiasCorrection()}
 * applies Kreider &amp; Pepper's (2007, JASA 102:432–441) bootstrap correction, each end
 * {@code 2 T - mean(T*)} over the bootstrap replicates {@code T*}; Chernozhukov, Lee &amp; Rosen's
 * (2013) precision-corrected intersection bounds are not implemented. Inference: bootstrap standard
 * errors and the Imbens &amp; Manski interval (no analytic formula for a sup of estimates). Where the
 * sup or inf is attained by two or more cells, the naive bootstrap is inconsistent and the interval a
 * heuristic (see {@link BoundsInference}).
 */
public final class MivBounds implements BoundsMethod {

    private final OutcomeRange range;
    private final Direction direction;
    private final Direction mtr;
    private final boolean biasCorrected;
    private final InferenceOptions inference;

    private MivBounds(OutcomeRange range, Direction direction, Direction mtr, boolean biasCorrected,
            InferenceOptions inference) {
        this.range = Objects.requireNonNull(range, "range");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.mtr = mtr;
        this.biasCorrected = biasCorrected;
        this.inference = Objects.requireNonNull(inference, "inference");
    }

    /**
     * MIV bounds with an increasing instrument and worst-case cell bounds.
     *
     * @param range the interval containing every outcome value
     * @return the method
     */
    public static MivBounds of(OutcomeRange range) {
        return new MivBounds(range, Direction.INCREASING, null, false, InferenceOptions.defaults());
    }

    /**
     * @param newDirection whether mean potential outcomes increase or decrease with the instrument
     * @return this method with that direction
     */
    public MivBounds withDirection(Direction newDirection) {
        return new MivBounds(range, newDirection, mtr, biasCorrected, inference);
    }

    /**
     * @param newMtr the direction of monotone treatment response assumed within each cell (Manski &amp; Pepper 2000, Cor. 1)
     * @return this method with MIV and MTR combined
     */
    public MivBounds withMtr(Direction newMtr) {
        return new MivBounds(range, direction, Objects.requireNonNull(newMtr, "mtr"), biasCorrected, inference);
    }

    /** @return this method with Kreider &amp; Pepper's (2007) bootstrap bias correction */
    public MivBounds withBiasCorrection() {
        return new MivBounds(range, direction, mtr, true, inference);
    }

    @Override
    public MivBounds withInference(InferenceOptions options) {
        return new MivBounds(range, direction, mtr, biasCorrected, options);
    }

    @Override
    public String name() {
        return "miv";
    }

    @Override
    public Bounds compute(Dataset data, BoundsVariables variables) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(variables, "variables");
        BoundsData.requireRows(data);
        String t = variables.treatment();
        String o = variables.outcome();
        String z = variables.requireInstrument("MIV");
        double[] d = BoundsData.binary(data, t, "treatment");
        double[] y = BoundsData.bounded(data, o, range);
        double[] v = BoundsData.numeric(data, z, "instrument");
        double[] w = BoundsData.weights(data, variables.weight());
        Cells cells = Cells.of(v);
        double[] est = bounds(d, y, w, cells, t, o, z);
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("instrument_cells", (double) cells.count());
        diagnostics.put("plug_in_lower", est[0]);
        diagnostics.put("plug_in_upper", est[1]);
        List<String> warnings = new ArrayList<>();
        double lower = est[0];
        double upper = est[1];
        Optional<BoundsInference> inf = Optional.empty();
        if (inference.mode() != InferenceOptions.Mode.NONE || biasCorrected) {
            Bootstrap.Replicates reps = Bootstrap.run(w, inference.replications(), inference.seed(),
                    rw -> bounds(d, y, rw, cells, t, o, z));
            if (reps.failed() > 0) {
                warnings.add(reps.failed() + " bootstrap resamples gave crossing MIV bounds or an empty cell and were "
                        + "skipped");
            }
            if (biasCorrected) {
                lower = 2 * est[0] - reps.lowerMean();
                upper = 2 * est[1] - reps.upperMean();
                diagnostics.put("bootstrap_mean_lower", reps.lowerMean());
                diagnostics.put("bootstrap_mean_upper", reps.upperMean());
                if (lower > upper) {
                    throw new AssumptionsRefutedException("the bias-corrected MIV bounds cross: lower " + BoundsFormat
                            .number(lower) + " > upper " + BoundsFormat.number(upper) + "; the plug-in bounds are "
                            + BoundsFormat.interval(est[0], est[1]));
                }
            }
            if (inference.mode() != InferenceOptions.Mode.NONE) {
                inf = Optional.of(Bootstrap.inference(reps, inference, lower, upper));
            }
        }
        long count = BoundsData.count(w);
        if (cells.count() > count / 10.0) {
            warnings.add("the instrument '" + z + "' has " + cells.count() + " distinct values for "
                    + count + " observations; MIV plug-in bounds on small cells are biased towards "
                    + "being too narrow: coarsen the instrument or use the bias correction");
        }
        List<Assumption> assumptions = new ArrayList<>();
        assumptions.add(new Assumption(Assumption.Kind.BOUNDED_OUTCOME, "every potential outcome of " + o + " lies in "
                + range + " (Manski 1990)"));
        assumptions.add(new Assumption(Assumption.Kind.MONOTONE_INSTRUMENT, "E[" + o + "(t) | " + z + "=u] is "
                + (direction == Direction.INCREASING ? "non-decreasing" : "non-increasing") + " in u for t = 0, 1 "
                + "(monotone instrumental variable, Manski & Pepper 2000)"));
        if (mtr != null) {
            assumptions.add(ManskiBounds.mtrAssumption(o, mtr));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", t);
        settings.put("outcome", o);
        settings.put("instrument", z);
        variables.weight().ifPresent(c -> settings.put("weight", c));
        settings.put("outcome_range", range.toString());
        settings.put("direction", direction.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("mtr", mtr == null ? "none" : mtr.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("bias_correction", biasCorrected ? "kreider-pepper-2007" : "none");
        settings.put("finite_sample", "plug-in sup/inf over the instrument's distinct values");
        OptionalLong seed = inference.mode() != InferenceOptions.Mode.NONE || biasCorrected
                ? OptionalLong.of(inference.seed()) : OptionalLong.empty();
        return new Bounds(BoundsEstimand.averageTreatmentEffect(t, o), lower, upper, name(), assumptions, inf,
                count, diagnostics, warnings,
                Provenance.of(data.sha256(), count, name(), settings, seed));
    }

    /** The instrument's distinct values, ascending, and each row's cell. */
    private record Cells(double[] values, int[] cellOf) {

        static Cells of(double[] v) {
            TreeMap<Double, Integer> distinct = new TreeMap<>();
            for (double x : v) {
                distinct.putIfAbsent(x, 0);
            }
            double[] values = new double[distinct.size()];
            int k = 0;
            for (Map.Entry<Double, Integer> e : distinct.entrySet()) {
                values[k] = e.getKey();
                e.setValue(k++);
            }
            int[] cellOf = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                cellOf[i] = distinct.get(v[i]);
            }
            return new Cells(values, cellOf);
        }

        int count() {
            return values.length;
        }
    }

    /** {lower, upper} of the ATE; cells with zero weight (in a resample) are left out. */
    private double[] bounds(double[] d, double[] y, double[] w, Cells cells, String t, String o, String z) {
        int k = cells.count();
        int[] size = new int[k];
        for (int c : cells.cellOf()) {
            size[c]++;
        }
        double[] weight = new double[k];
        double[][] lb = new double[2][k];
        double[][] ub = new double[2][k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            double[] dc = new double[size[c]];
            double[] yc = new double[size[c]];
            double[] wc = new double[size[c]];
            int m = 0;
            for (int i = 0; i < d.length; i++) {
                if (cells.cellOf()[i] == c) {
                    dc[m] = d[i];
                    yc[m] = y[i];
                    wc[m++] = w[i];
                }
            }
            weight[c] = BoundsData.sum(wc);
            total += weight[c];
            if (weight[c] == 0) {
                continue;
            }
            MeanBounds mb = MeanBounds.of(dc, yc, wc, range, mtr, null, false);
            lb[1][c] = mb.lower1.value();
            ub[1][c] = mb.upper1.value();
            lb[0][c] = mb.lower0.value();
            ub[0][c] = mb.upper0.value();
        }
        double[] lower = new double[2];
        double[] upper = new double[2];
        for (int arm = 0; arm < 2; arm++) {
            for (int c = 0; c < k; c++) {
                if (weight[c] == 0) {
                    continue;
                }
                double sup = Double.NEGATIVE_INFINITY;
                double inf = Double.POSITIVE_INFINITY;
                for (int c2 = 0; c2 < k; c2++) {
                    if (weight[c2] == 0) {
                        continue;
                    }
                    boolean below = direction == Direction.INCREASING ? c2 <= c : c2 >= c;
                    boolean above = direction == Direction.INCREASING ? c2 >= c : c2 <= c;
                    if (below) {
                        sup = Math.max(sup, lb[arm][c2]);
                    }
                    if (above) {
                        inf = Math.min(inf, ub[arm][c2]);
                    }
                }
                lower[arm] += weight[c] / total * sup;
                upper[arm] += weight[c] / total * inf;
            }
            if (lower[arm] > upper[arm] + 1e-12) {
                throw new AssumptionsRefutedException("the MIV bounds on E[" + o + "(" + arm + ")] cross: "
                        + BoundsFormat.number(lower[arm]) + " > " + BoundsFormat.number(upper[arm]) + "; the data "
                        + "contradict a " + (direction == Direction.INCREASING ? "non-decreasing" : "non-increasing")
                        + " E[" + o + "(t) | " + z + "] (monotone instrumental variable)");
            }
        }
        return new double[] {lower[1] - upper[0], upper[1] - lower[0]};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MivBounds other && other.range.equals(range) && other.direction == direction
                && other.mtr == mtr && other.biasCorrected == biasCorrected && other.inference.equals(inference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(range, direction, mtr, biasCorrected, inference);
    }

    @Override
    public String toString() {
        return "MivBounds[" + direction + ", outcome range " + range + (mtr == null ? "" : ", MTR " + mtr)
                + (biasCorrected ? ", Kreider-Pepper bias correction" : "") + "]";
    }
}
