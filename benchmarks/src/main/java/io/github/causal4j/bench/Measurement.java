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
package io.github.causal4j.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One JMH result: a benchmark method at one combination of {@code @Param} values, in one mode.
 *
 * @param benchmarkClass the fully qualified class name
 * @param method the benchmark method
 * @param mode JMH's short label of the mode ({@code avgt}, {@code thrpt}, {@code ss}, {@code sample})
 * @param params the parameter values, by name
 * @param score the primary score
 * @param error the half-width of JMH's 99.9% interval of the score ({@code NaN} when too few iterations)
 * @param unit JMH's score unit, e.g. {@code ms/op} or {@code ops/s}
 */
public record Measurement(String benchmarkClass, String method, String mode, Map<String, String> params, double score,
        double error, String unit) {

    /** Normalises the parameters into name order; checks that the names are given. */
    public Measurement {
        Objects.requireNonNull(benchmarkClass, "benchmarkClass");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        params = Map.copyOf(params);
    }

    /** @return the class name without its package */
    public String simpleClassName() {
        return benchmarkClass.substring(benchmarkClass.lastIndexOf('.') + 1);
    }

    /** @return the parameters in name order */
    public Map<String, String> sortedParams() {
        return new TreeMap<>(params);
    }

    /** @return whether this is a floor benchmark (its method name starts with {@code floor}) */
    public boolean isFloor() {
        return method.startsWith(SpeedTable.FLOOR_PREFIX);
    }

    /**
     * @return the score as seconds per operation, whatever the mode's unit (time per operation or
     *     operations per time)
     * @throws IllegalArgumentException naming the unit if it is neither
     */
    public double secondsPerOperation() {
        int slash = unit.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("score unit '" + unit + "' of " + this.method + " is not time/op or ops/time");
        }
        String numerator = unit.substring(0, slash);
        String denominator = unit.substring(slash + 1);
        if (denominator.equals("op")) {
            return score * seconds(numerator);
        }
        if (numerator.equals("ops")) {
            return seconds(denominator) / score;
        }
        throw new IllegalArgumentException("score unit '" + unit + "' of " + this.method + " is not time/op or ops/time");
    }

    private double seconds(String timeUnit) {
        switch (timeUnit.toLowerCase(Locale.ROOT)) {
            case "ns":
                return 1e-9;
            case "us":
            case "µs":
                return 1e-6;
            case "ms":
                return 1e-3;
            case "s":
                return 1;
            case "min":
                return 60;
            case "hr":
                return 3600;
            case "day":
                return 86400;
            default:
                throw new IllegalArgumentException("unknown time unit '" + timeUnit + "' in score unit '" + unit + "' of " + method);
        }
    }
}
