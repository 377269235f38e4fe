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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.llm.EdgeAction;
import io.github.causal4j.llm.EdgeCritique;
import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggestion;
import io.github.causal4j.llm.SuggestedLatent;
import io.github.causal4j.llm.SuggestionRequest;
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
 * {@code causal critique}: a verdict (keep, remove, reverse) on every edge of a graph, edges to
 * add and missing confounders (each with a Cinelli–Hazlett benchmark scenario), voted over samples,
 * with the revised graph.
 */
@Command(name = "critique", mixinStandardHelpOptions = true,
        description = "Critique a causal graph with a language model or a knowledge file: keep, remove, reverse, add, missing confounders.")
final class CritiqueCommand extends JsonCommand {

    @Option(names = "--graph", paramLabel = "G", required = true, description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--variables", paramLabel = "vars.csv",
            description = "CSV name,description describing the graph's nodes (and variables that could be added).")
    Path variables;

    @Option(names = "--treatment", paramLabel = "X", description = "The treatment (default: the graph's [exposure]).")
    String treatment;

    @Option(names = "--outcome", paramLabel = "Y", description = "The outcome (default: the graph's [outcome]).")
    String outcome;

    @Mixin
    SuggestionOptions options;

    private GraphSuggestion result;

    @Override
    Map<String, Object> compute() {
        CausalGraph g = GraphSource.load(graph);
        if ((treatment == null) != (outcome == null)) {
            throw new UserInputException("give both --treatment and --outcome, or neither");
        }
        List<Variable> vars = variables == null ? nodeVariables(g) : SuggestionOptions.variables(variables);
        SuggestionRequest r = SuggestionRequest.critique(g, vars);
        if (treatment != null) {
            r = r.withTreatmentAndOutcome(treatment, outcome);
        }
        try (GraphSuggester s = options.open()) {
            result = options.pipeline(s).run(options.configure(r));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> verdicts = new ArrayList<>();
        List<Object> additions = new ArrayList<>();
        for (EdgeCritique c : result.critiques()) {
            (c.action() == EdgeAction.ADD ? additions : verdicts).add(SuggestionJson.critique(c));
        }
        out.put("verdicts", verdicts);
        out.put("additions", additions);
        List<Object> missing = new ArrayList<>();
        for (SuggestedLatent l : result.latents()) {
            missing.add(SuggestionJson.latent(l));
        }
        out.put("missing_confounders", missing);
        out.put("graph", result.graph().toDagitty());
        SuggestionJson.common(out, List.of(result));
        return out;
    }

    private static List<Variable> nodeVariables(CausalGraph g) {
        List<Variable> out = new ArrayList<>();
        for (String n : g.nodes()) {
            out.add(Variable.of(n));
        }
        return out;
    }

    @Override
    String renderText(Map<String, Object> r) {
        return result.report().text();
    }
}
