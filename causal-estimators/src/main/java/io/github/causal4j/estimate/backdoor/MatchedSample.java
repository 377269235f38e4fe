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
package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.estimate.Estimate;
import java.util.List;
import java.util.Objects;

/**
 * The matched sample behind a {@link PropensityScoreMatching} estimate: the estimate itself and
 * every matched set (a target unit with its matches and their weights after ties), in the row order
 * of the target units. Target units dropped by the caliper have no set.
 *
 * <p>Two reductions to treated-minus-control differences are offered, for outcome tests such as
 * Rosenbaum's sensitivity analysis of the signed-rank test:
 * <ul>
 *   <li>{@link #setDifferences()}: one difference per matched set, the treated outcome minus the
 *       weighted mean of the controls (a treated unit against the mean of its controls, or the mean
 *       of the treated matches against a control target). The matching estimate is their mean.
 *   <li>{@link #pairDifferences()}: one difference per matched pair, every (target, match)
 *       combination on its own with the weights ignored: the rows of R's {@code Match()$mdata},
 *       which {@code rbounds::psens} ranks when given a {@code Match} object.
 * </ul>
 * With 1:1 matching and no ties ({@link #isPairs()}) the two coincide.
 *
 * @param estimate the matching estimate
 * @param sets the matched sets, one per matched target unit, in row order
 */
public record MatchedSample(Estimate estimate, List<MatchedSet> sets) {

    /** Validates and copies. */
    public MatchedSample {
        Objects.requireNonNull(estimate, "estimate");
        sets = List.copyOf(sets);
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("a matched sample needs at least one matched set");
        }
    }

    /** @return whether every set is a pair (one match per target unit, no ties kept) */
    public boolean isPairs() {
        for (MatchedSet s : sets) {
            if (!s.isPair()) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of (target, match) pairs, at least the number of sets */
    public int pairCount() {
        int count = 0;
        for (MatchedSet s : sets) {
            count += s.matches().size();
        }
        return count;
    }

    /** @return {@link MatchedSet#treatedMinusControl()} of every set, in the order of {@link #sets()} */
    public double[] setDifferences() {
        double[] out = new double[sets.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sets.get(i).treatedMinusControl();
        }
        return out;
    }

    /**
     * @return the treated-minus-control outcome difference of every (target, match) pair: per set in
     *     the order of {@link #sets()}, per match in the order of {@link MatchedSet#matches()}
     */
    public double[] pairDifferences() {
        double[] out = new double[pairCount()];
        int k = 0;
        for (MatchedSet s : sets) {
            for (Match m : s.matches()) {
                out[k++] = s.treated() ? s.outcome() - m.outcome() : m.outcome() - s.outcome();
            }
        }
        return out;
    }

    /** @return e.g. {@code "MatchedSample[185 sets, 287 pairs, matching ATT of treat on re78 = 1933.39 ...]"} */
    @Override
    public String toString() {
        return "MatchedSample[" + sets.size() + " sets, " + pairCount() + " pairs, " + estimate + "]";
    }
}
