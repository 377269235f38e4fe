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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.independence.MultipleTesting;
import io.github.causal4j.result.Provenance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The provider-independent path from a {@link SuggestionRequest} to a checked
 * {@link GraphSuggestion}. Immutable; configure with the {@code with...} methods.
 *
 * <ol>
 * <li><b>Self-consistency</b> (Wang et al. 2023): ask {@code request.samples()} samples, each with
 *     its own seed and, if the request has personas, the next persona in turn.</li>
 * <li><b>Screening</b>: names not among the variables are dropped and recorded as invented; self-loops,
 *     contradictory samples and roles the task did not ask for are dropped and reported.</li>
 * <li><b>Vote</b>: a claim's confidence is the share of answering samples that made it; claims at or
 *     above {@link #minConfidence()} are accepted. Of two opposite edges that both pass, the one with
 *     more votes wins; on a tie neither does (the direction is undecided).</li>
 * <li><b>Assembly</b>: accepted edges enter the graph strongest first; one that would close a cycle
 *     with stronger edges is dropped and reported. An expert's knowledge, if given, enters first
 *     and overrules any suggestion it forbids.</li>
 * <li><b>Checks</b>: suggested instruments and negative controls are tested against their graphical
 *     criteria on the resulting graph; with data, the graph's implied independences are tested
 *     with Fisher's z, Holm-adjusted by default (see {@link DataFlag}).</li>
 * </ol>
 *
 * <pre>{@code
 * GraphSuggestion s = SuggestionPipeline.of(suggester)
 *         .withData(dataset).withExpertKnowledge(KnowledgeFile.read(Path.of("expert.txt")))
 *         .run(SuggestionRequest.edges(variables).withSamples(5));
 * CausalGraph g = s.graph();
 * }</pre>
 */
public final class SuggestionPipeline {

    /** Default minimum vote share: a claim made by at least half of the samples is accepted. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    /** Default level of the data checks' tests. */
    public static final double DEFAULT_ALPHA = 0.01;
    /** Default multiplicity correction of the implied-independence tests: Holm (1979), family-wise error. */
    public static final MultipleTesting.Correction DEFAULT_CORRECTION = MultipleTesting.Correction.HOLM;

    private final GraphSuggester suggester;
    private final double minConfidence;
    private final Optional<Dataset> data;
    private final double alpha;
    private final MultipleTesting.Correction correction;
    private final int parallelism;
    private final Optional<BackgroundKnowledge> expert;

    private SuggestionPipeline(GraphSuggester suggester, double minConfidence, Optional<Dataset> data, double alpha,
            MultipleTesting.Correction correction, int parallelism, Optional<BackgroundKnowledge> expert) {
        this.suggester = suggester;
        this.minConfidence = minConfidence;
        this.data = data;
        this.alpha = alpha;
        this.correction = correction;
        this.parallelism = parallelism;
        this.expert = expert;
    }

    /**
     * @param suggester the provider to ask
     * @return a pipeline with the default settings: minimum confidence 0.5, no data, no expert, samples asked one at a time
     */
    public static SuggestionPipeline of(GraphSuggester suggester) {
        return new SuggestionPipeline(Objects.requireNonNull(suggester, "suggester"), DEFAULT_MIN_CONFIDENCE,
                Optional.empty(), DEFAULT_ALPHA, DEFAULT_CORRECTION, 1, Optional.empty());
    }

    /**
     * @param share minimum vote share in (0, 1] for a claim to be accepted
     * @return a pipeline with it
     */
    public SuggestionPipeline withMinConfidence(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be in (0, 1], got " + share);
        }
        return new SuggestionPipeline(suggester, share, data, alpha, correction, parallelism, expert);
    }

    /**
     * @param dataset data to check the suggested graph against
     * @return a pipeline with it
     */
    public SuggestionPipeline withData(Dataset dataset) {
        return new SuggestionPipeline(suggester, minConfidence, Optional.of(Objects.requireNonNull(dataset, "dataset")),
                alpha, correction, parallelism, expert);
    }

    /**
     * @param level the data checks' test level, in (0, 1)
     * @return a pipeline with it
     */
    public SuggestionPipeline withAlpha(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + level);
        }
        return new SuggestionPipeline(suggester, minConfidence, data, level, correction, parallelism, expert);
    }

    /**
     * @param adjustment how the implied-independence tests' p-values are adjusted for their number
     *        (default {@link #DEFAULT_CORRECTION}; {@code NONE} tests each at {@code alpha})
     * @return a pipeline with it
     */
    public SuggestionPipeline withCorrection(MultipleTesting.Correction adjustment) {
        return new SuggestionPipeline(suggester, minConfidence, data, alpha, Objects.requireNonNull(adjustment, "correction"),
                parallelism, expert);
    }

    /**
     * @param threads how many samples to ask at once, at least 1 (results do not depend on it)
     * @return a pipeline with it
     */
    public SuggestionPipeline withParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + threads);
        }
        return new SuggestionPipeline(suggester, minConfidence, data, alpha, correction, threads, expert);
    }

    /**
     * @param knowledge an expert's knowledge, which wins over any suggestion it contradicts
     * @return a pipeline with it
     */
    public SuggestionPipeline withExpertKnowledge(BackgroundKnowledge knowledge) {
        return new SuggestionPipeline(suggester, minConfidence, data, alpha, correction, parallelism,
                Optional.of(Objects.requireNonNull(knowledge, "knowledge")));
    }

    /** @return the minimum vote share for acceptance */
    public double minConfidence() {
        return minConfidence;
    }

    /**
     * Asks, votes, assembles and checks.
     *
     * @param request the request
     * @return the suggestion
     * @throws SuggestionException if the provider fails, or if no sample produced a usable answer
     */
    public GraphSuggestion run(SuggestionRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        List<Object> outcomes = ask(request);
        Run run = new Run(request);
        for (int k = 0; k < outcomes.size(); k++) {
            Object o = outcomes.get(k);
            if (o instanceof Answer a) {
                run.calls.add(a.call());
                run.votes.add(run.screen.screen(k, a));
            } else {
                InvalidAnswerException e = (InvalidAnswerException) o;
                run.calls.add(e.call());
                run.failures.add(e);
                run.notes.add(new ValidationNote(ValidationNote.Kind.FAILED_SAMPLE, "sample " + (k + 1), "sample " + (k + 1)
                        + " failed (" + e.reason().name().toLowerCase(java.util.Locale.ROOT) + "): " + e.getMessage()));
            }
        }
        if (run.votes.samples() == 0) {
            InvalidAnswerException last = run.failures.get(run.failures.size() - 1);
            throw new SuggestionException("all " + request.samples() + " samples from " + suggester.name()
                    + " failed; the last: " + last.getMessage(), last);
        }
        switch (request.task()) {
            case EDGES -> run.assembleEdges();
            case CRITIQUE -> run.assembleCritique();
            default -> run.assembleRoles();
        }
        return run.finish(Duration.ofNanos(System.nanoTime() - start));
    }

    /** @return each sample's {@link Answer} or {@link InvalidAnswerException}, in sample order */
    private List<Object> ask(SuggestionRequest request) {
        int n = request.samples();
        List<Object> out = new ArrayList<>(n);
        if (parallelism == 1 || n == 1) {
            for (int k = 0; k < n; k++) {
                out.add(askOne(Question.of(request, k)));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, n), r -> {
            Thread t = new Thread(r, "causal4j-suggest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Question q = Question.of(request, k);
                futures.add(pool.submit(() -> askOne(q)));
            }
            for (Future<Object> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new SuggestionException("a sample from " + suggester.name() + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuggestionException("interrupted while waiting for " + suggester.name(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Object askOne(Question q) {
        try {
            return Objects.requireNonNull(suggester.answer(q), () -> suggester.name() + " returned no answer for " + q);
        } catch (InvalidAnswerException e) {
            return e;
        }
    }

    /** The state of one run: screening, votes, the graph being assembled, and what is reported. */
    private final class Run {
        final SuggestionRequest request;
        final Optional<String> treatment;
        final Optional<String> outcome;
        final ClaimScreen screen;
        final Votes votes = new Votes();
        final List<CallRecord> calls = new ArrayList<>();
        final List<InvalidAnswerException> failures = new ArrayList<>();
        final List<ValidationNote> notes = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        AcyclicAssembly assembly;
        final List<SuggestedEdge> edges = new ArrayList<>();
        final List<SuggestedRole> roles = new ArrayList<>();
        final List<EdgeCritique> critiques = new ArrayList<>();
        final List<SuggestedLatent> latents = new ArrayList<>();
        final Map<String, String> latentNodes = new LinkedHashMap<>();

        Run(SuggestionRequest request) {
            this.request = request;
            Optional<String> t = request.treatment();
            Optional<String> o = request.outcome();
            if (t.isEmpty() && request.graph().isPresent()) {
                CausalGraph g = request.graph().get();
                if (g.exposures().size() == 1 && g.outcomes().size() == 1) {
                    t = Optional.of(g.exposures().iterator().next());
                    o = Optional.of(g.outcomes().iterator().next());
                }
            }
            this.treatment = t;
            this.outcome = o;
            this.screen = new ClaimScreen(request, t, o);
            List<String> names = request.variableNames();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            assembly = new AcyclicAssembly();
            for (String v : names) {
                assembly.node(v);
            }
            request.graph().ifPresent(this::absorb);
            expert.ifPresent(this::absorbExpert);
        }

        /** The analyst's graph: its nodes (after the variables), roles, positions and edges. */
        private void absorb(CausalGraph base) {
            for (String n : base.nodes()) {
                assembly.node(n);
                for (NodeRole r : base.roles(n)) {
                    assembly.role(n, r);
                }
                if (base.position(n) != null) {
                    assembly.position(n, base.position(n));
                }
            }
            for (Edge e : base.edges()) {
                if (e.type() == EdgeType.DIRECTED) {
                    assembly.tryAdd(e.from(), e.to());
                } else {
                    assembly.addBidirected(e.from(), e.to());
                }
            }
        }

        private void absorbExpert(BackgroundKnowledge k) {
            for (EdgeClaim e : k.required()) {
                if (!index.containsKey(e.from()) || !index.containsKey(e.to())) {
                    continue;
                }
                assembly.tryAdd(e.from(), e.to()).ifPresent(cycle -> notes.add(new ValidationNote(
                        ValidationNote.Kind.CYCLE, e.toString(), "the expert's required edge " + e + " closes the cycle "
                        + AcyclicAssembly.describeCycle(cycle) + " with the given graph; left out")));
            }
            Set<String> taken = new LinkedHashSet<>(assembly.nodeNames());
            for (LatentClaim l : k.latents()) {
                List<String> affects = new ArrayList<>();
                for (String a : l.affects()) {
                    if (index.containsKey(a)) {
                        affects.add(a);
                    }
                }
                if (affects.size() >= 2) {
                    String node = BackgroundKnowledge.latentNodeName(l.name(), taken);
                    taken.add(node);
                    assembly.latent(node);
                    for (String a : affects) {
                        assembly.tryAdd(node, a);
                    }
                    latentNodes.put(BackgroundKnowledge.normaliseName(l.name()), node);
                }
            }
        }

        private boolean accepted(int voteCount) {
            // Compare counts, not doubles: votes / samples >= minConfidence.
            return voteCount >= Math.ceil(minConfidence * votes.samples() - 1e-9);
        }

        private Optional<String> objection(String from, String to) {
            return expert.flatMap(k -> k.objection(from, to));
        }

        private int idx(String v) {
            return index.getOrDefault(v, Integer.MAX_VALUE);
        }

        /** Directed-edge candidates in order of strength: votes, then variable order. */
        private Comparator<Votes.EdgeTally> strongestFirst() {
            return Comparator.<Votes.EdgeTally>comparingInt(t -> -t.votes).thenComparingInt(t -> idx(t.from))
                    .thenComparingInt(t -> idx(t.to));
        }

        void assembleEdges() {
            int n = votes.samples();
            List<Votes.EdgeTally> tallies = new ArrayList<>(votes.edges());
            tallies.sort(strongestFirst());
            for (Votes.EdgeTally t : tallies) {
                EdgeStatus status = edgeStatus(t.from, t.to, t.votes, votes.edge(t.to, t.from) == null ? 0
                        : votes.edge(t.to, t.from).votes, "edge");
                edges.add(new SuggestedEdge(t.from, t.to, t.votes, n, new ArrayList<>(t.rationales), status, Set.of()));
            }
        }

        /** Decides an edge's fate and adds it to the graph if accepted. */
        private EdgeStatus edgeStatus(String from, String to, int forVotes, int againstVotes, String what) {
            if (!accepted(forVotes)) {
                return EdgeStatus.BELOW_THRESHOLD;
            }
            if (accepted(againstVotes) && againstVotes >= forVotes) {
                return EdgeStatus.OUTVOTED;
            }
            Optional<String> objection = objection(from, to);
            if (objection.isPresent()) {
                notes.add(new ValidationNote(ValidationNote.Kind.OVERRULED, from + " -> " + to, "the suggested " + what
                        + " " + from + " -> " + to + " is overruled by the expert: " + objection.get()));
                return EdgeStatus.OVERRULED;
            }
            Optional<List<String>> cycle = assembly.tryAdd(from, to);
            if (cycle.isPresent()) {
                notes.add(new ValidationNote(ValidationNote.Kind.CYCLE, from + " -> " + to, "the suggested " + what + " "
                        + from + " -> " + to + " would close the cycle " + AcyclicAssembly.describeCycle(cycle.get())
                        + " with stronger edges; dropped"));
                return EdgeStatus.CLOSES_CYCLE;
            }
            return EdgeStatus.ACCEPTED;
        }

        void assembleRoles() {
            String x = treatment.orElseThrow();
            String y = outcome.orElseThrow();
            if (!assembly.hasAnyRole(NodeRole.EXPOSURE) && !assembly.hasAnyRole(NodeRole.OUTCOME)) {
                assembly.role(x, NodeRole.EXPOSURE);
                assembly.role(y, NodeRole.OUTCOME);
            }
            if (!assembly.hasEdge(x, y)) {
                assembly.tryAdd(x, y).ifPresent(cycle -> notes.add(new ValidationNote(ValidationNote.Kind.CYCLE,
                        x + " -> " + y, "the effect under study " + x + " -> " + y + " closes the cycle "
                        + AcyclicAssembly.describeCycle(cycle) + " in the given graph; left out")));
            }
            int n = votes.samples();
            List<Votes.RoleTally> tallies = new ArrayList<>(votes.roles());
            tallies.sort(Comparator.<Votes.RoleTally>comparingInt(t -> -t.votes).thenComparingInt(t -> idx(t.variable))
                    .thenComparing(t -> t.role));
            List<Votes.RoleTally> nc = new ArrayList<>();
            for (Votes.RoleTally t : tallies) {
                if (!accepted(t.votes)) {
                    continue;
                }
                switch (t.role) {
                    case CONFOUNDER -> {
                        implied(t.variable, x, t);
                        implied(t.variable, y, t);
                    }
                    case MEDIATOR -> {
                        implied(x, t.variable, t);
                        implied(t.variable, y, t);
                    }
                    case INSTRUMENT -> implied(t.variable, x, t);
                    case NEGATIVE_CONTROL_EXPOSURE, NEGATIVE_CONTROL_OUTCOME -> nc.add(t);
                }
            }
            if (!nc.isEmpty()) {
                String u = sharedLatent(x, y);
                for (Votes.RoleTally t : nc) {
                    assembly.tryAdd(u, t.variable);
                }
            }
            assembleLatents();
            CausalGraph g = assembly.build();
            List<String> exposureProxies = new ArrayList<>();
            List<String> outcomeProxies = new ArrayList<>();
            Set<String> covariates = new LinkedHashSet<>();
            for (Votes.RoleTally t : nc) {
                (t.role == CausalRole.NEGATIVE_CONTROL_EXPOSURE ? exposureProxies : outcomeProxies).add(t.variable);
                covariates.addAll(t.modalGiven());
            }
            Map<String, RoleCheck> proxyChecks = nc.isEmpty() ? Map.of()
                    : RoleCriteria.proxies(g, x, y, new ArrayList<>(covariates), exposureProxies, outcomeProxies);
            List<SuggestedRole> out = new ArrayList<>();
            for (Votes.RoleTally t : tallies) {
                boolean ok = accepted(t.votes);
                SuggestedRole r = new SuggestedRole(t.variable, t.role, t.votes, n, t.modalGiven(),
                        new ArrayList<>(t.rationales), ok, Optional.empty());
                if (ok) {
                    Optional<RoleCheck> check = switch (t.role) {
                        case INSTRUMENT -> Optional.of(RoleCriteria.instrument(g, t.variable, x, y, r.given()));
                        case NEGATIVE_CONTROL_EXPOSURE, NEGATIVE_CONTROL_OUTCOME -> Optional.of(proxyChecks.get(t.variable));
                        default -> Optional.empty();
                    };
                    if (check.isPresent()) {
                        r = r.withCheck(check.get());
                        if (!check.get().satisfied()) {
                            notes.add(new ValidationNote(ValidationNote.Kind.ROLE_CHECK, t.variable, "the suggested "
                                    + t.role.id() + " " + t.variable + " fails its criterion on the suggested graph: "
                                    + String.join("; ", failures(check.get()))));
                        }
                    }
                }
                out.add(r);
            }
            out.sort(Comparator.comparing(SuggestedRole::role).thenComparingInt(r -> -r.votes())
                    .thenComparingInt(r -> idx(r.variable())));
            roles.addAll(out);
        }

        private List<String> failures(RoleCheck c) {
            List<String> failed = new ArrayList<>();
            for (String f : c.findings()) {
                if (!f.startsWith("caveat: ")) {
                    failed.add(f);
                }
            }
            return failed;
        }

        private void implied(String from, String to, Votes.RoleTally t) {
            if (assembly.hasEdge(from, to)) {
                return;
            }
            String what = t.role.id() + " " + t.variable;
            Optional<String> objection = objection(from, to);
            if (objection.isPresent()) {
                notes.add(new ValidationNote(ValidationNote.Kind.OVERRULED, from + " -> " + to, "the edge " + from + " -> "
                        + to + " implied by the " + what + " is overruled by the expert: " + objection.get()));
                return;
            }
            assembly.tryAdd(from, to).ifPresent(cycle -> notes.add(new ValidationNote(ValidationNote.Kind.CYCLE,
                    from + " -> " + to, "the edge " + from + " -> " + to + " implied by the " + what + " would close the cycle "
                    + AcyclicAssembly.describeCycle(cycle) + "; dropped")));
        }

        /** A latent parent of both x and y: an existing one, or a new node "U" (renamed if taken). */
        private String sharedLatent(String x, String y) {
            CausalGraph g = assembly.build();
            for (String l : g.latents()) {
                if (g.children(l).contains(x) && g.children(l).contains(y)) {
                    return l;
                }
            }
            String u = BackgroundKnowledge.latentNodeName("U", new LinkedHashSet<>(assembly.nodeNames()));
            assembly.latent(u);
            assembly.tryAdd(u, x);
            assembly.tryAdd(u, y);
            return u;
        }

        void assembleCritique() {
            CausalGraph given = request.graph().orElseThrow();
            int n = votes.samples();
            Map<String, Votes.VerdictTally> byKey = new LinkedHashMap<>();
            for (Votes.VerdictTally t : votes.verdicts()) {
                byKey.put(BackgroundKnowledge.key(t.from, t.to), t);
            }
            List<EdgeCritique> onEdges = new ArrayList<>();
            List<EdgeCritique> reversals = new ArrayList<>();
            for (Edge e : given.edges()) {
                if (e.type() != EdgeType.DIRECTED) {
                    continue;
                }
                Votes.VerdictTally t = byKey.get(BackgroundKnowledge.key(e.from(), e.to()));
                Map<EdgeAction, Integer> v = new EnumMap<>(EdgeAction.class);
                if (t != null) {
                    v.putAll(t.votes);
                    v.remove(EdgeAction.ADD);
                }
                EdgeAction action = chooseAction(v);
                List<String> why = t == null ? List.of() : new ArrayList<>(t.rationales.getOrDefault(action, Set.of()));
                boolean apply = action != EdgeAction.KEEP && accepted(v.getOrDefault(action, 0));
                if (apply && action == EdgeAction.REMOVE && expert.isPresent() && expert.get().requires(e.from(), e.to())) {
                    notes.add(new ValidationNote(ValidationNote.Kind.OVERRULED, e.toString(), "removing " + e
                            + " is overruled by the expert: require " + e));
                    apply = false;
                }
                if (apply && action == EdgeAction.REVERSE) {
                    Optional<String> objection = objection(e.to(), e.from());
                    if (expert.isPresent() && expert.get().requires(e.from(), e.to())) {
                        objection = Optional.of("require " + e);
                    }
                    if (objection.isPresent()) {
                        notes.add(new ValidationNote(ValidationNote.Kind.OVERRULED, e.toString(), "reversing " + e
                                + " is overruled by the expert: " + objection.get()));
                        apply = false;
                    }
                }
                EdgeCritique c = new EdgeCritique(e.from(), e.to(), action, v, n, why, action == EdgeAction.KEEP || apply);
                if (apply && action == EdgeAction.REMOVE) {
                    assembly.remove(e.from(), e.to());
                }
                if (apply && action == EdgeAction.REVERSE) {
                    reversals.add(c);
                } else {
                    onEdges.add(c);
                }
            }
            reversals.sort(Comparator.comparingInt(c -> -c.votes().getOrDefault(EdgeAction.REVERSE, 0)));
            for (EdgeCritique c : reversals) {
                assembly.remove(c.from(), c.to());
                Optional<List<String>> cycle = assembly.tryAdd(c.to(), c.from());
                boolean applied = cycle.isEmpty();
                if (!applied) {
                    assembly.tryAdd(c.from(), c.to());
                    notes.add(new ValidationNote(ValidationNote.Kind.CYCLE, c.from() + " -> " + c.to(), "reversing "
                            + c.from() + " -> " + c.to() + " would close the cycle "
                            + AcyclicAssembly.describeCycle(cycle.get()) + "; kept as drawn"));
                }
                onEdges.add(new EdgeCritique(c.from(), c.to(), c.action(), c.votes(), c.samples(), c.rationales(), applied));
            }
            // Verdicts in the graph's edge order, additions after them, strongest first.
            Map<String, EdgeCritique> ordered = new LinkedHashMap<>();
            for (Edge e : given.edges()) {
                ordered.put(BackgroundKnowledge.key(e.from(), e.to()), null);
            }
            for (EdgeCritique c : onEdges) {
                ordered.put(BackgroundKnowledge.key(c.from(), c.to()), c);
            }
            for (EdgeCritique c : ordered.values()) {
                if (c != null) {
                    critiques.add(c);
                }
            }
            List<Votes.VerdictTally> additions = new ArrayList<>();
            for (Votes.VerdictTally t : votes.verdicts()) {
                if (t.votes(EdgeAction.ADD) > 0 && !given.hasDirectedEdge(t.from, t.to)) {
                    additions.add(t);
                }
            }
            additions.sort(Comparator.<Votes.VerdictTally>comparingInt(t -> -t.votes(EdgeAction.ADD))
                    .thenComparingInt(t -> idx(t.from)).thenComparingInt(t -> idx(t.to)));
            for (Votes.VerdictTally t : additions) {
                Votes.VerdictTally reverse = byKey.get(BackgroundKnowledge.key(t.to, t.from));
                int against = reverse == null || given.hasDirectedEdge(t.to, t.from) ? 0 : reverse.votes(EdgeAction.ADD);
                EdgeStatus status = edgeStatus(t.from, t.to, t.votes(EdgeAction.ADD), against, "addition");
                critiques.add(new EdgeCritique(t.from, t.to, EdgeAction.ADD, Map.of(EdgeAction.ADD, t.votes(EdgeAction.ADD)),
                        n, new ArrayList<>(t.rationales.getOrDefault(EdgeAction.ADD, Set.of())),
                        status == EdgeStatus.ACCEPTED));
            }
            assembleLatents();
        }

        /** Plurality; a tie with KEEP keeps; a REMOVE–REVERSE tie removes (both deny the edge as drawn). */
        private EdgeAction chooseAction(Map<EdgeAction, Integer> v) {
            int keep = v.getOrDefault(EdgeAction.KEEP, 0);
            int remove = v.getOrDefault(EdgeAction.REMOVE, 0);
            int reverse = v.getOrDefault(EdgeAction.REVERSE, 0);
            if (keep >= remove && keep >= reverse) {
                return EdgeAction.KEEP;
            }
            return remove >= reverse ? EdgeAction.REMOVE : EdgeAction.REVERSE;
        }

        void assembleLatents() {
            int n = votes.samples();
            List<Votes.LatentTally> tallies = new ArrayList<>(votes.latents());
            tallies.sort(Comparator.comparingInt(t -> -t.votes));
            Set<String> taken = new LinkedHashSet<>(assembly.nodeNames());
            List<Votes.LatentTally> accepted = new ArrayList<>();
            for (Votes.LatentTally t : tallies) {
                if (accepted(t.votes)) {
                    accepted.add(t);
                    String key = BackgroundKnowledge.normaliseName(t.name);
                    String node = latentNodes.get(key);
                    if (node == null) {
                        node = BackgroundKnowledge.latentNodeName(t.name, taken);
                        taken.add(node);
                        latentNodes.put(key, node);
                        assembly.latent(node);
                    }
                    for (String a : t.majorityAffects()) {
                        assembly.tryAdd(node, a);
                    }
                }
            }
            CausalGraph g = assembly.build();
            for (Votes.LatentTally t : tallies) {
                boolean ok = accepted.contains(t);
                List<BenchmarkScenario> scenarios = ok ? benchmarks(t, g) : List.of();
                latents.add(new SuggestedLatent(t.name, t.description, t.majorityAffects(), t.votes, n,
                        new ArrayList<>(t.rationales), ok, scenarios));
            }
        }

        /**
         * The Cinelli–Hazlett benchmark a suggested confounder proposes: "as strong as" the covariate
         * the samples named most often; if none was named (or it is a descendant of the treatment,
         * which a benchmark must not be), each measured confounder of the pair in the graph.
         */
        private List<BenchmarkScenario> benchmarks(Votes.LatentTally t, CausalGraph g) {
            if (treatment.isEmpty()) {
                return List.of();
            }
            String x = treatment.get();
            String y = outcome.get();
            List<String> affects = t.majorityAffects();
            if (!affects.contains(x) || !affects.contains(y)) {
                return List.of();
            }
            Set<String> deX = g.descendants(x);
            String named = t.modalStrong();
            if (named != null && !deX.contains(named)) {
                return List.of(new BenchmarkScenario(t.name, x, y, List.of(named), 1, 1,
                        "named by " + t.strong.get(named) + " of " + votes.samples() + " samples"));
            }
            if (named != null) {
                notes.add(new ValidationNote(ValidationNote.Kind.INVALID_CLAIM, named, "the benchmark " + named + " named for '"
                        + t.name + "' is a descendant of the treatment " + x + " in the graph; a benchmark must be a"
                        + " pre-treatment covariate; measured confounders used instead"));
            }
            List<BenchmarkScenario> out = new ArrayList<>();
            Set<String> anY = RoleCriteria.withoutEdgesOutOf(g, x).ancestors(y);
            for (String c : g.ancestors(x)) {
                if (!c.equals(x) && !g.hasRole(c, NodeRole.LATENT) && anY.contains(c) && index.containsKey(c)) {
                    out.add(new BenchmarkScenario(t.name, x, y, List.of(c), 1, 1,
                            c + " is a measured common cause of " + x + " and " + y + " in the graph"));
                }
            }
            return out;
        }

        GraphSuggestion finish(Duration wall) {
            CausalGraph g = assembly.build();
            List<DataCheck> dataChecks = List.of();
            if (data.isPresent()) {
                List<Edge> suggested = new ArrayList<>();
                for (SuggestedEdge e : edges) {
                    if (e.accepted()) {
                        suggested.add(Edge.directed(e.from(), e.to()));
                    }
                }
                for (EdgeCritique c : critiques) {
                    if (c.applied() && c.action() == EdgeAction.ADD) {
                        suggested.add(Edge.directed(c.from(), c.to()));
                    } else if (c.applied() && c.action() == EdgeAction.REVERSE) {
                        suggested.add(Edge.directed(c.to(), c.from()));
                    }
                }
                DataValidation dv = new DataValidation(data.get(), alpha, correction);
                dv.run(g, suggested);
                dataChecks = dv.checks;
                notes.addAll(dv.notes);
                Map<String, Set<DataFlag>> flags = dv.flags();
                for (int i = 0; i < edges.size(); i++) {
                    SuggestedEdge e = edges.get(i);
                    Set<DataFlag> f = flags.get(BackgroundKnowledge.key(e.from(), e.to()));
                    if (f != null && e.accepted()) {
                        edges.set(i, e.withFlags(EnumSet.copyOf(f)));
                    }
                }
            }
            List<ValidationNote> allNotes = new ArrayList<>(screen.notes());
            allNotes.addAll(notes);
            return new GraphSuggestion(request, g, edges, roles, critiques, latents, screen.invented(), allNotes, dataChecks,
                    provenance(wall));
        }

        private SuggestionProvenance provenance(Duration wall) {
            Set<String> models = new LinkedHashSet<>();
            Set<String> hosts = new LinkedHashSet<>();
            Set<String> templates = new LinkedHashSet<>();
            Set<String> versions = new LinkedHashSet<>();
            Set<String> prompts = new LinkedHashSet<>();
            Set<String> modes = new LinkedHashSet<>();
            TokenUsage tokens = TokenUsage.ZERO;
            int requests = 0;
            int repairs = 0;
            Duration modelTime = Duration.ZERO;
            for (CallRecord c : calls) {
                models.add(c.model());
                hosts.add(c.endpointHost());
                templates.add(c.templateId());
                versions.add(c.templateVersion());
                prompts.add(c.promptSha256());
                modes.add(c.outputMode());
                tokens = tokens.plus(c.tokens());
                requests += c.requests();
                repairs += c.repairs();
                modelTime = modelTime.plus(c.elapsed());
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("task", request.task().id());
            treatment.ifPresent(t -> params.put("treatment", t));
            outcome.ifPresent(o -> params.put("outcome", o));
            params.put("variables", Integer.toString(request.variables().size()));
            params.put("samples", Integer.toString(request.samples()));
            params.put("temperature", Double.toString(request.temperature()));
            params.put("seed", Long.toString(request.seed()));
            List<String> personaNames = new ArrayList<>();
            for (Persona p : request.personas()) {
                personaNames.add(p.name());
            }
            params.put("personas", personaNames.isEmpty() ? Persona.NEUTRAL.name() : String.join(",", personaNames));
            params.put("min_confidence", Double.toString(minConfidence));
            expert.ifPresent(k -> params.put("expert_knowledge", k.toString()));
            data.ifPresent(d -> {
                params.put("data_sha256", d.sha256());
                params.put("data_rows", Integer.toString(d.rowCount()));
                params.put("alpha", Double.toString(alpha));
                params.put("correction", correction.name().toLowerCase(java.util.Locale.ROOT));
            });
            return new SuggestionProvenance(suggester.name(), new ArrayList<>(models), new ArrayList<>(hosts),
                    String.join(",", templates), String.join(",", versions), new ArrayList<>(prompts),
                    new ArrayList<>(modes), params, tokens, requests, repairs, request.samples(), failures.size(), wall,
                    modelTime, Provenance.currentLibraryVersion());
        }
    }
}
