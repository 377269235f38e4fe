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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to ask a suggester, and how often. Immutable: start from a factory such as
 * {@link #edges(List)} or {@link #confounders(List, String, String)} and refine with the
 * {@code with...} methods, each validated on the spot.
 *
 * <pre>{@code
 * SuggestionRequest r = SuggestionRequest.edges(variables)
 *         .withContext("Survey of 1,276 adults in Darfur, 2009")
 *         .withSamples(5).withTemperature(0.7).withSeed(42);
 * }</pre>
 *
 * @param task what is asked
 * @param variables the variables, with unique names; answers may only use these names
 * @param context the domain and study in a few sentences ({@code ""} if none)
 * @param treatment the treatment, for tasks about a treatment–outcome pair
 * @param outcome the outcome, for tasks about a treatment–outcome pair
 * @param graph the graph to critique ({@link SuggestionTask#CRITIQUE}), or the analyst's current graph
 *        against which suggested roles are checked (other tasks); its nodes must be variables, except
 *        those marked latent
 * @param samples how many answers to draw and vote over, at least 1
 * @param temperature the sampling temperature passed to a model, in [0, 2]
 * @param seed the seed of sample 0; sample k uses a seed derived from it and k
 * @param personas the expert personas used in turn (sample k takes persona k mod size); empty for a neutral persona
 */
public record SuggestionRequest(SuggestionTask task, List<Variable> variables, String context,
        Optional<String> treatment, Optional<String> outcome, Optional<CausalGraph> graph,
        int samples, double temperature, long seed, List<Persona> personas) {

    /** Default number of samples: enough for a majority vote to mean something, few enough to be cheap. */
    public static final int DEFAULT_SAMPLES = 5;
    /** Default temperature, the value of the self-consistency experiments of Wang et al. (2023). */
    public static final double DEFAULT_TEMPERATURE = 0.7;
    /** Upper bound on {@link #samples()}, a guard against a typo that would cost thousands of calls. */
    public static final int MAX_SAMPLES = 1000;

    /** Validates the request: unique variables, a treatment and outcome where the task needs them, a graph over the variables. */
    public SuggestionRequest {
        Objects.requireNonNull(task, "task");
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(context, "context");
        context = context.strip();
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(graph, "graph");
        personas = List.copyOf(Objects.requireNonNull(personas, "personas"));
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("a suggestion request needs at least one variable");
        }
        Set<String> names = new HashSet<>();
        for (Variable v : variables) {
            if (!names.add(v.name())) {
                throw new IllegalArgumentException("variable '" + v.name() + "' is listed twice");
            }
        }
        if (treatment.isPresent() != outcome.isPresent()) {
            throw new IllegalArgumentException("give both a treatment and an outcome, or neither");
        }
        if (task.needsTreatmentAndOutcome() && treatment.isEmpty()) {
            throw new IllegalArgumentException("task " + task.id() + " needs a treatment and an outcome");
        }
        if (treatment.isPresent()) {
            requireVariable(names, treatment.get(), "treatment");
            requireVariable(names, outcome.get(), "outcome");
            if (treatment.get().equals(outcome.get())) {
                throw new IllegalArgumentException("treatment and outcome are the same variable '" + treatment.get() + "'");
            }
        }
        if (task == SuggestionTask.CRITIQUE && graph.isEmpty()) {
            throw new IllegalArgumentException("task critique needs a graph to critique");
        }
        if (graph.isPresent()) {
            List<String> missing = new ArrayList<>();
            for (String node : graph.get().nodes()) {
                if (!names.contains(node) && !graph.get().hasRole(node, io.github.causal4j.graph.NodeRole.LATENT)) {
                    missing.add(node);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("graph nodes " + missing + " are not among the variables (only [latent]"
                        + " nodes may be missing from them)");
            }
        }
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be in [1, " + MAX_SAMPLES + "], got " + samples);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], got " + temperature);
        }
    }

    private static void requireVariable(Set<String> names, String name, String what) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(what + " '" + name + "' is not among the variables");
        }
    }

    private static SuggestionRequest base(SuggestionTask task, List<Variable> variables, String treatment,
            String outcome, CausalGraph graph) {
        return new SuggestionRequest(task, variables, "", Optional.ofNullable(treatment), Optional.ofNullable(outcome),
                Optional.ofNullable(graph), DEFAULT_SAMPLES, DEFAULT_TEMPERATURE, 0L, List.of());
    }

    /**
     * @param variables the variables
     * @return a request for the directed edges among them
     */
    public static SuggestionRequest edges(List<Variable> variables) {
        return base(SuggestionTask.EDGES, variables, null, null, null);
    }

    /**
     * @param task a task about a treatment–outcome pair
     * @param variables the variables, treatment and outcome among them
     * @param treatment the treatment
     * @param outcome the outcome
     * @return a request for that task
     */
    public static SuggestionRequest of(SuggestionTask task, List<Variable> variables, String treatment, String outcome) {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(outcome, "outcome");
        return base(task, variables, treatment, outcome, null);
    }

    /**
     * @param variables the variables
     * @param treatment the treatment
     * @param outcome the outcome
     * @return a request for confounders
     */
    public static SuggestionRequest confounders(List<Variable> variables, String treatment, String outcome) {
        return of(SuggestionTask.CONFOUNDERS, variables, treatment, outcome);
    }

    /**
     * @param variables the variables
     * @param treatment the treatment
     * @param outcome the outcome
     * @return a request for mediators
     */
    public static SuggestionRequest mediators(List<Variable> variables, String treatment, String outcome) {
        return of(SuggestionTask.MEDIATORS, variables, treatment, outcome);
    }

    /**
     * @param variables the variables
     * @param treatment the treatment
     * @param outcome the outcome
     * @return a request for instruments
     */
    public static SuggestionRequest instruments(List<Variable> variables, String treatment, String outcome) {
        return of(SuggestionTask.INSTRUMENTS, variables, treatment, outcome);
    }

    /**
     * @param variables the variables
     * @param treatment the treatment
     * @param outcome the outcome
     * @return a request for negative controls
     */
    public static SuggestionRequest negativeControls(List<Variable> variables, String treatment, String outcome) {
        return of(SuggestionTask.NEGATIVE_CONTROLS, variables, treatment, outcome);
    }

    /**
     * @param variables the variables
     * @param treatment the treatment
     * @param outcome the outcome
     * @return a request for unmeasured confounders
     */
    public static SuggestionRequest latentConfounders(List<Variable> variables, String treatment, String outcome) {
        return of(SuggestionTask.LATENT_CONFOUNDERS, variables, treatment, outcome);
    }

    /**
     * @param graph the graph to critique
     * @param variables descriptions of its nodes (every node must be listed; extra variables are candidates to add)
     * @return a request for a critique of the graph
     */
    public static SuggestionRequest critique(CausalGraph graph, List<Variable> variables) {
        Objects.requireNonNull(graph, "graph");
        return base(SuggestionTask.CRITIQUE, variables, null, null, graph);
    }

    /**
     * @param graph the graph to critique; its nodes become variables without descriptions
     * @return a request for a critique of the graph
     */
    public static SuggestionRequest critique(CausalGraph graph) {
        List<Variable> vars = new ArrayList<>();
        for (String node : graph.nodes()) {
            vars.add(Variable.of(node));
        }
        return critique(graph, vars);
    }

    /**
     * @param newContext the domain and study in a few sentences
     * @return a request with that context
     */
    public SuggestionRequest withContext(String newContext) {
        return new SuggestionRequest(task, variables, newContext, treatment, outcome, graph, samples, temperature, seed, personas);
    }

    /**
     * @param newSamples how many answers to vote over
     * @return a request with that many samples
     */
    public SuggestionRequest withSamples(int newSamples) {
        return new SuggestionRequest(task, variables, context, treatment, outcome, graph, newSamples, temperature, seed, personas);
    }

    /**
     * @param newTemperature sampling temperature in [0, 2]
     * @return a request with that temperature
     */
    public SuggestionRequest withTemperature(double newTemperature) {
        return new SuggestionRequest(task, variables, context, treatment, outcome, graph, samples, newTemperature, seed, personas);
    }

    /**
     * @param newSeed the seed
     * @return a request with that seed
     */
    public SuggestionRequest withSeed(long newSeed) {
        return new SuggestionRequest(task, variables, context, treatment, outcome, graph, samples, temperature, newSeed, personas);
    }

    /**
     * @param newPersonas personas used in turn (empty: neutral)
     * @return a request with those personas
     */
    public SuggestionRequest withPersonas(List<Persona> newPersonas) {
        return new SuggestionRequest(task, variables, context, treatment, outcome, graph, samples, temperature, seed, newPersonas);
    }

    /**
     * @param newTreatment the treatment
     * @param newOutcome the outcome
     * @return a request about that pair
     */
    public SuggestionRequest withTreatmentAndOutcome(String newTreatment, String newOutcome) {
        return new SuggestionRequest(task, variables, context, Optional.of(newTreatment), Optional.of(newOutcome), graph,
                samples, temperature, seed, personas);
    }

    /**
     * @param newGraph the graph to critique, or the analyst's current graph
     * @return a request with that graph
     */
    public SuggestionRequest withGraph(CausalGraph newGraph) {
        return new SuggestionRequest(task, variables, context, treatment, outcome, Optional.of(newGraph), samples,
                temperature, seed, personas);
    }

    /**
     * @param newTask another task (the other settings are kept)
     * @return the request for that task
     */
    public SuggestionRequest withTask(SuggestionTask newTask) {
        return new SuggestionRequest(newTask, variables, context, treatment, outcome, graph, samples, temperature, seed, personas);
    }

    /** @return the variable names in order */
    public List<String> variableNames() {
        List<String> out = new ArrayList<>(variables.size());
        for (Variable v : variables) {
            out.add(v.name());
        }
        return out;
    }

    /** @return the variables by name, in order */
    public Map<String, Variable> variablesByName() {
        Map<String, Variable> out = new LinkedHashMap<>();
        for (Variable v : variables) {
            out.put(v.name(), v);
        }
        return out;
    }

    /**
     * @param sample a sample index in {@code [0, samples)}
     * @return the persona of that sample
     */
    public Persona persona(int sample) {
        return personas.isEmpty() ? Persona.NEUTRAL : personas.get(sample % personas.size());
    }

    /**
     * The seed of one sample: sample 0 uses {@link #seed()}, the others a SplitMix64 step away
     * (Steele, Lea &amp; Flood 2014), so neighbouring seeds give unrelated streams.
     *
     * @param sample a sample index
     * @return its seed
     */
    public long sampleSeed(int sample) {
        if (sample == 0) {
            return seed;
        }
        long z = seed + sample * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return e.g. {@code SuggestionRequest[confounders of d -> y, 12 variables, 5 samples, T=0.7, seed 42]} */
    @Override
    public String toString() {
        return "SuggestionRequest[" + task.id() + (treatment.isPresent() ? " of " + treatment.get() + " -> " + outcome.get() : "")
                + ", " + variables.size() + " variables, " + samples + " samples, T=" + temperature + ", seed " + seed + "]";
    }
}
