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
import io.github.causal4j.identify.AdjustmentCheck;
import io.github.causal4j.identify.AdjustmentCriterion;
import io.github.causal4j.identify.AdjustmentQuery;
import io.github.causal4j.identify.AdjustmentSetList;
import io.github.causal4j.identify.AdjustmentSets;
import io.github.causal4j.identify.AdjustmentViolation;
import io.github.causal4j.identify.OptimalAdjustment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code causal adjustment-sets}: covariate adjustment sets for the effect of X on Y (generalized
 * adjustment criterion), or the verdict on one set with {@code --check}.
 */
@Command(name = "adjustment-sets", mixinStandardHelpOptions = true,
        description = {"Covariate adjustment sets for the effect of X on Y (DAGs and ADMGs; latent nodes never enter a set).",
            "Nodes marked [adjusted] in the graph are forced into every set, as in dagitty."})
final class AdjustmentSetsCommand extends BatchableCommand {

    /** What to list. */
    enum Type { ALL, MINIMAL, CANONICAL, OPTIMAL }

    @Option(names = "--graph", paramLabel = "G", description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--treatment", paramLabel = "X", split = ",", description = "Treatments (default: the graph's [exposure] nodes).")
    List<String> treatment;

    @Option(names = "--outcome", paramLabel = "Y", split = ",", description = "Outcomes (default: the graph's [outcome] nodes).")
    List<String> outcome;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "minimal",
            description = "all, minimal, canonical or optimal (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--check", paramLabel = "Z1,Z2", split = ",",
            description = "Test this set instead of listing sets (--check \"\" tests the empty set).")
    List<String> check;

    @Option(names = "--include", paramLabel = "I", split = ",", description = "Nodes every set must contain.")
    List<String> include;

    @Option(names = "--exclude", paramLabel = "E", split = ",", description = "Nodes no set may contain.")
    List<String> exclude;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "List at most N sets for --type all/minimal (default: ${DEFAULT-VALUE}); 'complete' says whether that was all.")
    int limit;

    @Override
    Supplier<AdjustmentSetsCommand> factory() {
        return AdjustmentSetsCommand::new;
    }

    @Override
    Map<String, Object> compute() {
        CausalGraph g = GraphSource.load(graph);
        Set<String> forced = new LinkedHashSet<>(g.adjusted());
        forced.addAll(Lists.split(include));
        AdjustmentQuery q = AdjustmentQuery.of(g, GraphRoles.treatments(g, treatment), GraphRoles.outcomes(g, outcome))
                .withMustInclude(forced).withMustExclude(Lists.split(exclude));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("treatment", GraphRoles.sorted(q.treatments()));
        out.put("outcome", GraphRoles.sorted(q.outcomes()));
        if (check != null) {
            AdjustmentCheck c = AdjustmentCriterion.check(q, Lists.split(check));
            out.put("set", GraphRoles.sorted(c.set()));
            out.put("valid", c.valid());
            out.put("reason", c.reason());
            c.violation().ifPresent(v -> {
                if (v instanceof AdjustmentViolation.OpenPath p) {
                    out.put("open_path", p.path());
                } else if (v instanceof AdjustmentViolation.ForbiddenNode f) {
                    out.put("forbidden_node", f.node());
                    out.put("causal_path", f.causalPath());
                }
            });
            return out;
        }
        Type t = parseType();
        if (limit < 0) {
            throw new UserInputException("--limit must be >= 0, got " + limit);
        }
        out.put("type", t.name().toLowerCase(Locale.ROOT));
        List<Set<String>> sets;
        boolean complete = true;
        switch (t) {
            case ALL, MINIMAL -> {
                AdjustmentSetList l = t == Type.ALL ? AdjustmentSets.validSets(q, limit) : AdjustmentSets.minimalSets(q, limit);
                sets = l.sets();
                complete = l.complete();
            }
            case CANONICAL -> sets = AdjustmentSets.canonical(q).map(List::of).orElse(List.of());
            default -> {
                OptimalAdjustment o = AdjustmentSets.optimal(q);
                sets = o.set().map(List::of).orElse(List.of());
                out.put("reason", o.reason());
            }
        }
        out.put("sets", sortedSets(sets));
        out.put("complete", complete);
        if (sets.isEmpty() && complete && t != Type.OPTIMAL) {
            out.put("reason", "no valid adjustment set exists: " + AdjustmentSets.canonicalCheck(q).reason());
        }
        return out;
    }

    private Type parseType() {
        try {
            return Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--type must be all, minimal, canonical or optimal, got '" + type + "'");
        }
    }

    /** Each set sorted; the sets ordered by size, then lexicographically. */
    static List<List<String>> sortedSets(List<Set<String>> sets) {
        List<List<String>> out = new ArrayList<>();
        for (Set<String> s : sets) {
            out.add(GraphRoles.sorted(s));
        }
        out.sort(Comparator.<List<String>>comparingInt(List::size).thenComparing(l -> String.join("\u0000", l)));
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    String renderText(Map<String, Object> r) {
        String effect = String.join(", ", (List<String>) r.get("treatment")) + " -> " + String.join(", ", (List<String>) r.get("outcome"));
        if (r.containsKey("valid")) {
            return "{" + String.join(", ", (List<String>) r.get("set")) + "} is " + ((Boolean) r.get("valid") ? "" : "not ")
                    + "a valid adjustment set for " + effect + ": " + r.get("reason");
        }
        StringBuilder sb = new StringBuilder();
        List<List<String>> sets = (List<List<String>>) r.get("sets");
        for (List<String> s : sets) {
            sb.append("{ ").append(String.join(", ", s)).append(" }\n");
        }
        if (sets.isEmpty()) {
            sb.append(r.containsKey("reason") ? r.get("reason") : "no adjustment set").append('\n');
        }
        if (!(Boolean) r.get("complete")) {
            sb.append("(stopped at --limit; more sets exist)\n");
        }
        return sb.toString().stripTrailing();
    }
}
