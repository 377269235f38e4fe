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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A causal query that is linear in the distribution of response types: a weighted sum of
 * probabilities of (possibly cross-world) events, each event a variable taking a value in a
 * world where some variables are set by intervention, as in Sachs et al. (2022). Examples:
 * <ul>
 *   <li>the ATE {@code P(Y(x=1)=1) - P(Y(x=0)=1)}: {@link #averageTreatmentEffect(String, String)};</li>
 *   <li>{@code P(Y(x=1)=1, Y(x=0)=0)}, the probability of necessity and sufficiency:
 *       {@code CounterfactualQuery.of(1, Event.of("y", 1, Map.of("x", 1)), Event.of("y", 0, Map.of("x", 0)))}.</li>
 * </ul>
 *
 * @param terms the terms, summed
 */
public record CounterfactualQuery(List<Term> terms) {

    /**
     * The event "{@code variable} takes {@code value} when {@code intervention} is set".
     *
     * @param variable a variable of the graph
     * @param value its value, {@code 0..k-1}
     * @param intervention variables set by intervention and their values (empty: the natural world)
     */
    public record Event(String variable, int value, Map<String, Integer> intervention) {

        /** Validates and copies. */
        public Event {
            Objects.requireNonNull(variable, "variable");
            if (value < 0) {
                throw new IllegalArgumentException("value of " + variable + " must be >= 0, got " + value);
            }
            intervention = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(intervention));
            if (intervention.containsKey(variable)) {
                throw new IllegalArgumentException("the event's variable " + variable + " cannot also be intervened on");
            }
        }

        /**
         * @param variable a variable
         * @param value its value
         * @param intervention the intervention
         * @return the event
         */
        public static Event of(String variable, int value, Map<String, Integer> intervention) {
            return new Event(variable, value, intervention);
        }

        @Override
        public String toString() {
            if (intervention.isEmpty()) {
                return variable + "=" + value;
            }
            return variable + "(" + intervention.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")) + ")=" + value;
        }
    }

    /**
     * {@code coefficient * P(event_1, ..., event_k)}.
     *
     * @param coefficient the weight
     * @param events the events, jointly
     */
    public record Term(double coefficient, List<Event> events) {

        /** Validates and copies. */
        public Term {
            if (!Double.isFinite(coefficient)) {
                throw new IllegalArgumentException("coefficient must be finite, got " + coefficient);
            }
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a term needs at least one event");
            }
        }

        @Override
        public String toString() {
            String p = "P(" + events.stream().map(Event::toString).collect(Collectors.joining(", ")) + ")";
            return coefficient == 1 ? p : coefficient == -1 ? "-" + p : BoundsFormat.number(coefficient) + " " + p;
        }
    }

    /** Validates and copies. */
    public CounterfactualQuery {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one term");
        }
    }

    /**
     * @param coefficient the weight
     * @param events the events, jointly
     * @return the one-term query {@code coefficient * P(events)}
     */
    public static CounterfactualQuery of(double coefficient, Event... events) {
        return new CounterfactualQuery(List.of(new Term(coefficient, List.of(events))));
    }

    /**
     * @param outcome the outcome
     * @param value its value
     * @param intervention the intervention
     * @return {@code P(outcome = value | do(intervention))}
     */
    public static CounterfactualQuery probability(String outcome, int value, Map<String, Integer> intervention) {
        return of(1, Event.of(outcome, value, intervention));
    }

    /**
     * @param treatment a binary treatment
     * @param outcome a binary outcome
     * @return {@code P(outcome=1 | do(treatment=1)) - P(outcome=1 | do(treatment=0))}
     */
    public static CounterfactualQuery averageTreatmentEffect(String treatment, String outcome) {
        return probability(outcome, 1, Map.of(treatment, 1)).minus(probability(outcome, 1, Map.of(treatment, 0)));
    }

    /**
     * @param other another query
     * @return this plus the other
     */
    public CounterfactualQuery plus(CounterfactualQuery other) {
        List<Term> all = new ArrayList<>(terms);
        all.addAll(other.terms);
        return new CounterfactualQuery(all);
    }

    /**
     * @param other another query
     * @return this minus the other
     */
    public CounterfactualQuery minus(CounterfactualQuery other) {
        return plus(other.times(-1));
    }

    /**
     * @param factor a finite factor
     * @return every coefficient multiplied by the factor
     */
    public CounterfactualQuery times(double factor) {
        return new CounterfactualQuery(terms.stream().map(t -> new Term(t.coefficient() * factor, t.events())).toList());
    }

    /** @return every variable the query mentions (event variables and intervened variables), in order */
    public List<String> variables() {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            for (Event e : t.events()) {
                if (!out.contains(e.variable())) {
                    out.add(e.variable());
                }
                for (String v : e.intervention().keySet()) {
                    if (!out.contains(v)) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** @return e.g. {@code P(y(x=1)=1) - P(y(x=0)=1)} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            String s = t.toString();
            if (sb.length() > 0) {
                sb.append(s.startsWith("-") ? " - " + s.substring(1) : " + " + s);
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
