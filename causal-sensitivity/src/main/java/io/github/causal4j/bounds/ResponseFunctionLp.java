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

import io.github.causal4j.bounds.internal.DualCertificate;
import io.github.causal4j.bounds.internal.LinearProgram;
import java.util.List;

/**
 * Builds and solves the two linear programs whose optima are the sharp bounds on a
 * {@link CounterfactualQuery} (Balke &amp; Pearl 1997; Sachs, Jonzon, Gabriel &amp; Sj&ouml;lander 2022):
 * the unknowns are the probabilities {@code q_t >= 0} of the response types, the constraints say
 * they sum to one and reproduce every observed {@code P(R = r | L = l)} with {@code P(l) > 0}
 * (one value of {@code r} per {@code l} is left out: it is implied by the sum), and the objective is
 * the query, {@code sum_t q_t sum_l P(l) [events hold for type t with L = l]}.
 *
 * <p>Both optima come with a {@link DualCertificate} (a dual-feasible vector with the same objective
 * value, checked on the program as posed): a bound is never returned uncertified.
 *
 * <p>Cost: building is {@code O(T |L| |R|)} for {@code T} types; the simplex works on a dense
 * tableau of about {@code |L| |R|} rows by {@code T} columns.
 */
final class ResponseFunctionLp {

    /**
     * A further known value of a query, e.g. an experimental {@code P(Y(x)=1)}.
     *
     * @param query the query
     * @param value its known value
     */
    record KnownValue(CounterfactualQuery query, double value) {
    }

    /**
     * @param lower the minimum of the query
     * @param upper the maximum
     * @param constraints equality constraints used
     * @param types response types (LP variables)
     * @param lowerCertificate the optimality certificate of the minimum
     * @param upperCertificate the optimality certificate of the maximum
     */
    record Solution(double lower, double upper, int constraints, int types, DualCertificate lowerCertificate,
            DualCertificate upperCertificate) {

        /** @return the larger duality gap of the two programs */
        double dualityGap() {
            return Math.max(lowerCertificate.gap(), upperCertificate.gap());
        }
    }

    private ResponseFunctionLp() {
    }

    /**
     * @param model the response-function model
     * @param joint weights (counts or probabilities) of every (left configuration, right configuration)
     * @param query the query to bound
     * @param known further equality constraints
     * @throws AssumptionsRefutedException if no distribution of response types reproduces the data
     */
    static Solution solve(ResponseFunctionModel model, double[][] joint, CounterfactualQuery query,
            List<KnownValue> known) {
        int types = model.typeCount();
        int leftConfigs = model.leftConfigCount();
        int rightConfigs = model.rightConfigCount();
        double total = 0;
        double[] leftWeight = new double[leftConfigs];
        for (int l = 0; l < leftConfigs; l++) {
            for (int r = 0; r < rightConfigs; r++) {
                leftWeight[l] += joint[l][r];
            }
            total += leftWeight[l];
        }
        double[] pLeft = new double[leftConfigs];
        for (int l = 0; l < leftConfigs; l++) {
            pLeft[l] = leftWeight[l] / total;
        }

        LinearProgram lp = new LinearProgram(types);
        double[] ones = new double[types];
        java.util.Arrays.fill(ones, 1.0);
        lp.addEquality(ones, 1.0);
        int[] values = new int[model.slotCount()];
        int[] natural = new int[model.slotCount()];
        java.util.Arrays.fill(natural, -1);
        for (int l = 0; l < leftConfigs; l++) {
            if (leftWeight[l] <= 0) {
                continue;
            }
            double[][] rows = new double[rightConfigs][types];
            for (int t = 0; t < types; t++) {
                model.decodeLeft(l, values);
                model.evaluate(t, values, natural);
                rows[model.encodeRight(values)][t] = 1;
            }
            for (int r = 0; r < rightConfigs - 1; r++) {
                lp.addEquality(rows[r], joint[l][r] / leftWeight[l]);
            }
        }
        for (KnownValue k : known) {
            lp.addEquality(coefficients(model, pLeft, k.query()), k.value());
        }
        double[] objective = coefficients(model, pLeft, query);
        LinearProgram.Result min = lp.optimize(objective, false);
        if (min.status() == LinearProgram.Status.INFEASIBLE) {
            throw new AssumptionsRefutedException("the observed distribution of " + model.right + " given "
                    + model.left + " is incompatible with the graph: no distribution of response types reproduces it"
                    + (known.isEmpty() ? "" : " together with the stated known values"));
        }
        LinearProgram.Result max = lp.optimize(objective, true);
        if (min.status() != LinearProgram.Status.OPTIMAL || max.status() != LinearProgram.Status.OPTIMAL) {
            throw new IllegalStateException("the bounds linear program ended " + min.status() + "/" + max.status());
        }
        return new Solution(min.value(), max.value(), lp.constraintCount(), types, min.certificate(), max.certificate());
    }

    /** The query's coefficient on every response type. */
    static double[] coefficients(ResponseFunctionModel model, double[] pLeft, CounterfactualQuery query) {
        int types = model.typeCount();
        double[] c = new double[types];
        int[] values = new int[model.slotCount()];
        for (CounterfactualQuery.Term term : query.terms()) {
            List<CounterfactualQuery.Event> events = term.events();
            int[][] fixed = new int[events.size()][];
            int[] slot = new int[events.size()];
            for (int e = 0; e < events.size(); e++) {
                CounterfactualQuery.Event ev = events.get(e);
                slot[e] = model.slotOf(ev.variable());
                if (slot[e] < 0) {
                    throw new IllegalArgumentException("query variable '" + ev.variable() + "' is not in the model "
                            + model.left + " " + model.right);
                }
                if (ev.value() >= model.levels[slot[e]]) {
                    throw new IllegalArgumentException("query event " + ev + " is outside the " + model.levels[slot[e]]
                            + " levels of " + ev.variable());
                }
                fixed[e] = model.fixedValues(ev.intervention());
            }
            for (int l = 0; l < pLeft.length; l++) {
                if (pLeft[l] <= 0) {
                    continue;
                }
                for (int t = 0; t < types; t++) {
                    boolean all = true;
                    for (int e = 0; e < events.size() && all; e++) {
                        model.decodeLeft(l, values);
                        model.evaluate(t, values, fixed[e]);
                        all = values[slot[e]] == events.get(e).value();
                    }
                    if (all) {
                        c[t] += term.coefficient() * pLeft[l];
                    }
                }
            }
        }
        return c;
    }
}
