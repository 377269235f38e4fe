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

import io.github.causal4j.estimate.CovarianceType;
import java.util.List;
import java.util.Objects;

/**
 * The checks that option "withers" of several estimators share, so that a rule (and its message)
 * is written once: confidence levels, and the clustering variables of cluster-robust covariances
 * (one or two distinct variables, Cameron, Gelbach &amp; Miller 2011; HC0 or HC1 for estimators
 * other than least squares, whose clustered HC2/HC3 {@code sandwich::vcovCL} defines).
 */
public final class OptionChecks {

    private OptionChecks() {
    }

    /**
     * @param level a confidence level
     * @throws IllegalArgumentException unless it is in (0, 1)
     */
    public static void confidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
    }

    /**
     * @param columns clustering variables (empty for none)
     * @param type the covariance type they go with
     * @throws IllegalArgumentException for more than two, the same variable twice, or HC2/HC3 with clusters
     */
    public static void clusters(List<String> columns, CovarianceType type) {
        clusterColumns(columns);
        clusterType(type, columns);
    }

    /**
     * @param columns clustering variables (empty for none)
     * @throws IllegalArgumentException for more than two, or the same variable twice
     */
    public static void clusterColumns(List<String> columns) {
        Objects.requireNonNull(columns, "columns");
        if (columns.size() > 2) {
            throw new IllegalArgumentException("at most two clustering variables are supported, got " + columns);
        }
        if (columns.size() == 2 && columns.get(0).equals(columns.get(1))) {
            throw new IllegalArgumentException("the two clustering variables are the same: '" + columns.get(0) + "'");
        }
    }

    /**
     * @param type a covariance type
     * @param clusters the clustering variables it goes with (empty for none)
     * @throws IllegalArgumentException for HC2 or HC3 with clusters
     */
    public static void clusterType(CovarianceType type, List<String> clusters) {
        if (!clusters.isEmpty() && (type == CovarianceType.HC2 || type == CovarianceType.HC3)) {
            throw new IllegalArgumentException("clustered standard errors of this estimator are available as HC0 or HC1, "
                    + "not " + type + " (clustered HC2/HC3 exist for ordinary least squares)");
        }
    }
}
