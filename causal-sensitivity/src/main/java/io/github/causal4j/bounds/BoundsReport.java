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
package io.github.causal4j.bounds;

import io.github.causal4j.result.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link BoundsStep} found: whether the effect is identified (and so whether bounds are
 * needed), the bounds the data and the stated assumptions allow, the methods considered that do
 * not apply here and why, and — when a method's assumptions are contradicted by the data — that
 * contradiction (e.g. "the data contradict the graph": a table that violates the instrumental
 * inequality).
 *
 * @param identified whether the effect is identified (then bounds are offered only when asked for)
 * @param identificationSummary the identification's verdict in words
 * @param bounds the bounds computed, in the order tried
 * @param notApplicable methods considered that do not apply, each with the reason
 * @param contradiction the data contradict the assumptions of a method (the graph), if so
 */
public record BoundsReport(boolean identified, String identificationSummary, List<Bounds> bounds,
        List<String> notApplicable, Optional<String> contradiction) {

    /** Validates and copies. */
    public BoundsReport {
        Objects.requireNonNull(identificationSummary, "identificationSummary");
        bounds = List.copyOf(bounds);
        notApplicable = List.copyOf(notApplicable);
        Objects.requireNonNull(contradiction, "contradiction");
    }

    /**
     * @param method a method name ({@code "balke-pearl"}, {@code "lp"}, {@code "manski"})
     * @return its bounds, if computed
     */
    public Optional<Bounds> bounds(String method) {
        return bounds.stream().filter(b -> b.method().equals(method)).findFirst();
    }

    /** @return the verdict, every bound with its assumptions, and what did not apply */
    public Report report() {
        StringBuilder t = new StringBuilder();
        StringBuilder m = new StringBuilder();
        String verdict = identified ? "The effect is identified (" + identificationSummary + ")"
                : "The effect is NOT identified: " + identificationSummary;
        t.append(verdict).append('\n');
        m.append("**").append(identified ? "Identified" : "Not identified").append("**: ").append(identificationSummary)
                .append("\n\n");
        contradiction.ifPresent(c -> {
            t.append("The data contradict the graph: ").append(c).append('\n');
            m.append("> **The data contradict the graph:** ").append(c).append("\n\n");
        });
        for (Bounds b : bounds) {
            t.append(b.report().text()).append('\n');
            m.append(b.report().markdown()).append("\n\n");
        }
        for (String n : notApplicable) {
            t.append("  not applicable: ").append(n).append('\n');
            m.append("- not applicable: ").append(n).append('\n');
        }
        return new Report(t.toString().stripTrailing(), m.toString().stripTrailing());
    }

    /** @return e.g. {@code "BoundsReport[not identified, 2 bounds: balke-pearl [0.39, 0.78], lp [0.39, 0.78]]"} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BoundsReport[").append(identified ? "identified" : "not identified");
        contradiction.ifPresent(c -> sb.append(", the data contradict the graph"));
        sb.append(", ").append(bounds.size()).append(" bounds");
        for (int i = 0; i < bounds.size(); i++) {
            Bounds b = bounds.get(i);
            sb.append(i == 0 ? ": " : ", ").append(b.method()).append(' ').append(BoundsFormat.interval(b.lower(), b.upper()));
        }
        return sb.append(']').toString();
    }
}
