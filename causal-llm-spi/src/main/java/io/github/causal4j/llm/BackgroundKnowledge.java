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
import io.github.causal4j.graph.CyclicGraphException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What is known about a causal structure before (or instead of) looking at data, in the form
 * structure-learning algorithms take it (Meek 1995; Tetrad's "knowledge"): required edges,
 * forbidden edges, and tiers — an ordering of variable groups such that no variable causes one in
 * an earlier tier — plus unmeasured confounders and variable roles. An expert writes it as a
 * {@link KnowledgeFile}; a {@link GraphSuggestion} converts to it; {@link #merge} combines the two
 * with the expert winning on conflict.
 *
 * @param variables declared variables with descriptions (statements may name undeclared ones too)
 * @param required edges that must be in the graph
 * @param forbidden edges that must not be in the graph
 * @param tiers variable groups in causal order: an edge from a later tier to an earlier one is forbidden; edges within a tier are allowed
 * @param latents unmeasured common causes
 * @param roles variable roles (for a study's treatment and outcome)
 */
public record BackgroundKnowledge(List<Variable> variables, List<EdgeClaim> required, List<EdgeClaim> forbidden,
        List<List<String>> tiers, List<LatentClaim> latents, List<RoleClaim> roles) {

    /**
     * Validates consistency: no self-loop, no edge both required and forbidden, no required edge
     * against the tier order, no variable in two tiers, required edges acyclic. Duplicate
     * statements are kept once (the first).
     */
    public BackgroundKnowledge {
        variables = dedupeVariables(variables);
        required = dedupeEdges(required, "required");
        forbidden = dedupeEdges(forbidden, "forbidden");
        List<List<String>> tierCopy = new ArrayList<>();
        Set<String> tiered = new LinkedHashSet<>();
        for (List<String> tier : tiers) {
            for (String v : tier) {
                if (!tiered.add(v)) {
                    throw new IllegalArgumentException("variable '" + v + "' is in more than one tier");
                }
            }
            if (!tier.isEmpty()) {
                tierCopy.add(List.copyOf(tier));
            }
        }
        tiers = List.copyOf(tierCopy);
        latents = List.copyOf(latents);
        roles = List.copyOf(roles);
        Map<String, Integer> tierIndex = tierIndex(tiers);
        Set<String> forbiddenKeys = new LinkedHashSet<>();
        for (EdgeClaim e : forbidden) {
            forbiddenKeys.add(key(e.from(), e.to()));
        }
        for (EdgeClaim e : required) {
            if (forbiddenKeys.contains(key(e.from(), e.to()))) {
                throw new IllegalArgumentException("edge " + e + " is both required and forbidden");
            }
            Integer tf = tierIndex.get(e.from());
            Integer tt = tierIndex.get(e.to());
            if (tf != null && tt != null && tf > tt) {
                throw new IllegalArgumentException("required edge " + e + " goes from tier " + (tf + 1) + " back to tier "
                        + (tt + 1));
            }
        }
        CausalGraph.Builder b = CausalGraph.builder();
        for (EdgeClaim e : required) {
            b.edge(e.from(), e.to());
        }
        try {
            b.build();
        } catch (CyclicGraphException e) {
            throw new IllegalArgumentException("the required edges close a cycle: " + String.join(" -> ", e.cycle())
                    + " -> " + e.cycle().get(0), e);
        }
    }

    private static List<Variable> dedupeVariables(List<Variable> variables) {
        Map<String, Variable> out = new LinkedHashMap<>();
        for (Variable v : variables) {
            out.putIfAbsent(v.name(), v);
        }
        return List.copyOf(out.values());
    }

    private static List<EdgeClaim> dedupeEdges(List<EdgeClaim> edges, String what) {
        Map<String, EdgeClaim> out = new LinkedHashMap<>();
        for (EdgeClaim e : edges) {
            if (e.from().equals(e.to())) {
                throw new IllegalArgumentException(what + " edge " + e + " is a self-loop");
            }
            out.putIfAbsent(key(e.from(), e.to()), e);
        }
        return List.copyOf(out.values());
    }

    private static Map<String, Integer> tierIndex(List<List<String>> tiers) {
        Map<String, Integer> out = new HashMap<>();
        for (int t = 0; t < tiers.size(); t++) {
            for (String v : tiers.get(t)) {
                out.put(v, t);
            }
        }
        return out;
    }

    static String key(String from, String to) {
        return from + "\u0000" + to;
    }

    /** @return knowledge that says nothing */
    public static BackgroundKnowledge empty() {
        return new BackgroundKnowledge(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * @param variable a name
     * @return its tier, 0-based, if it is in one
     */
    public OptionalInt tierOf(String variable) {
        for (int t = 0; t < tiers.size(); t++) {
            if (tiers.get(t).contains(variable)) {
                return OptionalInt.of(t);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * @param from a cause
     * @param to an effect
     * @return whether {@code from -> to} is required
     */
    public boolean requires(String from, String to) {
        for (EdgeClaim e : required) {
            if (e.from().equals(from) && e.to().equals(to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why {@code from -> to} is not allowed, if it is not: it is forbidden, the tiers put {@code to}
     * before {@code from}, or the opposite edge is required.
     *
     * @param from a cause
     * @param to an effect
     * @return the statement that excludes the edge, in knowledge-file syntax, or empty if the edge is allowed
     */
    public java.util.Optional<String> objection(String from, String to) {
        for (EdgeClaim e : forbidden) {
            if (e.from().equals(from) && e.to().equals(to)) {
                return java.util.Optional.of("forbid " + from + " -> " + to);
            }
        }
        OptionalInt tf = tierOf(from);
        OptionalInt tt = tierOf(to);
        if (tf.isPresent() && tt.isPresent() && tf.getAsInt() > tt.getAsInt()) {
            return java.util.Optional.of("tiers: " + to + " (tier " + (tt.getAsInt() + 1) + ") comes before " + from
                    + " (tier " + (tf.getAsInt() + 1) + ")");
        }
        if (requires(to, from)) {
            return java.util.Optional.of("require " + to + " -> " + from);
        }
        return java.util.Optional.empty();
    }

    /** @return every name the knowledge mentions, declared variables first, in order of first mention */
    public List<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (Variable v : variables) {
            out.add(v.name());
        }
        for (List<String> t : tiers) {
            out.addAll(t);
        }
        for (EdgeClaim e : required) {
            out.add(e.from());
            out.add(e.to());
        }
        for (EdgeClaim e : forbidden) {
            out.add(e.from());
            out.add(e.to());
        }
        for (LatentClaim l : latents) {
            out.addAll(l.affects());
            l.asStrongAs().ifPresent(out::add);
        }
        for (RoleClaim r : roles) {
            out.add(r.variable());
            out.addAll(r.given());
        }
        return List.copyOf(out);
    }

    /**
     * The graph the knowledge asserts: every mentioned variable, the required edges, and each
     * unmeasured confounder as a latent node pointing to the variables it affects.
     *
     * @return the graph
     */
    public CausalGraph toGraph() {
        CausalGraph.Builder b = CausalGraph.builder();
        for (String n : names()) {
            b.node(n);
        }
        for (EdgeClaim e : required) {
            b.edge(e.from(), e.to());
        }
        Set<String> taken = new LinkedHashSet<>(names());
        for (LatentClaim l : latents) {
            String node = latentNodeName(l.name(), taken);
            taken.add(node);
            b.latent(node);
            for (String a : l.affects()) {
                b.edge(node, a);
            }
        }
        return b.build();
    }

    /**
     * @param name a latent's name
     * @param taken names already used by variables or other latents
     * @return the name, or the name with " (unmeasured)" appended when it would clash
     */
    static String latentNodeName(String name, Set<String> taken) {
        String node = name;
        int k = 2;
        while (taken.contains(node)) {
            node = name + " (unmeasured" + (k == 2 ? "" : " " + k) + ")";
            k++;
        }
        return node;
    }

    /**
     * @param name a latent's name as written
     * @return the name lower-cased with every run of non-letters and non-digits turned into one space,
     *         so that "Socio-economic status" and "socioeconomic_status" differ but "SES" and "ses" match
     */
    static String normaliseName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Merges an expert's knowledge with a model's, the expert winning on conflict: a model's
     * required edge is dropped when the expert forbids it (directly or by tiers), requires the
     * opposite edge, or when it would close a cycle with the required edges kept so far; a model's
     * forbidden edge is dropped when the expert requires it; the model's tiers are dropped when the
     * expert has tiers. Descriptions, latents and roles are the expert's plus the model's new ones.
     *
     * @param expert the expert's knowledge
     * @param model the model's suggestions (e.g. {@link GraphSuggestion#toKnowledge()})
     * @return the merged knowledge and every model statement that was overruled
     */
    public static KnowledgeMerge merge(BackgroundKnowledge expert, BackgroundKnowledge model) {
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(model, "model");
        List<KnowledgeConflict> conflicts = new ArrayList<>();
        List<Variable> vars = new ArrayList<>(expert.variables);
        vars.addAll(model.variables);
        List<EdgeClaim> required = new ArrayList<>(expert.required);
        CausalGraph.Builder acyclic = CausalGraph.builder();
        for (EdgeClaim e : expert.required) {
            acyclic.edge(e.from(), e.to());
        }
        for (EdgeClaim e : model.required) {
            if (expert.requires(e.from(), e.to())) {
                continue;
            }
            java.util.Optional<String> objection = expert.objection(e.from(), e.to());
            if (objection.isPresent()) {
                conflicts.add(new KnowledgeConflict("require " + e, objection.get()));
                continue;
            }
            acyclic.edge(e.from(), e.to());
            try {
                acyclic.build();
            } catch (CyclicGraphException cycle) {
                conflicts.add(new KnowledgeConflict("require " + e, "it closes the cycle "
                        + String.join(" -> ", cycle.cycle()) + " -> " + cycle.cycle().get(0) + " with required edges"));
                acyclic = CausalGraph.builder();
                for (EdgeClaim kept : required) {
                    acyclic.edge(kept.from(), kept.to());
                }
                continue;
            }
            required.add(e);
        }
        List<EdgeClaim> forbidden = new ArrayList<>(expert.forbidden);
        for (EdgeClaim e : model.forbidden) {
            if (expert.requires(e.from(), e.to())) {
                conflicts.add(new KnowledgeConflict("forbid " + e, "require " + e));
            } else {
                forbidden.add(e);
            }
        }
        // A model's forbidden edge may coincide with one of the model's own required edges kept above: keep the requirement.
        Set<String> requiredKeys = new LinkedHashSet<>();
        for (EdgeClaim e : required) {
            requiredKeys.add(key(e.from(), e.to()));
        }
        forbidden.removeIf(e -> requiredKeys.contains(key(e.from(), e.to())));
        List<List<String>> tiers = expert.tiers;
        if (!expert.tiers.isEmpty() && !model.tiers.isEmpty()) {
            conflicts.add(new KnowledgeConflict("the model's tiers", "the expert's tiers"));
        } else if (!model.tiers.isEmpty()) {
            // The model's tiers are kept unless they contradict an edge the expert requires.
            Map<String, Integer> idx = tierIndex(model.tiers);
            EdgeClaim against = null;
            for (EdgeClaim e : expert.required) {
                Integer tf = idx.get(e.from());
                Integer tt = idx.get(e.to());
                if (tf != null && tt != null && tf > tt) {
                    against = e;
                    break;
                }
            }
            if (against == null) {
                tiers = model.tiers;
            } else {
                conflicts.add(new KnowledgeConflict("the model's tiers", "require " + against));
            }
        }
        List<LatentClaim> latents = new ArrayList<>(expert.latents);
        Set<String> latentNames = new LinkedHashSet<>();
        for (LatentClaim l : expert.latents) {
            latentNames.add(normaliseName(l.name()));
        }
        for (LatentClaim l : model.latents) {
            if (latentNames.add(normaliseName(l.name()))) {
                latents.add(l);
            }
        }
        List<RoleClaim> roles = new ArrayList<>(expert.roles);
        Set<String> roleKeys = new LinkedHashSet<>();
        for (RoleClaim r : expert.roles) {
            roleKeys.add(r.variable() + "\u0000" + r.role());
        }
        for (RoleClaim r : model.roles) {
            if (roleKeys.add(r.variable() + "\u0000" + r.role())) {
                roles.add(r);
            }
        }
        return new KnowledgeMerge(new BackgroundKnowledge(vars, required, forbidden, tiers, latents, roles), conflicts);
    }

    /** @return e.g. {@code BackgroundKnowledge[8 variables, 6 required, 2 forbidden, 3 tiers, 1 latent, 0 roles]} */
    @Override
    public String toString() {
        return "BackgroundKnowledge[" + variables.size() + " variables, " + required.size() + " required, "
                + forbidden.size() + " forbidden, " + tiers.size() + " tiers, " + latents.size() + " latent"
                + (latents.size() == 1 ? "" : "s") + ", " + roles.size() + " roles]";
    }
}
