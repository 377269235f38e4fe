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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.identify.Assignments;
import io.github.causal4j.identify.CausalQuery;
import io.github.causal4j.identify.DiscreteData;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.IdResult;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.InterventionalProbability;
import io.github.causal4j.identify.PluginEvaluation;
import io.github.causal4j.identify.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code causal identify}: every identification strategy for P(Y | do(X)) [given Z], the one
 * recommended and why; with {@code --data ... --evaluate ... --do ...} also the plug-in value of
 * the identified formula on discrete data.
 */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Identify P(Y | do(X)) [given Z]: back-door, front-door, ID formula, instruments, proxies.")
final class IdentifyCommand extends BatchableCommand {

    @Option(names = "--graph", paramLabel = "G", description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--treatment", paramLabel = "X", split = ",", description = "Treatments (default: the graph's [exposure] nodes).")
    List<String> treatment;

    @Option(names = "--outcome", paramLabel = "Y", split = ",", description = "Outcomes (default: the graph's [outcome] nodes).")
    List<String> outcome;

    @Option(names = "--conditional", paramLabel = "Z", split = ",", description = "Condition on Z: P(Y | do(X), Z).")
    List<String> conditional;

    @Option(names = "--data", paramLabel = "F.csv", description = "Discrete data to evaluate the formula on.")
    Path data;

    @Option(names = "--weight", paramLabel = "COL", description = "Column of counts or probabilities for --data.")
    String weight;

    @Option(names = "--evaluate", paramLabel = "y=1", description = "Outcome values, e.g. \"y=1\".")
    String evaluate;

    @Option(names = "--do", paramLabel = "x=0", description = "Intervention values, e.g. \"x=0\".")
    String doValues;

    @Option(names = "--given", paramLabel = "z=1", description = "Conditioning values, e.g. \"z=1\".")
    String given;

    @Override
    Supplier<IdentifyCommand> factory() {
        return IdentifyCommand::new;
    }

    @Override
    Map<String, Object> compute() {
        CausalGraph g = GraphSource.load(graph);
        Map<String, Object> out = new LinkedHashMap<>();
        if (evaluate != null || doValues != null) {
            evaluateFormula(g, out);
            return out;
        }
        CausalQuery query = new CausalQuery(List.copyOf(GraphRoles.outcomes(g, outcome)),
                List.copyOf(GraphRoles.treatments(g, treatment)), Lists.split(conditional));
        Identification id = Identification.of(g, query);
        out.put("query", query.toText());
        out.put("identifiable", id.identifiable());
        out.put("recommended", id.recommended().map(Strategy::kind).orElse(null));
        out.put("reason", id.reason());
        out.put("estimand", id.recommended().map(s -> s.estimand().toText()).orElse(null));
        out.put("estimand_latex", id.recommended().map(s -> s.estimand().toLatex()).orElse(null));
        List<Map<String, Object>> strategies = new ArrayList<>();
        for (Strategy s : id.strategies()) {
            strategies.add(describe(s));
        }
        out.put("strategies", strategies);
        if (id.idResult() instanceof IdResult.NotIdentified n) {
            Map<String, Object> hedge = new LinkedHashMap<>();
            hedge.put("f", n.hedge().f());
            hedge.put("f_prime", n.hedge().fPrime());
            out.put("hedge", hedge);
        }
        return out;
    }

    private static Map<String, Object> describe(Strategy s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind());
        m.put("estimand", s.estimand().toText());
        m.put("latex", s.estimand().toLatex());
        m.put("nonparametric", s.nonparametric());
        if (!s.assumptions().isEmpty()) {
            m.put("assumptions", s.assumptions());
        }
        Estimand e = s.estimand();
        if (e instanceof Estimand.Backdoor b) {
            m.put("adjustment_set", GraphRoles.sorted(Set.copyOf(b.adjustment())));
        } else if (e instanceof Estimand.Frontdoor f) {
            m.put("mediators", GraphRoles.sorted(Set.copyOf(f.mediators())));
        } else if (e instanceof Estimand.Instrumental iv) {
            m.put("instrument", iv.instrument());
            m.put("conditioning", GraphRoles.sorted(Set.copyOf(iv.conditioning())));
        } else if (e instanceof Estimand.Proximal p) {
            m.put("treatment_proxies", p.treatmentProxies());
            m.put("outcome_proxies", p.outcomeProxies());
            m.put("covariates", p.covariates());
        }
        if (!s.alternatives().isEmpty()) {
            List<List<String>> alternatives = new ArrayList<>();
            for (Set<String> set : s.alternatives()) {
                alternatives.add(GraphRoles.sorted(set));
            }
            m.put("alternatives", alternatives);
            m.put("alternatives_complete", s.alternativesComplete());
        }
        return m;
    }

    private void evaluateFormula(CausalGraph g, Map<String, Object> out) {
        if (data == null || evaluate == null || doValues == null) {
            throw new UserInputException("plug-in evaluation needs --data, --evaluate (e.g. \"y=1\") and --do (e.g. \"x=0\")");
        }
        Dataset dataset = Dataset.readCsv(data);
        DiscreteData discrete = weight == null ? DiscreteData.of(dataset) : DiscreteData.weighted(dataset, weight);
        InterventionalProbability p = PluginEvaluation.evaluate(g, discrete, Assignments.parse(evaluate),
                Assignments.parse(doValues), given == null ? Map.of() : Assignments.parse(given));
        out.put("query", p.estimand().query().toText());
        out.put("identifiable", true);
        out.put("event", p.event());
        out.put("value", p.value());
        out.put("estimand", p.estimand().toText());
        out.put("estimand_latex", p.estimand().toLatex());
    }

    @Override
    @SuppressWarnings("unchecked")
    String renderText(Map<String, Object> r) {
        if (r.containsKey("value")) {
            return r.get("event") + " = " + r.get("value") + "\n  by " + r.get("estimand");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(r.get("query")).append((Boolean) r.get("identifiable") ? " is identifiable" : " is not identifiable from the graph")
                .append('\n');
        for (Map<String, Object> s : (List<Map<String, Object>>) r.get("strategies")) {
            sb.append("  ").append(s.get("kind")).append(": ").append(s.get("estimand"));
            if (s.containsKey("assumptions")) {
                sb.append("\n      needs ").append(s.get("assumptions"));
            }
            sb.append('\n');
        }
        sb.append("recommended: ").append(r.get("recommended") == null ? "none" : r.get("recommended")).append('\n')
                .append("  ").append(r.get("reason"));
        return sb.toString();
    }
}
