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
package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * A sensitivity-analysis scenario for a suggested unmeasured confounder: "a confounder {@code kd}
 * times as strong as the benchmark covariates in explaining the treatment, and {@code ky} times in
 * explaining the outcome" — the benchmark bounds of Cinelli &amp; Hazlett (2020), "Making sense of
 * sensitivity: extending omitted variable bias", JRSS B 82(1), §6 (sensemakr's
 * {@code benchmark_covariates}, {@code kd}, {@code ky}). The sensitivity module evaluates it.
 *
 * @param unobserved the suggested unmeasured confounder
 * @param treatment the treatment
 * @param outcome the outcome
 * @param benchmarkCovariates the measured covariates it is compared with (treated as a group if several)
 * @param kd strength relative to the benchmark in explaining the treatment, positive
 * @param ky strength relative to the benchmark in explaining the outcome, positive
 * @param rationale why this benchmark
 */
public record BenchmarkScenario(String unobserved, String treatment, String outcome, List<String> benchmarkCovariates,
        double kd, double ky, String rationale) {

    /** Validates and copies. */
    public BenchmarkScenario {
        Objects.requireNonNull(unobserved, "unobserved");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        benchmarkCovariates = List.copyOf(benchmarkCovariates);
        if (benchmarkCovariates.isEmpty()) {
            throw new IllegalArgumentException("a benchmark scenario for '" + unobserved + "' needs a benchmark covariate");
        }
        if (!(kd > 0) || !(ky > 0) || Double.isInfinite(kd) || Double.isInfinite(ky)) {
            throw new IllegalArgumentException("kd and ky must be positive and finite, got " + kd + " and " + ky);
        }
        Objects.requireNonNull(rationale, "rationale");
    }

    /** @return e.g. {@code "genetics" as strong as smoke (kd = 1, ky = 1)} */
    @Override
    public String toString() {
        return "\"" + unobserved + "\" as strong as " + String.join(" + ", benchmarkCovariates) + " (kd = " + kd + ", ky = " + ky + ")";
    }
}
