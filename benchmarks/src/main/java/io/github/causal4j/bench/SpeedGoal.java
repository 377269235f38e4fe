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

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A speed goal as a value: a bound on the ratio to the floor or on the time per operation, for
 * the parameter values it is stated for. Made from a {@link Goal} annotation, or directly in tests.
 *
 * @param ratio the largest acceptable ratio to the floor, or 0 for an absolute goal
 * @param seconds the largest acceptable seconds per operation, or 0 for a ratio goal
 * @param where the parameter values the goal applies to (empty: all)
 */
public record SpeedGoal(double ratio, double seconds, Map<String, String> where) {

    /**
     * @throws IllegalArgumentException unless exactly one of {@code ratio} and {@code seconds} is
     *     positive and finite
     */
    public SpeedGoal {
        Objects.requireNonNull(where, "where");
        where = Map.copyOf(where);
        boolean isRatio = ratio > 0 && Double.isFinite(ratio);
        boolean isTime = seconds > 0 && Double.isFinite(seconds);
        if (isRatio == isTime || ratio < 0 || seconds < 0) {
            throw new IllegalArgumentException("a speed goal needs exactly one of ratio and seconds, positive and finite; got ratio="
                    + ratio + ", seconds=" + seconds);
        }
    }

    /**
     * @param goal an annotation
     * @return its value
     * @throws IllegalArgumentException if a {@code where} entry is not {@code name=value}
     */
    public static SpeedGoal of(Goal goal) {
        Map<String, String> where = new LinkedHashMap<>();
        for (String entry : goal.where()) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("@Goal where entry '" + entry + "' is not name=value");
            }
            where.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return new SpeedGoal(goal.ratio(), goal.seconds(), where);
    }

    /** @return whether the goal bounds the ratio to the floor (otherwise the time per operation) */
    public boolean isRatio() {
        return ratio > 0;
    }

    /**
     * @param params a benchmark's parameter values
     * @return whether the goal is stated for them: every {@link #where()} entry matches
     */
    public boolean appliesTo(Map<String, String> params) {
        for (Map.Entry<String, String> e : where.entrySet()) {
            if (!e.getValue().equals(params.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param ratio the measured ratio to the floor, if there is one
     * @param secondsPerOp the measured seconds per operation
     * @return whether the goal is met; empty for a ratio goal without a measured ratio
     */
    public Optional<Boolean> met(OptionalDouble ratio, double secondsPerOp) {
        if (isRatio()) {
            return ratio.isPresent() ? Optional.of(ratio.getAsDouble() <= this.ratio) : Optional.empty();
        }
        return Optional.of(secondsPerOp <= seconds);
    }

    /** @return the bound as the table shows it, e.g. {@code "≤ 20×"} or {@code "≤ 1 s"} */
    public String describe() {
        if (isRatio()) {
            return "≤ " + plain(ratio) + "×";
        }
        if (seconds >= 1) {
            return "≤ " + plain(seconds) + " s";
        }
        if (seconds >= 1e-3) {
            return "≤ " + plain(seconds * 1e3) + " ms";
        }
        return "≤ " + plain(seconds * 1e6) + " µs";
    }

    private static String plain(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
