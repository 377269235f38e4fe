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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "can this causal effect be computed from the data, and how?": every
 * identification strategy that applies to the query on the graph, the one recommended and why,
 * and the result of the complete ID algorithm (a formula, or the hedge that proves the effect is
 * not identifiable). Not being identifiable is a result here, never an exception.
 *
 * <p>The strategies are tried in this order, which is also the order of preference:
 * <ol>
 *   <li>back-door adjustment (generalized adjustment criterion), with the optimal O-set of
 *       Henckel, Perković &amp; Maathuis (2022) when it exists (it has the smallest asymptotic
 *       variance among valid sets), else a minimal set;</li>
 *   <li>front-door adjustment (Pearl 1995; Jeong, Tian &amp; Bareinboim 2022);</li>
 *   <li>the formula of the ID/IDC algorithm (Shpitser &amp; Pearl 2006), which exists exactly
 *       when the effect is identifiable;</li>
 *   <li>an instrumental variable, conditional on its set (van der Zander, Textor &amp; Liśkiewicz
 *       2015): identifies only under homogeneity or monotonicity assumptions;</li>
 *   <li>proximal causal inference with treatment- and outcome-side proxies of the latent common
 *       causes (Miao, Geng &amp; Tchetgen Tchetgen 2018): identifies only under completeness.</li>
 * </ol>
 * Front-door, instruments and proxies are considered for one treatment and one outcome; a
 * conditional query {@code P(y | do(x), z)} is answered by IDC alone.
 *
 * @param query the causal query
 * @param identifiable whether the graph identifies the query nonparametrically
 * @param strategies every strategy that applies, in order of preference
 * @param recommended the strategy recommended, if any
 * @param reason why that strategy is recommended, or why none is
 * @param idResult the ID/IDC result: a formula or a hedge
 */
public record Identification(CausalQuery query, boolean identifiable, List<Strategy> strategies,
        Optional<Strategy> recommended, String reason, IdResult idResult) {

    /** How many alternative adjustment or front-door sets are listed at most. */
    public static final int ALTERNATIVES_LIMIT = 20;

    /** Validates and copies. */
    public Identification {
        Objects.requireNonNull(query, "query");
        strategies = List.copyOf(strategies);
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(idResult, "idResult");
    }

    /**
     * Identifies {@code P(outcomes | do(treatments))} (or, with {@code query.given()},
     * {@code P(outcomes | do(treatments), given)}) on the graph.
     *
     * @param graph the causal graph (latent nodes and bidirected edges allowed)
     * @param query the query
     * @return every applicable strategy and the recommendation
     * @throws IllegalArgumentException for unknown, latent, overlapping or empty variable sets
     */
    public static Identification of(CausalGraph graph, CausalQuery query) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(query, "query");
        IdResult id = IdAlgorithm.identify(graph, query);
        List<Strategy> strategies = new ArrayList<>();
        if (query.given().isEmpty()) {
            AdjustmentQuery adjustment = AdjustmentQuery.of(graph, query.treatments(), query.outcomes());
            backdoor(adjustment, query).ifPresent(strategies::add);
            boolean single = query.treatments().size() == 1 && query.outcomes().size() == 1;
            if (single) {
                frontdoor(adjustment, query).ifPresent(strategies::add);
            }
            if (id instanceof IdResult.Identified identified) {
                strategies.add(new Strategy(identified.estimand(), true, "", List.of(), true));
            }
            if (single) {
                strategies.addAll(instruments(adjustment));
                proximal(graph, query).ifPresent(strategies::add);
            }
        } else if (id instanceof IdResult.Identified identified) {
            strategies.add(new Strategy(identified.estimand(), true, "", List.of(), true));
        }
        boolean identifiable = id instanceof IdResult.Identified;
        Optional<Strategy> recommended = strategies.stream().findFirst();
        return new Identification(query, identifiable, strategies, recommended,
                reasonFor(recommended, identifiable, id), id);
    }

    /**
     * Identifies the effect of the graph's exposure nodes on its outcome nodes.
     *
     * @param graph a graph with nodes marked {@code [exposure]} and {@code [outcome]}
     * @return the identification
     */
    public static Identification of(CausalGraph graph) {
        Set<String> x = graph.nodesWith(NodeRole.EXPOSURE);
        Set<String> y = graph.nodesWith(NodeRole.OUTCOME);
        if (x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("mark the treatment [exposure] and the outcome [outcome] in the graph,"
                    + " or name them in a CausalQuery");
        }
        return of(graph, CausalQuery.of(y, x));
    }

    private static Optional<Strategy> backdoor(AdjustmentQuery q, CausalQuery query) {
        AdjustmentSetList minimal = AdjustmentSets.minimalSets(q, ALTERNATIVES_LIMIT);
        if (minimal.sets().isEmpty()) {
            return Optional.empty();
        }
        Set<String> chosen = minimal.sets().get(0);
        if (q.treatments().size() == 1) {
            OptimalAdjustment optimal = AdjustmentSets.optimal(q);
            if (optimal.set().isPresent()) {
                chosen = optimal.set().get();
            }
        }
        Estimand.Backdoor estimand = new Estimand.Backdoor(query.treatments(), query.outcomes(), List.copyOf(chosen));
        return Optional.of(new Strategy(estimand, true, "", minimal.sets(), minimal.complete()));
    }

    private static Optional<Strategy> frontdoor(AdjustmentQuery q, CausalQuery query) {
        AdjustmentSetList sets = FrontDoor.list(q, ALTERNATIVES_LIMIT);
        if (sets.sets().isEmpty()) {
            return Optional.empty();
        }
        // The largest set found first; the listing gives the alternatives.
        Set<String> chosen = FrontDoor.find(q).orElse(sets.sets().get(0));
        Estimand.Frontdoor estimand = new Estimand.Frontdoor(query.treatments(), query.outcomes(), List.copyOf(chosen));
        return Optional.of(new Strategy(estimand, true, "", sets.sets(), sets.complete()));
    }

    private static List<Strategy> instruments(AdjustmentQuery q) {
        String x = q.treatments().iterator().next();
        String y = q.outcomes().iterator().next();
        List<Strategy> out = new ArrayList<>();
        for (Instrument instrument : ConditionalInstruments.find(q)) {
            Estimand.Instrumental estimand = new Estimand.Instrumental(x, y, instrument.instrument(),
                    List.copyOf(instrument.conditioning()));
            out.add(new Strategy(estimand, false, "effect homogeneity (or monotonicity, giving the complier effect)"
                    + " and a relevant instrument", List.of(), true));
        }
        return out;
    }

    /**
     * Proximal roles for the latent common causes of treatment and outcome: the latent nodes that
     * are ancestors of both. The covariates X are the observed common causes: observed ancestors of
     * the treatment that are also ancestors of the outcome other than through the treatment (so a
     * treatment-side proxy, which reaches the outcome only through the treatment, and an
     * outcome-side proxy, no ancestor of the treatment, are never among them); with them
     * {@code U ∪ X} can account for all the confounding. Graphs that express confounding only by
     * bidirected edges name no latent variable for proxies to measure, so they get no proximal
     * strategy.
     */
    private static Optional<Strategy> proximal(CausalGraph graph, CausalQuery query) {
        String a = query.treatments().get(0);
        String y = query.outcomes().get(0);
        List<String> confounders = new ArrayList<>();
        Set<String> ancestorsOfA = graph.ancestors(a);
        Set<String> ancestorsOfY = graph.ancestors(y);
        for (String u : graph.latents()) {
            if (ancestorsOfA.contains(u) && ancestorsOfY.contains(u)) {
                confounders.add(u);
            }
        }
        if (confounders.isEmpty()) {
            return Optional.empty();
        }
        List<String> covariates = observedCommonCauses(graph, a, y);
        ProximalCandidates candidates = ProximalRoles.candidates(graph, a, y, confounders, covariates);
        if (candidates.treatmentProxies().isEmpty() || candidates.outcomeProxies().isEmpty()
                || candidates.unexplainedConfounding().isPresent()) {
            return Optional.empty();
        }
        List<String> z = new ArrayList<>(candidates.treatmentProxies());
        List<String> w = new ArrayList<>(candidates.outcomeProxies());
        w.removeAll(z);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Estimand.Proximal estimand = new Estimand.Proximal(a, y, z, w, covariates);
        return Optional.of(new Strategy(estimand, false, "completeness of the proxies (" + ProximalRoles.CAVEAT + ")",
                List.of(), true));
    }

    /** Observed nodes in An(a) ∩ An(y) of the graph without the edges out of {@code a}, in node order. */
    private static List<String> observedCommonCauses(CausalGraph graph, String a, String y) {
        CausalGraph cut = graph;
        for (String child : graph.children(a)) {
            cut = cut.withoutEdge(a, child);
        }
        Set<String> ancestorsOfY = cut.ancestors(y);
        Set<String> ancestorsOfA = graph.ancestors(a);
        List<String> out = new ArrayList<>();
        for (String v : graph.nodes()) {
            if (!v.equals(a) && !v.equals(y) && !graph.hasRole(v, NodeRole.LATENT) && ancestorsOfA.contains(v)
                    && ancestorsOfY.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String reasonFor(Optional<Strategy> recommended, boolean identifiable, IdResult id) {
        if (recommended.isEmpty()) {
            return "the effect is not identifiable from the graph (hedge " + ((IdResult.NotIdentified) id).hedge()
                    + ") and no instrument or proxy applies: report bounds instead";
        }
        Strategy s = recommended.get();
        return switch (s.kind()) {
            case "backdoor" -> "covariate adjustment is nonparametric and needs only the set "
                    + ((Estimand.Backdoor) s.estimand()).adjustment()
                    + "; among valid sets this one has the smallest asymptotic variance when it is the O-set"
                    + " (Henckel, Perković & Maathuis 2022), otherwise it is minimal";
            case "frontdoor" -> "no valid adjustment set exists, but the mediators "
                    + ((Estimand.Frontdoor) s.estimand()).mediators() + " satisfy the front-door criterion";
            case "id" -> "neither adjustment nor front-door applies; the ID algorithm gives a formula that is"
                    + " complete for identification (Shpitser & Pearl 2006)";
            default -> (identifiable ? "" : "the effect is not identifiable from the graph alone; ")
                    + "the " + s.kind() + " strategy identifies it under " + s.assumptions();
        };
    }

    /** @return the strategies of one kind */
    public List<Strategy> strategies(String kind) {
        List<Strategy> out = new ArrayList<>();
        for (Strategy s : strategies) {
            if (s.kind().equals(kind)) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the recommended estimand's formula text, or the hedge when there is none */
    public String estimandText() {
        return recommended.map(s -> s.estimand().toText()).orElse("not identifiable: " + idResult);
    }

    /** @return the strategies, recommendation and reason as text and Markdown */
    public Report report() {
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        text.append(query.toText()).append(identifiable ? " is identifiable" : " is not identifiable from the graph")
                .append('\n');
        md.append("**").append(query.toText()).append("** ")
                .append(identifiable ? "is identifiable" : "is not identifiable from the graph").append("\n\n");
        md.append("| strategy | estimand | needs |\n|---|---|---|\n");
        for (Strategy s : strategies) {
            text.append("  ").append(s.kind()).append(": ").append(s.estimand().toText());
            if (!s.assumptions().isEmpty()) {
                text.append("  (needs ").append(s.assumptions()).append(')');
            }
            text.append('\n');
            md.append("| ").append(s.kind()).append(" | $").append(s.estimand().toLatex()).append("$ | ")
                    .append(s.assumptions().isEmpty() ? "the graph" : s.assumptions()).append(" |\n");
        }
        text.append("recommended: ").append(recommended.map(Strategy::kind).orElse("none")).append(" - ")
                .append(reason).append('\n');
        md.append("\n**Recommended:** ").append(recommended.map(Strategy::kind).orElse("none")).append(" — ")
                .append(reason).append('\n');
        return new Report(text.toString(), md.toString());
    }

    /** @return e.g. {@code P(y | do(x)): identifiable, recommended backdoor {z}; 3 strategies} */
    @Override
    public String toString() {
        return query.toText() + ": " + (identifiable ? "identifiable" : "not identifiable") + ", recommended "
                + recommended.map(Strategy::toString).orElse("none") + "; " + strategies.size() + " strategies";
    }
}
