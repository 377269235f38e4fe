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

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An interventional query {@code P(outcomes | do(treatments), given)}: the distribution of the
 * outcomes when the treatments are set by intervention, among units with the given values of the
 * conditioning variables (a conditional query when {@code given} is non-empty).
 *
 * @param outcomes the outcome variables Y (non-empty)
 * @param treatments the intervened variables X (may be empty: then the query is observational)
 * @param given the conditioning variables Z (may be empty)
 */
public record CausalQuery(List<String> outcomes, List<String> treatments, List<String> given) {

    /** Validates: non-empty outcomes, no repeated names, pairwise disjoint sets. */
    public CausalQuery {
        outcomes = distinct(outcomes, "outcomes");
        treatments = distinct(treatments, "treatments");
        given = distinct(given, "given");
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("a causal query needs at least one outcome");
        }
        requireDisjoint(outcomes, treatments, "outcome", "treatment");
        requireDisjoint(outcomes, given, "outcome", "conditioning variable");
        requireDisjoint(treatments, given, "treatment", "conditioning variable");
    }

    /**
     * @param outcomes Y
     * @param treatments X
     * @return the query {@code P(y | do(x))}
     */
    public static CausalQuery of(Collection<String> outcomes, Collection<String> treatments) {
        return new CausalQuery(List.copyOf(outcomes), List.copyOf(treatments), List.of());
    }

    /**
     * @param outcome Y
     * @param treatment X
     * @return the query {@code P(y | do(x))}
     */
    public static CausalQuery of(String outcome, String treatment) {
        return of(List.of(outcome), List.of(treatment));
    }

    /**
     * @param conditions Z
     * @return the conditional query {@code P(y | do(x), z)}
     */
    public CausalQuery given(Collection<String> conditions) {
        return new CausalQuery(outcomes, treatments, List.copyOf(conditions));
    }

    /** @return every variable the query names */
    public Set<String> variables() {
        Set<String> out = new LinkedHashSet<>(outcomes);
        out.addAll(treatments);
        out.addAll(given);
        return out;
    }

    /** @return the query as text, e.g. {@code P(y | do(x), z)} */
    public String toText() {
        return render(" | ", "do(", ")");
    }

    /** @return the query as LaTeX, e.g. {@code P(y \mid do(x), z)} */
    public String toLatex() {
        return render(" \\mid ", "\\mathrm{do}(", ")");
    }

    private String render(String bar, String doOpen, String doClose) {
        StringBuilder sb = new StringBuilder("P(").append(String.join(", ", outcomes));
        if (!treatments.isEmpty() || !given.isEmpty()) {
            sb.append(bar);
            if (!treatments.isEmpty()) {
                sb.append(doOpen).append(String.join(", ", treatments)).append(doClose);
                if (!given.isEmpty()) {
                    sb.append(", ");
                }
            }
            sb.append(String.join(", ", given));
        }
        return sb.append(')').toString();
    }

    /** @return the query as text */
    @Override
    public String toString() {
        return toText();
    }

    private static List<String> distinct(List<String> names, String what) {
        Objects.requireNonNull(names, what);
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            Objects.requireNonNull(n, what + " contains null");
            if (n.isBlank()) {
                throw new IllegalArgumentException(what + " contains an empty name");
            }
            if (!seen.add(n)) {
                throw new IllegalArgumentException("'" + n + "' is named twice among the " + what);
            }
        }
        return List.copyOf(names);
    }

    private static void requireDisjoint(List<String> a, List<String> b, String aName, String bName) {
        List<String> both = a.stream().filter(b::contains).collect(Collectors.toList());
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("'" + both.get(0) + "' cannot be both " + article(aName) + aName + " and "
                    + article(bName) + bName + " of the query");
        }
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }
}
