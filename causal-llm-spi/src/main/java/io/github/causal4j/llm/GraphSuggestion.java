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
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SuggestionPipeline} run produced: the voted and validated suggestions, the graph
 * they amount to, everything that was dropped or doubted, and where it all came from.
 *
 * <p>The graph is the suggestion in graph form: for {@link SuggestionTask#EDGES} the accepted edges
 * (plus an expert's required edges); for role tasks the analyst's graph (or an empty one) with the
 * treatment's edge to the outcome and the edges each accepted role implies (a confounder C gives
 * C -&gt; X and C -&gt; Y, a mediator X -&gt; M -&gt; Y, an instrument Z -&gt; X, a negative control a
 * shared latent U -&gt; X, Y and the proxy); for {@link SuggestionTask#CRITIQUE} the critiqued graph
 * revised by the applied verdicts. Accepted unmeasured confounders are latent nodes.
 *
 * @param request the request answered
 * @param graph the suggested graph
 * @param edges every voted edge with its status, strongest first
 * @param roles every voted role, by role then strength
 * @param critiques verdicts on the critiqued graph's directed edges, then proposed additions
 * @param latents every voted unmeasured confounder, strongest first
 * @param inventedNames names the samples used that are not among the variables (recorded, never used)
 * @param notes what was dropped, overruled or could not be checked
 * @param dataChecks findings of the data checks (empty without data)
 * @param provenance where the answers came from
 */
public record GraphSuggestion(SuggestionRequest request, CausalGraph graph, List<SuggestedEdge> edges,
        List<SuggestedRole> roles, List<EdgeCritique> critiques, List<SuggestedLatent> latents,
        List<String> inventedNames, List<ValidationNote> notes, List<DataCheck> dataChecks,
        SuggestionProvenance provenance) {

    /** Validates and copies. */
    public GraphSuggestion {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(graph, "graph");
        edges = List.copyOf(edges);
        roles = List.copyOf(roles);
        critiques = List.copyOf(critiques);
        latents = List.copyOf(latents);
        inventedNames = List.copyOf(inventedNames);
        notes = List.copyOf(notes);
        dataChecks = List.copyOf(dataChecks);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** @return the edges in the graph, strongest first */
    public List<SuggestedEdge> acceptedEdges() {
        List<SuggestedEdge> out = new ArrayList<>();
        for (SuggestedEdge e : edges) {
            if (e.accepted()) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * @param role a role
     * @return the accepted variables in that role, strongest first
     */
    public List<SuggestedRole> accepted(CausalRole role) {
        List<SuggestedRole> out = new ArrayList<>();
        for (SuggestedRole r : roles) {
            if (r.accepted() && r.role() == role) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * @param from a cause
     * @param to an effect
     * @return the voted edge, if any sample proposed it
     */
    public Optional<SuggestedEdge> edge(String from, String to) {
        for (SuggestedEdge e : edges) {
            if (e.from().equals(from) && e.to().equals(to)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return the sensitivity scenarios proposed by accepted unmeasured confounders */
    public List<BenchmarkScenario> benchmarkScenarios() {
        List<BenchmarkScenario> out = new ArrayList<>();
        for (SuggestedLatent l : latents) {
            if (l.accepted()) {
                out.addAll(l.benchmarks());
            }
        }
        return out;
    }

    /**
     * The suggestion as background knowledge: the graph's directed edges among measured variables
     * are required, edges a critique removed (and the old direction of reversed ones) forbidden,
     * accepted unmeasured confounders and roles kept, with the request's variable descriptions.
     * Merge it with an expert's file through {@link BackgroundKnowledge#merge}.
     *
     * @return the knowledge
     */
    public BackgroundKnowledge toKnowledge() {
        List<EdgeClaim> required = new ArrayList<>();
        for (Edge e : graph.edges()) {
            if (e.type() == EdgeType.DIRECTED && !graph.hasRole(e.from(), NodeRole.LATENT)
                    && !graph.hasRole(e.to(), NodeRole.LATENT)) {
                required.add(new EdgeClaim(e.from(), e.to(), rationaleOf(e.from(), e.to())));
            }
        }
        List<EdgeClaim> forbidden = new ArrayList<>();
        for (EdgeCritique c : critiques) {
            if (c.applied() && (c.action() == EdgeAction.REMOVE || c.action() == EdgeAction.REVERSE)) {
                forbidden.add(new EdgeClaim(c.from(), c.to(), c.rationales().isEmpty() ? "" : c.rationales().get(0)));
            }
        }
        List<LatentClaim> lat = new ArrayList<>();
        for (SuggestedLatent l : latents) {
            if (l.accepted()) {
                Optional<String> strong = l.benchmarks().isEmpty() ? Optional.empty()
                        : Optional.of(l.benchmarks().get(0).benchmarkCovariates().get(0));
                lat.add(new LatentClaim(l.name(), l.description(), l.affects(), strong,
                        l.rationales().isEmpty() ? "" : l.rationales().get(0)));
            }
        }
        List<RoleClaim> rl = new ArrayList<>();
        for (SuggestedRole r : roles) {
            if (r.accepted()) {
                rl.add(new RoleClaim(r.variable(), r.role(), r.given(), r.rationales().isEmpty() ? "" : r.rationales().get(0)));
            }
        }
        return new BackgroundKnowledge(request.variables(), required, forbidden, List.of(), lat, rl);
    }

    private String rationaleOf(String from, String to) {
        for (SuggestedEdge e : edges) {
            if (e.from().equals(from) && e.to().equals(to) && !e.rationales().isEmpty()) {
                return e.rationales().get(0);
            }
        }
        for (EdgeCritique c : critiques) {
            if (c.from().equals(from) && c.to().equals(to) && !c.rationales().isEmpty()) {
                return c.rationales().get(0);
            }
        }
        return "";
    }

    /** @return e.g. {@code GraphSuggestion[edges: 7 accepted of 11 voted, 2 invented names dropped; openai-compat ...]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("GraphSuggestion[").append(request.task().id()).append(": ");
        switch (request.task()) {
            case EDGES -> sb.append(acceptedEdges().size()).append(" accepted of ").append(edges.size()).append(" voted edges");
            case CRITIQUE -> sb.append(critiques.stream().filter(EdgeCritique::applied)
                    .filter(c -> c.action() != EdgeAction.KEEP).count()).append(" changes applied, ")
                    .append(latents.stream().filter(SuggestedLatent::accepted).count()).append(" missing confounders");
            case LATENT_CONFOUNDERS -> sb.append(latents.stream().filter(SuggestedLatent::accepted).count())
                    .append(" accepted of ").append(latents.size()).append(" unmeasured confounders");
            default -> sb.append(roles.stream().filter(SuggestedRole::accepted).count()).append(" accepted of ")
                    .append(roles.size()).append(" voted roles");
        }
        if (!inventedNames.isEmpty()) {
            sb.append(", ").append(inventedNames.size()).append(" invented name").append(inventedNames.size() == 1 ? "" : "s")
                    .append(" dropped");
        }
        if (!dataChecks.isEmpty()) {
            sb.append(", ").append(dataChecks.size()).append(" data finding").append(dataChecks.size() == 1 ? "" : "s");
        }
        return sb.append("; ").append(provenance).append(']').toString();
    }

    /** @return the suggestion as text and Markdown: tables of edges, roles, verdicts, confounders, notes and provenance */
    public Report report() {
        return SuggestionReport.render(this);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
