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

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the screened samples' claims: one vote per sample per edge, role, verdict or unmeasured
 * confounder (a sample repeating a claim votes once), with the distinct rationales, in sample order.
 */
final class Votes {

    /** Votes for one directed edge. */
    static final class EdgeTally {
        final String from;
        final String to;
        int votes;
        final Set<String> rationales = new LinkedHashSet<>();

        EdgeTally(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /** Votes for one variable in one role, with the conditioning sets proposed. */
    static final class RoleTally {
        final String variable;
        final CausalRole role;
        int votes;
        final Map<List<String>, Integer> givens = new LinkedHashMap<>();
        final Set<String> rationales = new LinkedHashSet<>();

        RoleTally(String variable, CausalRole role) {
            this.variable = variable;
            this.role = role;
        }

        /** @return the conditioning set proposed most often (the first on a tie), empty if none */
        List<String> modalGiven() {
            List<String> best = List.of();
            int bestCount = 0;
            for (Map.Entry<List<String>, Integer> e : givens.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }

    /** Votes per action on one edge of the critiqued graph (or one proposed addition). */
    static final class VerdictTally {
        final String from;
        final String to;
        final Map<EdgeAction, Integer> votes = new EnumMap<>(EdgeAction.class);
        final Map<EdgeAction, Set<String>> rationales = new EnumMap<>(EdgeAction.class);

        VerdictTally(String from, String to) {
            this.from = from;
            this.to = to;
        }

        int votes(EdgeAction a) {
            return votes.getOrDefault(a, 0);
        }
    }

    /** Votes for one unmeasured confounder, keyed by its normalised name. */
    static final class LatentTally {
        final String name;
        final String description;
        int votes;
        final Map<String, Integer> affects = new LinkedHashMap<>();
        final Map<String, Integer> strong = new LinkedHashMap<>();
        final Set<String> rationales = new LinkedHashSet<>();

        LatentTally(String name, String description) {
            this.name = name;
            this.description = description;
        }

        /** @return the affected variables named in at least half of this latent's votes, in first-mention order */
        List<String> majorityAffects() {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Integer> e : affects.entrySet()) {
                if (2 * e.getValue() >= votes) {
                    out.add(e.getKey());
                }
            }
            return out;
        }

        /** @return the benchmark covariate named most often (first on a tie), or null */
        String modalStrong() {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : strong.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }

    private final Map<String, EdgeTally> edges = new LinkedHashMap<>();
    private final Map<String, RoleTally> roles = new LinkedHashMap<>();
    private final Map<String, VerdictTally> verdicts = new LinkedHashMap<>();
    private final Map<String, LatentTally> latents = new LinkedHashMap<>();
    private int samples;

    void add(ScreenedSample s) {
        samples++;
        for (EdgeClaim e : s.edges()) {
            EdgeTally t = edges.computeIfAbsent(BackgroundKnowledge.key(e.from(), e.to()), k -> new EdgeTally(e.from(), e.to()));
            t.votes++;
            addRationale(t.rationales, e.rationale());
        }
        for (RoleClaim r : s.roles()) {
            RoleTally t = roles.computeIfAbsent(r.variable() + "\u0000" + r.role(), k -> new RoleTally(r.variable(), r.role()));
            t.votes++;
            if (!r.given().isEmpty()) {
                List<String> sorted = new ArrayList<>(r.given());
                java.util.Collections.sort(sorted);
                t.givens.merge(List.copyOf(sorted), 1, Integer::sum);
            }
            addRationale(t.rationales, r.rationale());
        }
        for (VerdictClaim v : s.verdicts()) {
            VerdictTally t = verdicts.computeIfAbsent(BackgroundKnowledge.key(v.from(), v.to()),
                    k -> new VerdictTally(v.from(), v.to()));
            t.votes.merge(v.action(), 1, Integer::sum);
            addRationale(t.rationales.computeIfAbsent(v.action(), a -> new LinkedHashSet<>()), v.rationale());
        }
        for (LatentClaim l : s.latents()) {
            LatentTally t = latents.computeIfAbsent(BackgroundKnowledge.normaliseName(l.name()),
                    k -> new LatentTally(l.name(), l.description()));
            t.votes++;
            for (String a : l.affects()) {
                t.affects.merge(a, 1, Integer::sum);
            }
            l.asStrongAs().ifPresent(x -> t.strong.merge(x, 1, Integer::sum));
            addRationale(t.rationales, l.rationale());
        }
    }

    private static void addRationale(Set<String> into, String rationale) {
        if (!rationale.isBlank()) {
            into.add(rationale);
        }
    }

    int samples() {
        return samples;
    }

    Collection<EdgeTally> edges() {
        return edges.values();
    }

    EdgeTally edge(String from, String to) {
        return edges.get(BackgroundKnowledge.key(from, to));
    }

    Collection<RoleTally> roles() {
        return roles.values();
    }

    Collection<VerdictTally> verdicts() {
        return verdicts.values();
    }

    Collection<LatentTally> latents() {
        return latents.values();
    }
}
