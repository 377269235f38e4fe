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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code causal dsep}: is X d-separated from Y given Z in the graph? */
@Command(name = "dsep", mixinStandardHelpOptions = true,
        description = "Test d-separation (m-separation for graphs with <-> edges): X _||_ Y | Z.")
final class DsepCommand extends BatchableCommand {

    @Option(names = "--graph", paramLabel = "G", description = "dagitty text or a .dagitty/.dot file.")
    String graph;

    @Option(names = "--x", paramLabel = "A,B", split = ",", description = "First node set.")
    List<String> x;

    @Option(names = "--y", paramLabel = "C", split = ",", description = "Second node set.")
    List<String> y;

    @Option(names = "--given", paramLabel = "D", split = ",", description = "Conditioning set (default: empty).")
    List<String> given;

    @Override
    Supplier<DsepCommand> factory() {
        return DsepCommand::new;
    }

    @Override
    Map<String, Object> compute() {
        CausalGraph g = GraphSource.load(graph);
        List<String> xs = Lists.split(x);
        List<String> ys = Lists.split(y);
        List<String> zs = Lists.split(given);
        if (xs.isEmpty() || ys.isEmpty()) {
            throw new UserInputException("--x and --y must each name at least one node");
        }
        boolean separated = g.isDSeparated(xs, ys, zs);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("separated", separated);
        out.put("x", xs);
        out.put("y", ys);
        out.put("given", zs);
        return out;
    }

    @Override
    String renderText(Map<String, Object> r) {
        @SuppressWarnings("unchecked")
        List<String> zs = (List<String>) r.get("given");
        String statement = String.join(", ", asList(r.get("x"))) + " _||_ " + String.join(", ", asList(r.get("y")))
                + (zs.isEmpty() ? "" : " | " + String.join(", ", zs));
        return statement + ": " + ((Boolean) r.get("separated") ? "d-separated" : "d-connected (not separated)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object o) {
        return (List<String>) o;
    }
}
