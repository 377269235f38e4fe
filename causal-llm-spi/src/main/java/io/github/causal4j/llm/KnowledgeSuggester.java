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
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.ConditionalInstruments;
import io.github.causal4j.identify.Instrument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A deterministic suggester that answers from {@link BackgroundKnowledge} — for tests, and for
 * experts who want no model. Every sample gets the same answer, so every claim has confidence 1.
 *
 * <ul>
 * <li>edges: the required edges among the question's variables;</li>
 * <li>confounders, mediators, instruments: the file's explicit {@code role} statements, plus what
 *     the graph of required edges implies: common ancestors of treatment and outcome (not through
 *     the treatment), variables on a directed path between them, and the conditional instruments
 *     {@link io.github.causal4j.identify.ConditionalInstruments#find} reports, with their conditioning sets;</li>
 * <li>negative controls: the explicit {@code role} statements only;</li>
 * <li>unmeasured confounders: the file's {@code latent} statements that affect both treatment and outcome;</li>
 * <li>critique: keep required edges, remove forbidden ones (reverse them when the opposite
 *     direction is required or the tiers demand it), add missing required edges, and name the
 *     file's unmeasured confounders the graph does not represent.</li>
 * </ul>
 */
public final class KnowledgeSuggester implements GraphSuggester {

    /** The provider scheme of this suggester in provenance. */
    public static final String PROVIDER = "knowledge";

    private final BackgroundKnowledge knowledge;
    private final String source;
    private final CausalGraph graph;

    /**
     * @param knowledge what to answer from
     * @param source a name for provenance, e.g. the file name
     */
    public KnowledgeSuggester(BackgroundKnowledge knowledge, String source) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.source = Objects.requireNonNull(source, "source");
        this.graph = knowledge.toGraph();
    }

    /**
     * @param file a {@link KnowledgeFile}
     * @return a suggester answering from it
     */
    public static KnowledgeSuggester of(Path file) {
        return new KnowledgeSuggester(KnowledgeFile.read(file), file.getFileName().toString());
    }

    /** @return the knowledge answered from */
    public BackgroundKnowledge knowledge() {
        return knowledge;
    }

    @Override
    public String name() {
        return PROVIDER + " " + source;
    }

    @Override
    public Answer answer(Question question) {
        long start = System.nanoTime();
        SuggestionRequest r = question.request();
        Set<String> vars = new LinkedHashSet<>(r.variableNames());
        List<EdgeClaim> edges = new ArrayList<>();
        List<RoleClaim> roles = new ArrayList<>();
        List<VerdictClaim> verdicts = new ArrayList<>();
        List<LatentClaim> latents = new ArrayList<>();
        switch (r.task()) {
            case EDGES -> {
                for (EdgeClaim e : knowledge.required()) {
                    if (vars.contains(e.from()) && vars.contains(e.to())) {
                        edges.add(withDefaultRationale(e));
                    }
                }
            }
            case CONFOUNDERS, MEDIATORS, INSTRUMENTS, NEGATIVE_CONTROLS -> roles.addAll(roles(r, vars));
            case LATENT_CONFOUNDERS -> {
                String x = r.treatment().orElseThrow();
                String y = r.outcome().orElseThrow();
                for (LatentClaim l : knowledge.latents()) {
                    if (l.affects().contains(x) && l.affects().contains(y)) {
                        latents.add(restrict(l, vars));
                    }
                }
            }
            case CRITIQUE -> critique(r, vars, verdicts, latents);
        }
        CallRecord call = new CallRecord(PROVIDER, source, "", "none", "", question.fingerprint(), "knowledge", 0, 0,
                TokenUsage.ZERO, Duration.ofNanos(System.nanoTime() - start));
        return new Answer(edges, roles, verdicts, latents, call);
    }

    private static EdgeClaim withDefaultRationale(EdgeClaim e) {
        return e.rationale().isEmpty() ? new EdgeClaim(e.from(), e.to(), "required by the knowledge file") : e;
    }

    private static LatentClaim restrict(LatentClaim l, Set<String> vars) {
        List<String> affects = new ArrayList<>();
        for (String a : l.affects()) {
            if (vars.contains(a)) {
                affects.add(a);
            }
        }
        Optional<String> strong = l.asStrongAs().filter(vars::contains);
        return new LatentClaim(l.name(), l.description(), affects, strong,
                l.rationale().isEmpty() ? "stated in the knowledge file" : l.rationale());
    }

    private List<RoleClaim> roles(SuggestionRequest r, Set<String> vars) {
        String x = r.treatment().orElseThrow();
        String y = r.outcome().orElseThrow();
        Map<String, RoleClaim> out = new LinkedHashMap<>();
        Set<CausalRole> wanted = switch (r.task()) {
            case CONFOUNDERS -> Set.of(CausalRole.CONFOUNDER);
            case MEDIATORS -> Set.of(CausalRole.MEDIATOR);
            case INSTRUMENTS -> Set.of(CausalRole.INSTRUMENT);
            default -> Set.of(CausalRole.NEGATIVE_CONTROL_EXPOSURE, CausalRole.NEGATIVE_CONTROL_OUTCOME);
        };
        for (RoleClaim c : knowledge.roles()) {
            if (wanted.contains(c.role()) && vars.contains(c.variable()) && vars.containsAll(c.given())) {
                out.putIfAbsent(c.variable() + "\u0000" + c.role(), c);
            }
        }
        if (!graph.contains(x) || !graph.contains(y)) {
            return new ArrayList<>(out.values());
        }
        Set<String> deX = graph.descendants(x);
        Set<String> anX = graph.ancestors(x);
        Set<String> anY = graph.ancestors(y);
        Set<String> anYWithoutX = RoleCriteria.withoutEdgesOutOf(graph, x).ancestors(y);
        for (String v : r.variableNames()) {
            if (v.equals(x) || v.equals(y) || !graph.contains(v) || graph.hasRole(v, NodeRole.LATENT)) {
                continue;
            }
            CausalRole role = null;
            String why = null;
            if (wanted.contains(CausalRole.CONFOUNDER) && anX.contains(v) && anYWithoutX.contains(v)) {
                role = CausalRole.CONFOUNDER;
                why = v + " causes both " + x + " and " + y + " through the knowledge file's required edges";
            } else if (wanted.contains(CausalRole.MEDIATOR) && deX.contains(v) && anY.contains(v)) {
                role = CausalRole.MEDIATOR;
                why = v + " lies on a directed path from " + x + " to " + y + " in the knowledge file's required edges";
            }
            if (role != null) {
                out.putIfAbsent(v + "\u0000" + role, RoleClaim.of(v, role, why));
            }
        }
        if (wanted.contains(CausalRole.INSTRUMENT)) {
            for (Instrument iv : ConditionalInstruments.find(AdjustmentQuery.of(graph, x, y))) {
                if (vars.contains(iv.instrument()) && vars.containsAll(iv.conditioning())) {
                    out.putIfAbsent(iv.instrument() + "\u0000" + CausalRole.INSTRUMENT, new RoleClaim(iv.instrument(),
                            CausalRole.INSTRUMENT, List.copyOf(iv.conditioning()), iv.instrument()
                            + " is a conditional instrument in the knowledge file's required edges"
                            + (iv.conditioning().isEmpty() ? "" : " given " + String.join(", ", iv.conditioning()))));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private void critique(SuggestionRequest r, Set<String> vars, List<VerdictClaim> verdicts, List<LatentClaim> latents) {
        CausalGraph g = r.graph().orElseThrow();
        for (Edge e : g.edges()) {
            if (e.type() != EdgeType.DIRECTED) {
                continue;
            }
            String a = e.from();
            String b = e.to();
            if (knowledge.requires(a, b)) {
                verdicts.add(new VerdictClaim(a, b, EdgeAction.KEEP, "required by the knowledge file"));
                continue;
            }
            Optional<String> against = knowledge.objection(a, b);
            if (against.isEmpty()) {
                verdicts.add(new VerdictClaim(a, b, EdgeAction.KEEP, "the knowledge file says nothing against it"));
            } else if (knowledge.objection(b, a).isEmpty() && (knowledge.requires(b, a) || tiersReverse(a, b))) {
                verdicts.add(new VerdictClaim(a, b, EdgeAction.REVERSE, against.get()));
            } else {
                verdicts.add(new VerdictClaim(a, b, EdgeAction.REMOVE, against.get()));
            }
        }
        for (EdgeClaim e : knowledge.required()) {
            if (vars.contains(e.from()) && vars.contains(e.to()) && !g.hasDirectedEdge(e.from(), e.to())
                    && !g.hasDirectedEdge(e.to(), e.from())) {
                verdicts.add(new VerdictClaim(e.from(), e.to(), EdgeAction.ADD, withDefaultRationale(e).rationale()));
            }
        }
        for (LatentClaim l : knowledge.latents()) {
            LatentClaim restricted = restrict(l, vars);
            if (restricted.affects().size() >= 2 && !represented(g, restricted)) {
                latents.add(restricted);
            }
        }
    }

    private boolean tiersReverse(String a, String b) {
        return knowledge.tierOf(a).isPresent() && knowledge.tierOf(b).isPresent()
                && knowledge.tierOf(a).getAsInt() > knowledge.tierOf(b).getAsInt();
    }

    /** Whether the graph already has the latent: a latent node of that name, or {@code <->} between every pair it affects. */
    private static boolean represented(CausalGraph g, LatentClaim l) {
        String norm = BackgroundKnowledge.normaliseName(l.name());
        for (String n : g.latents()) {
            if (BackgroundKnowledge.normaliseName(n).equals(norm)) {
                return true;
            }
        }
        List<String> a = l.affects();
        for (int i = 0; i < a.size(); i++) {
            for (int j = i + 1; j < a.size(); j++) {
                if (!g.contains(a.get(i)) || !g.contains(a.get(j)) || !g.hasBidirectedEdge(a.get(i), a.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return e.g. {@code KnowledgeSuggester[expert.txt: BackgroundKnowledge[...]]} */
    @Override
    public String toString() {
        return "KnowledgeSuggester[" + source + ": " + knowledge + "]";
    }
}
