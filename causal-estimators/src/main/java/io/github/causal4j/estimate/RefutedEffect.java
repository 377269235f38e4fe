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
package io.github.causal4j.estimate;

import io.github.causal4j.estimate.refute.Refutation;
import io.github.causal4j.result.Report;
import java.util.List;

/**
 * The refutation stage of a {@link CausalAnalysis}: the estimated effect and the refutation tests
 * run on it.
 */
public final class RefutedEffect {

    private final EstimatedEffect estimated;
    private final List<Refutation> refutations;

    RefutedEffect(EstimatedEffect estimated, List<Refutation> refutations) {
        this.estimated = estimated;
        this.refutations = List.copyOf(refutations);
    }

    /** @return the estimated effect */
    public EstimatedEffect estimated() {
        return estimated;
    }

    /** @return the tests, in the order run */
    public List<Refutation> refutations() {
        return refutations;
    }

    /** @return whether every test passed */
    public boolean allPassed() {
        return refutations.stream().allMatch(Refutation::passed);
    }

    /** @return identification, estimate and every refutation */
    public Report report() {
        StringBuilder text = new StringBuilder(estimated.report().text());
        StringBuilder md = new StringBuilder(estimated.report().markdown());
        for (Refutation r : refutations) {
            text.append('\n').append(r.report().text());
            md.append('\n').append(r.report().markdown());
        }
        return new Report(text.toString(), md.toString());
    }

    /** @return e.g. {@code "RefutedEffect[ipw ATE ... ; 2 of 2 refutations passed]"} */
    @Override
    public String toString() {
        long passed = refutations.stream().filter(Refutation::passed).count();
        return "RefutedEffect[" + estimated.estimate() + "; " + passed + " of " + refutations.size()
                + " refutations passed]";
    }
}
