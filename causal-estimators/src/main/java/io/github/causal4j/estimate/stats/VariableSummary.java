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
package io.github.causal4j.estimate.stats;

import java.io.Serializable;
import java.util.Objects;

/**
 * What an estimator needs to know about a per-row variable before its first pass: how many rows,
 * their sum, range, and whether every value is 0 or 1 (the start of a logistic fit, the size of
 * each arm of a binary treatment).
 *
 * @param name the variable
 * @param count number of rows
 * @param sum sum of the values
 * @param min smallest value ({@code +Infinity} without rows)
 * @param max largest value ({@code -Infinity} without rows)
 * @param binary whether every value is 0 or 1
 */
public record VariableSummary(String name, long count, double sum, double min, double max, boolean binary)
        implements Serializable {

    /** Validates. */
    public VariableSummary {
        Objects.requireNonNull(name, "name");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
    }

    /**
     * @param name the variable
     * @param values its values
     * @return their summary
     */
    public static VariableSummary of(String name, double[] values) {
        double sum = 0.0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean binary = true;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            binary &= v == 0.0 || v == 1.0;
        }
        return new VariableSummary(name, values.length, sum, min, max, binary);
    }

    /**
     * @param other the summary of the same variable over other rows
     * @return the summary of both
     */
    public VariableSummary merge(VariableSummary other) {
        return new VariableSummary(name, count + other.count, sum + other.sum, Math.min(min, other.min),
                Math.max(max, other.max), binary && other.binary);
    }

    /**
     * Requires a binary variable with both values present.
     *
     * @param role how the estimator calls the variable ("treatment", "outcome")
     * @param method the estimator, for the message
     * @return the number of rows with value 1
     * @throws IllegalArgumentException naming the variable if it is not 0/1 or constant
     */
    public long requireBothBinaryValues(String role, String method) {
        if (!binary) {
            throw new IllegalArgumentException(method + " needs a binary 0/1 " + role + ", but '" + name
                    + "' has values in [" + min + ", " + max + "] other than 0 and 1");
        }
        long ones = Math.round(sum);
        if (ones == 0 || ones == count) {
            throw new IllegalArgumentException("the " + role + " '" + name + "' is " + (ones == 0 ? 0 : 1)
                    + " in every row; " + method + " needs both values");
        }
        return ones;
    }
}
