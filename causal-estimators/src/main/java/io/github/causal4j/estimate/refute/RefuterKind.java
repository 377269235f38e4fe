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

/**
 * The refutation tests, each with what it changes and the rule by which the original estimate
 * passes. With R simulated effects {@code t_1..t_R} and the original estimate {@code tau}:
 * <ul>
 * <li>null tests (the simulated data have no effect): p is the randomisation p-value of the
 * original estimate among the simulated ones, {@code (1 + #{|t_r| >= |tau|}) / (1 + R)}; the
 * estimate passes when {@code p <= alpha} — it stands out from what the estimator finds where
 * there is nothing to find;</li>
 * <li>invariance tests (the simulated data have the same effect): p is the two-sided rank
 * p-value of the original estimate within the simulated ones,
 * {@code min(1, 2 min(1 + #{t_r <= tau}, 1 + #{t_r >= tau}) / (1 + R))}; the estimate passes when
 * {@code p > alpha} — it is typical of the re-estimates.</li>
 * </ul>
 */
public enum RefuterKind {
    /** Replace the treatment by a random permutation of itself (null test). */
    PLACEBO_TREATMENT(true),
    /** Add an independent standard-normal covariate to the adjustment set (invariance test). */
    RANDOM_COMMON_CAUSE(false),
    /** Re-estimate on random subsets of the rows, without replacement (invariance test). */
    DATA_SUBSET(false),
    /** Replace the outcome by independent normal noise with the outcome's mean and SD (null test). */
    DUMMY_OUTCOME(true);

    private final boolean nullTest;

    RefuterKind(boolean nullTest) {
        this.nullTest = nullTest;
    }

    /** @return whether the simulated data carry no effect (else the same effect) */
    public boolean isNullTest() {
        return nullTest;
    }

    /** @return the lower-case name ({@code "placebo_treatment"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
