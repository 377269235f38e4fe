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
package io.github.causal4j.identify;

import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plug-in value of an identified interventional probability, e.g.
 * {@code P(y=1 | do(x=0), z=1) = 0.42}, from {@link PluginEvaluation}.
 *
 * @param estimand the query and the formula that was evaluated
 * @param values the values of the query variables
 * @param value the plug-in probability
 * @param averagedOver formula variables outside the query whose values are arbitrary (see
 *     {@link IdAlgorithm#arbitraryVariables}); the value is their average over the configurations
 *     that occur, weighted by frequency; empty when there are none
 * @param configurationsUsed configurations of {@code averagedOver} at which the formula is defined (1 when there are none)
 * @param configurationsSkipped configurations of {@code averagedOver} skipped because the formula divides by 0 there
 * @param provenance the data and method
 */
public record InterventionalProbability(Estimand.IdFormula estimand, Map<String, String> values, double value,
        List<String> averagedOver, int configurationsUsed, int configurationsSkipped, Provenance provenance) {

    /** Validates and copies. */
    public InterventionalProbability {
        Objects.requireNonNull(estimand, "estimand");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        averagedOver = List.copyOf(averagedOver);
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value must be finite, got " + value);
        }
    }

    /** @return the query with its values, e.g. {@code P(y=1 | do(x=0))} */
    public String event() {
        CausalQuery q = estimand.query();
        StringBuilder sb = new StringBuilder("P(").append(assign(q.outcomes()));
        if (!q.treatments().isEmpty() || !q.given().isEmpty()) {
            sb.append(" | ");
            if (!q.treatments().isEmpty()) {
                sb.append("do(").append(assign(q.treatments())).append(')');
                if (!q.given().isEmpty()) {
                    sb.append(", ");
                }
            }
            sb.append(assign(q.given()));
        }
        return sb.append(')').toString();
    }

    private String assign(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n).append('=').append(values.get(n));
        }
        return sb.toString();
    }

    /** @return a text and Markdown report: the event, its value, the formula and any averaging */
    public Report report() {
        String averaging = averagedOver.isEmpty() ? ""
                : "\nAveraged over " + String.join(", ", averagedOver) + " (" + configurationsUsed + " configurations used, "
                        + configurationsSkipped + " skipped where the formula is undefined)";
        String text = event() + " = " + value + "\nFormula: " + estimand.toText() + averaging;
        String md = "`" + event() + "` = **" + value + "**\n\n$$" + estimand.toLatex() + "$$\n" + averaging.strip();
        return new Report(text, md);
    }

    /** @return e.g. {@code P(y=1 | do(x=0)) = 0.42} */
    @Override
    public String toString() {
        return event() + " = " + value;
    }
}
