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
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.ConditionalInstruments;
import io.github.causal4j.identify.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code causal instruments}: conditional instrumental variables for X -> Y, each with its conditioning set (as dagitty). */
@Command(name = "instruments", mixinStandardHelpOptions = true,
        description = "Conditional instrumental variables for the effect of X on Y, each with its conditioning set.")
final class InstrumentsCommand extends BatchableCommand {

    @Option(names = "--graph", paramLabel = "G", description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--treatment", paramLabel = "X", split = ",", description = "The treatment (default: the graph's [exposure] node).")
    List<String> treatment;

    @Option(names = "--outcome", paramLabel = "Y", split = ",", description = "The outcome (default: the graph's [outcome] node).")
    List<String> outcome;

    @Option(names = "--exclude", paramLabel = "E", split = ",", description = "Nodes used neither as instruments nor for conditioning.")
    List<String> exclude;

    @Override
    Supplier<InstrumentsCommand> factory() {
        return InstrumentsCommand::new;
    }

    @Override
    Map<String, Object> compute() {
        CausalGraph g = GraphSource.load(graph);
        AdjustmentQuery q = AdjustmentQuery.of(g, GraphRoles.treatments(g, treatment), GraphRoles.outcomes(g, outcome))
                .withMustExclude(Lists.split(exclude));
        List<Map<String, Object>> found = new ArrayList<>();
        for (Instrument iv : ConditionalInstruments.find(q)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instrument", iv.instrument());
            m.put("conditioning", GraphRoles.sorted(iv.conditioning()));
            found.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("treatment", q.treatments().iterator().next());
        out.put("outcome", q.outcomes().iterator().next());
        out.put("instruments", found);
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    String renderText(Map<String, Object> r) {
        List<Map<String, Object>> ivs = (List<Map<String, Object>>) r.get("instruments");
        if (ivs.isEmpty()) {
            return "no instrument for " + r.get("treatment") + " -> " + r.get("outcome");
        }
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> iv : ivs) {
            List<String> w = (List<String>) iv.get("conditioning");
            sb.append(iv.get("instrument")).append(w.isEmpty() ? "" : " | " + String.join(", ", w)).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
