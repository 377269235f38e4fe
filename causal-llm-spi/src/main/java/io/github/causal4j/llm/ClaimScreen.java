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

import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one sample's claims against the request before they can vote: every name must be one of
 * the variables (others are recorded as invented and dropped), edges must join two distinct
 * variables, a sample may not state both directions of an edge, roles must fit the task and may
 * not be the treatment or the outcome, unmeasured confounders must not be measured variables.
 * Everything dropped is reported as a {@link ValidationNote}. This is what stops hallucinated
 * names from reaching a graph.
 */
final class ClaimScreen {

    private final SuggestionRequest request;
    private final Set<String> names;
    private final Optional<String> treatment;
    private final Optional<String> outcome;
    private final List<ValidationNote> notes = new ArrayList<>();
    private final Set<String> invented = new LinkedHashSet<>();
    private final Set<String> normalisedNames = new LinkedHashSet<>();

    /**
     * @param request the request
     * @param treatment the pair's treatment (the request's, or a critiqued graph's single exposure)
     * @param outcome the pair's outcome
     */
    ClaimScreen(SuggestionRequest request, Optional<String> treatment, Optional<String> outcome) {
        this.request = request;
        this.names = new LinkedHashSet<>(request.variableNames());
        this.treatment = treatment;
        this.outcome = outcome;
        for (String n : names) {
            normalisedNames.add(BackgroundKnowledge.normaliseName(n));
        }
    }

    List<ValidationNote> notes() {
        return notes;
    }

    List<String> invented() {
        return List.copyOf(invented);
    }

    ScreenedSample screen(int sample, Answer answer) {
        String where = "sample " + (sample + 1);
        return switch (request.task()) {
            case EDGES -> new ScreenedSample(edges(where, answer.edges()), List.of(), List.of(), List.of());
            case CONFOUNDERS, MEDIATORS, INSTRUMENTS, NEGATIVE_CONTROLS ->
                    new ScreenedSample(List.of(), roles(where, answer.roles()), List.of(), List.of());
            case LATENT_CONFOUNDERS -> new ScreenedSample(List.of(), List.of(), List.of(), latents(where, answer.latents()));
            case CRITIQUE -> new ScreenedSample(List.of(), List.of(), verdicts(where, answer.verdicts()),
                    latents(where, answer.latents()));
        };
    }

    private boolean known(String name, String where, String field) {
        if (names.contains(name)) {
            return true;
        }
        if (invented.add(name)) {
            notes.add(new ValidationNote(ValidationNote.Kind.INVENTED_NAME, name, where + " used '" + name + "' (" + field
                    + "), which is not among the variables; dropped"));
        }
        return false;
    }

    private void invalid(String subject, String message) {
        notes.add(new ValidationNote(ValidationNote.Kind.INVALID_CLAIM, subject, message));
    }

    private List<EdgeClaim> edges(String where, List<EdgeClaim> claims) {
        Map<String, EdgeClaim> kept = new LinkedHashMap<>();
        for (EdgeClaim e : claims) {
            if (!known(e.from(), where, "edge " + e) | !known(e.to(), where, "edge " + e)) {
                continue;
            }
            if (e.from().equals(e.to())) {
                invalid(e.toString(), where + " proposed the self-loop " + e + "; dropped");
                continue;
            }
            kept.putIfAbsent(BackgroundKnowledge.key(e.from(), e.to()), e);
        }
        List<EdgeClaim> out = new ArrayList<>();
        for (EdgeClaim e : kept.values()) {
            if (kept.containsKey(BackgroundKnowledge.key(e.to(), e.from()))) {
                if (e.from().compareTo(e.to()) < 0) {
                    invalid(e.toString(), where + " proposed both " + e + " and " + e.to() + " -> " + e.from()
                            + "; both dropped from that sample");
                }
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private Set<CausalRole> rolesOfTask() {
        return switch (request.task()) {
            case CONFOUNDERS -> EnumSet.of(CausalRole.CONFOUNDER);
            case MEDIATORS -> EnumSet.of(CausalRole.MEDIATOR);
            case INSTRUMENTS -> EnumSet.of(CausalRole.INSTRUMENT);
            case NEGATIVE_CONTROLS -> EnumSet.of(CausalRole.NEGATIVE_CONTROL_EXPOSURE, CausalRole.NEGATIVE_CONTROL_OUTCOME);
            default -> EnumSet.noneOf(CausalRole.class);
        };
    }

    private List<RoleClaim> roles(String where, List<RoleClaim> claims) {
        Set<CausalRole> allowed = rolesOfTask();
        Map<String, RoleClaim> kept = new LinkedHashMap<>();
        for (RoleClaim r : claims) {
            if (!known(r.variable(), where, r.role().id())) {
                continue;
            }
            if (!allowed.contains(r.role())) {
                invalid(r.variable(), where + " proposed " + r.variable() + " as " + r.role().id() + ", which task "
                        + request.task().id() + " does not ask for; dropped");
                continue;
            }
            if (r.variable().equals(treatment.orElse(null)) || r.variable().equals(outcome.orElse(null))) {
                invalid(r.variable(), where + " proposed the " + (r.variable().equals(treatment.orElse(null)) ? "treatment"
                        : "outcome") + " " + r.variable() + " as " + r.role().id() + "; dropped");
                continue;
            }
            List<String> given = new ArrayList<>();
            for (String g : r.given()) {
                if (!known(g, where, "conditioning set of " + r.variable())) {
                    continue;
                }
                if (g.equals(r.variable()) || g.equals(treatment.orElse(null)) || g.equals(outcome.orElse(null))) {
                    invalid(g, where + " conditioned " + r.variable() + " on " + g + ", which cannot be in its own"
                            + " conditioning set; that name dropped");
                    continue;
                }
                if (!given.contains(g)) {
                    given.add(g);
                }
            }
            kept.putIfAbsent(r.variable() + "\u0000" + r.role(), new RoleClaim(r.variable(), r.role(), given, r.rationale()));
        }
        return List.copyOf(kept.values());
    }

    private List<LatentClaim> latents(String where, List<LatentClaim> claims) {
        List<LatentClaim> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LatentClaim l : claims) {
            String norm = BackgroundKnowledge.normaliseName(l.name());
            if (names.contains(l.name()) || normalisedNames.contains(norm)) {
                invalid(l.name(), where + " named the measured variable '" + l.name()
                        + "' as an unmeasured confounder; dropped");
                continue;
            }
            if (!seen.add(norm)) {
                continue;
            }
            List<String> affects = new ArrayList<>();
            for (String a : l.affects()) {
                if (known(a, where, "affected by " + l.name()) && !affects.contains(a)) {
                    affects.add(a);
                }
            }
            if (request.task() == SuggestionTask.LATENT_CONFOUNDERS) {
                // The question asked for common causes of this pair: a confounder of it affects both by definition.
                for (String end : List.of(treatment.orElseThrow(), outcome.orElseThrow())) {
                    if (!affects.contains(end)) {
                        affects.add(end);
                    }
                }
            }
            if (affects.size() < 2) {
                invalid(l.name(), where + " named the unmeasured '" + l.name() + "' with fewer than two known affected"
                        + " variables, so it confounds nothing; dropped");
                continue;
            }
            Optional<String> strong = Optional.empty();
            if (l.asStrongAs().isPresent()) {
                String s = l.asStrongAs().get();
                if (known(s, where, "benchmark of " + l.name())) {
                    if (s.equals(treatment.orElse(null)) || s.equals(outcome.orElse(null))) {
                        invalid(s, where + " gave the " + (s.equals(treatment.orElse(null)) ? "treatment" : "outcome")
                                + " as the benchmark of '" + l.name() + "'; a benchmark must be a covariate; ignored");
                    } else {
                        strong = Optional.of(s);
                    }
                }
            }
            out.add(new LatentClaim(l.name(), l.description(), affects, strong, l.rationale()));
        }
        return out;
    }

    private List<VerdictClaim> verdicts(String where, List<VerdictClaim> claims) {
        CausalGraph g = request.graph().orElseThrow();
        Map<String, VerdictClaim> kept = new LinkedHashMap<>();
        for (VerdictClaim v : claims) {
            if (!known(v.from(), where, v.action().id() + " " + v.from() + " -> " + v.to())
                    | !known(v.to(), where, v.action().id() + " " + v.from() + " -> " + v.to())) {
                continue;
            }
            if (v.from().equals(v.to())) {
                invalid(v.from(), where + " gave a verdict on the self-loop " + v.from() + " -> " + v.to() + "; dropped");
                continue;
            }
            VerdictClaim normalised = normalise(g, v, where);
            if (normalised == null) {
                continue;
            }
            String key = BackgroundKnowledge.key(normalised.from(), normalised.to());
            VerdictClaim earlier = kept.putIfAbsent(key, normalised);
            if (earlier != null && earlier.action() != normalised.action()) {
                invalid(normalised.from() + " -> " + normalised.to(), where + " gave two verdicts on " + normalised.from()
                        + " -> " + normalised.to() + " (" + earlier.action().id() + ", " + normalised.action().id()
                        + "); the first counts");
            }
        }
        return List.copyOf(kept.values());
    }

    /**
     * Rewrites a verdict in terms of the graph's own edge: "keep b -> a" when the graph has
     * {@code a -> b} is a vote to reverse it; "reverse a -> b" when the graph lacks both directions
     * is a vote to add {@code b -> a}; "add" of an existing edge is a vote to keep it.
     */
    private VerdictClaim normalise(CausalGraph g, VerdictClaim v, String where) {
        String f = v.from();
        String t = v.to();
        if (g.hasDirectedEdge(f, t)) {
            EdgeAction a = v.action() == EdgeAction.ADD ? EdgeAction.KEEP : v.action();
            return new VerdictClaim(f, t, a, v.rationale());
        }
        if (g.hasDirectedEdge(t, f)) {
            EdgeAction a = switch (v.action()) {
                case KEEP, ADD -> EdgeAction.REVERSE;
                case REVERSE -> EdgeAction.KEEP;
                case REMOVE -> EdgeAction.REMOVE;
            };
            return new VerdictClaim(t, f, a, v.rationale());
        }
        return switch (v.action()) {
            case ADD, KEEP -> new VerdictClaim(f, t, EdgeAction.ADD, v.rationale());
            case REVERSE -> new VerdictClaim(t, f, EdgeAction.ADD, v.rationale());
            case REMOVE -> {
                invalid(f + " -> " + t, where + " asked to remove " + f + " -> " + t + ", which the graph does not have; ignored");
                yield null;
            }
        };
    }
}
