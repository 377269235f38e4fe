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
import java.util.OptionalDouble;

/**
 * A suggester's score on cause–effect pairs, as datasets/llm-eval/README.md prescribes: accuracy
 * and weighted accuracy {@code sum(w_i correct_i) / sum(w_i)} over the pairs it answered,
 * abstentions counted on their own (not as errors), the share of samples without a usable answer
 * (schema failures, refusals, truncations), and tokens.
 *
 * @param outcomes one outcome per pair, in pair order
 */
public record PairScore(List<PairOutcome> outcomes) {

    /** Copies the outcomes. */
    public PairScore {
        outcomes = List.copyOf(outcomes);
    }

    private long count(PairOutcome.Verdict v) {
        return outcomes.stream().filter(o -> o.verdict() == v).count();
    }

    /** @return pairs scored */
    public int pairs() {
        return outcomes.size();
    }

    /** @return pairs answered with a direction */
    public int answered() {
        return (int) (count(PairOutcome.Verdict.CORRECT) + count(PairOutcome.Verdict.WRONG));
    }

    /** @return pairs answered correctly */
    public int correct() {
        return (int) count(PairOutcome.Verdict.CORRECT);
    }

    /** @return pairs without an accepted direction */
    public int abstained() {
        return (int) count(PairOutcome.Verdict.ABSTAINED);
    }

    /** @return pairs whose every sample failed */
    public int failed() {
        return (int) count(PairOutcome.Verdict.FAILED);
    }

    /** @return correct / answered, empty if nothing was answered */
    public OptionalDouble accuracy() {
        int a = answered();
        return a == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct() / a);
    }

    /** @return sum of weights of correct pairs / sum of weights of answered pairs, empty if that weight is 0 */
    public OptionalDouble weightedAccuracy() {
        double num = 0;
        double den = 0;
        for (PairOutcome o : outcomes) {
            if (o.verdict() == PairOutcome.Verdict.CORRECT || o.verdict() == PairOutcome.Verdict.WRONG) {
                den += o.pair().weight();
                if (o.verdict() == PairOutcome.Verdict.CORRECT) {
                    num += o.pair().weight();
                }
            }
        }
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of(num / den);
    }

    /** @return abstained / pairs, empty if no pair */
    public OptionalDouble abstentionRate() {
        return outcomes.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) abstained() / outcomes.size());
    }

    /** @return failed samples / samples asked, empty if no sample */
    public OptionalDouble sampleFailureRate() {
        long samples = 0;
        long failed = 0;
        for (PairOutcome o : outcomes) {
            samples += o.samples();
            failed += o.failedSamples();
        }
        return samples == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) failed / samples);
    }

    /** @return tokens of all pairs */
    public TokenUsage tokens() {
        TokenUsage t = TokenUsage.ZERO;
        for (PairOutcome o : outcomes) {
            t = t.plus(o.tokens());
        }
        return t;
    }

    /** @return e.g. {@code PairScore[102 pairs: accuracy 0.81 (weighted 0.78) on 95 answered, 7 abstained, sample failures 0.02]} */
    @Override
    public String toString() {
        return "PairScore[" + pairs() + " pairs: accuracy " + GraphScore.fmt(accuracy()) + " (weighted "
                + GraphScore.fmt(weightedAccuracy()) + ") on " + answered() + " answered, " + abstained() + " abstained, "
                + failed() + " failed, sample failures " + GraphScore.fmt(sampleFailureRate()) + ", " + tokens() + "]";
    }
}
