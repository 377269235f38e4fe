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
package io.github.causal4j.estimate.internal;

/** The logistic function and its complement, each accurate to a few ulps over the whole line. */
public final class Logistic {

    private Logistic() {
    }

    /**
     * @param eta linear predictor
     * @return {@code 1 / (1 + exp(-eta))}
     */
    public static double probability(double eta) {
        if (eta >= 0) {
            return 1.0 / (1.0 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1.0 + e);
    }

    /**
     * @param eta linear predictor
     * @return {@code 1 - probability(eta) = 1 / (1 + exp(eta))}, computed without cancellation
     */
    public static double complement(double eta) {
        return probability(-eta);
    }

    /**
     * @param x a value
     * @return {@code log(1 + exp(x))} without overflow
     */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
