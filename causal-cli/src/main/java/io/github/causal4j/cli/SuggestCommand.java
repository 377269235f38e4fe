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
package io.github.causal4j.cli;

import io.github.causal4j.llm.CausalRole;
import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggestion;
import io.github.causal4j.llm.SuggestedEdge;
import io.github.causal4j.llm.SuggestedLatent;
import io.github.causal4j.llm.SuggestedRole;
import io.github.causal4j.llm.SuggestionPipeline;
import io.github.causal4j.llm.SuggestionRequest;
import io.github.causal4j.llm.SuggestionTask;
import io.github.causal4j.llm.Variable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code causal suggest}: ask a language model (or an expert's knowledge file) for causal structure
 * among variables described in a CSV file, voted over samples and checked: edges, and with a
 * treatment and outcome the confounders, mediators, instruments, negative controls and unmeasured
 * confounders.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggest causal edges and roles with a language model or a knowledge file, voted over samples and checked.")
final class SuggestCommand extends JsonCommand {

    @Option(names = "--variables", paramLabel = "vars.csv", required = true,
            description = "CSV with columns name,description: the variables to reason about.")
    Path variables;

    @Option(names = "--treatment", paramLabel = "X", description = "The treatment (with --outcome: also suggest roles).")
    String treatment;

    @Option(names = "--outcome", paramLabel = "Y", description = "The outcome.")
    String outcome;

    @Option(names = "--task", paramLabel = "TASKS",
            description = "Tasks: edges, confounders, mediators, instruments, negative-controls, latent-confounders"
                    + " (default: edges; with --treatment and --outcome, all of them).")
    List<String> tasks;

    @Option(names = "--graph", paramLabel = "G", description = "The analyst's graph, against which suggested roles are checked.")
    String graph;

    @Mixin
    SuggestionOptions options;

    private final List<GraphSuggestion> results = new ArrayList<>();

    @Override
    Map<String, Object> compute() {
        List<Variable> vars = SuggestionOptions.variables(variables);
        if ((treatment == null) != (outcome == null)) {
            throw new UserInputException("give both --treatment and --outcome, or neither");
        }
        List<SuggestionTask> todo = tasks();
        try (GraphSuggester s = options.open()) {
            SuggestionPipeline pipeline = options.pipeline(s);
            for (SuggestionTask t : todo) {
                SuggestionRequest r = t == SuggestionTask.EDGES ? SuggestionRequest.edges(vars)
                        : SuggestionRequest.of(t, vars, treatment, outcome);
                if (graph != null) {
                    r = r.withGraph(GraphSource.load(graph));
                }
                results.add(pipeline.run(options.configure(r)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tasks", todo.stream().map(SuggestionTask::id).toList());
        List<Object> edges = new ArrayList<>();
        Map<String, Object> roles = new LinkedHashMap<>();
        List<Object> latents = new ArrayList<>();
        for (GraphSuggestion g : results) {
            if (g.request().task() == SuggestionTask.EDGES) {
                for (SuggestedEdge e : g.edges()) {
                    edges.add(SuggestionJson.edge(e));
                }
                out.put("graph", g.graph().toDagitty());
            }
            for (SuggestedRole r : g.roles()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) roles.computeIfAbsent(r.role().id(), k -> new ArrayList<>());
                list.add(SuggestionJson.role(r));
            }
            for (SuggestedLatent l : g.latents()) {
                latents.add(SuggestionJson.latent(l));
            }
        }
        out.put("edges", edges);
        for (SuggestionTask t : todo) {
            for (CausalRole role : rolesOf(t)) {
                roles.putIfAbsent(role.id(), List.of());
            }
        }
        out.put("roles", roles);
        out.put("latent_confounders", latents);
        SuggestionJson.common(out, results);
        return out;
    }

    private static List<CausalRole> rolesOf(SuggestionTask t) {
        return switch (t) {
            case CONFOUNDERS -> List.of(CausalRole.CONFOUNDER);
            case MEDIATORS -> List.of(CausalRole.MEDIATOR);
            case INSTRUMENTS -> List.of(CausalRole.INSTRUMENT);
            case NEGATIVE_CONTROLS -> List.of(CausalRole.NEGATIVE_CONTROL_EXPOSURE, CausalRole.NEGATIVE_CONTROL_OUTCOME);
            default -> List.of();
        };
    }

    private List<SuggestionTask> tasks() {
        List<String> named = Lists.split(tasks);
        if (named.isEmpty()) {
            return treatment == null ? List.of(SuggestionTask.EDGES)
                    : List.of(SuggestionTask.EDGES, SuggestionTask.CONFOUNDERS, SuggestionTask.MEDIATORS,
                            SuggestionTask.INSTRUMENTS, SuggestionTask.NEGATIVE_CONTROLS, SuggestionTask.LATENT_CONFOUNDERS);
        }
        List<SuggestionTask> out = new ArrayList<>();
        for (String n : named) {
            SuggestionTask t = SuggestionTask.fromId(n);
            if (t == SuggestionTask.CRITIQUE) {
                throw new UserInputException("task critique has its own command: causal critique --graph G ...");
            }
            if (t.needsTreatmentAndOutcome() && treatment == null) {
                throw new UserInputException("task " + t.id() + " needs --treatment and --outcome");
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    String renderText(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder();
        for (GraphSuggestion g : results) {
            sb.append(sb.length() == 0 ? "" : "\n\n").append(g.report().text());
        }
        return sb.toString();
    }
}
