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
package io.github.causal4j.estimate.refute;

import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.Objects;

/**
 * The result of a refutation test.
 *
 * @param kind which test
 * @param originalEffect the estimate being tested
 * @param newEffect the mean of the re-estimated effects
 * @param newEffectSd their standard deviation
 * @param pValue the test's p-value (see {@link RefuterKind})
 * @param passed whether the estimate passes at the significance level
 * @param significance alpha
 * @param rule the pass rule in words
 * @param simulatedEffects the re-estimated effects, in simulation order
 * @param failures simulations on which the estimator failed (left out)
 * @param provenance seed and settings
 */
public record Refutation(RefuterKind kind, double originalEffect, double newEffect, double newEffectSd, double pValue,
        boolean passed, double significance, String rule, double[] simulatedEffects, int failures, Provenance provenance) {

    /** Validates and copies. */
    public Refutation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(provenance, "provenance");
        simulatedEffects = simulatedEffects.clone();
    }

    /** @return the re-estimated effects (a fresh copy) */
    @Override
    public double[] simulatedEffects() {
        return simulatedEffects.clone();
    }

    /** @return e.g. {@code "placebo_treatment: new effect -12.3 (estimate 1548.2), p = 0.01, PASSED"} */
    @Override
    public String toString() {
        return kind.label() + ": new effect " + Formatting.number(newEffect) + " (estimate "
                + Formatting.number(originalEffect) + "), p = " + Formatting.pValue(pValue) + ", "
                + (passed ? "PASSED" : "FAILED");
    }

    /** @return the test, effects, p-value, verdict and rule */
    public Report report() {
        String text = "Refutation " + kind.label() + ": " + (passed ? "passed" : "failed") + "\n  estimate "
                + Formatting.number(originalEffect) + ", new effect " + Formatting.number(newEffect) + " (SD "
                + Formatting.number(newEffectSd) + " over " + simulatedEffects.length + " simulations"
                + (failures > 0 ? ", " + failures + " failed" : "") + "), p = " + Formatting.pValue(pValue) + "\n  rule: "
                + rule;
        String md = "| refuter | estimate | new effect | p-value | result |\n|---|---:|---:|---:|---|\n| " + kind.label()
                + " | " + Formatting.number(originalEffect) + " | " + Formatting.number(newEffect) + " | "
                + Formatting.pValue(pValue) + " | " + (passed ? "passed" : "**failed**") + " |\n\n_Rule: " + rule + "_\n";
        return new Report(text, md);
    }
}
