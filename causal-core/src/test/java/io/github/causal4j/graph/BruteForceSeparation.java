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
package io.github.causal4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * m-separation by its definition, written independently of the library's reachability code:
 * enumerate every simple path between x and y over the edges (a -> b and a <-> b are different
 * edges), and call it open when each collider has a descendant in Z and no non-collider is in Z.
 * Exponential; for graphs of about ten nodes.
 */
final class BruteForceSeparation {

    private record Step(String from, String to, boolean arrowheadAtFrom, boolean arrowheadAtTo) {
    }

    private final List<Edge> edges;
    private final List<String> nodes;

    BruteForceSeparation(CausalGraph g) {
        this.edges = g.edges();
        this.nodes = g.nodes();
    }

    boolean separated(Collection<String> x, Collection<String> y, Collection<String> z) {
        Set<String> ancestorsOfZ = new HashSet<>();
        for (String v : nodes) {
            if (hasDescendantIn(v, z)) {
                ancestorsOfZ.add(v);
            }
        }
        for (String a : x) {
            for (String b : y) {
                if (openPathExists(a, b, new HashSet<>(Set.of(a)), null, z, ancestorsOfZ)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean openPathExists(String current, String target, Set<String> visited, Step arrivedBy,
            Collection<String> z, Set<String> ancestorsOfZ) {
        for (Step step : stepsFrom(current)) {
            if (visited.contains(step.to)) {
                continue;
            }
            if (arrivedBy != null) {
                boolean collider = arrivedBy.arrowheadAtTo && step.arrowheadAtFrom;
                boolean open = collider ? ancestorsOfZ.contains(current) : !z.contains(current);
                if (!open) {
                    continue;
                }
            }
            if (step.to.equals(target)) {
                return true;
            }
            visited.add(step.to);
            if (openPathExists(step.to, target, visited, step, z, ancestorsOfZ)) {
                return true;
            }
            visited.remove(step.to);
        }
        return false;
    }

    private List<Step> stepsFrom(String v) {
        List<Step> out = new ArrayList<>();
        for (Edge e : edges) {
            boolean bidirected = e.type() == EdgeType.BIDIRECTED;
            if (e.from().equals(v)) {
                out.add(new Step(v, e.to(), bidirected, true));
            } else if (e.to().equals(v)) {
                out.add(new Step(v, e.from(), true, bidirected));
            }
        }
        return out;
    }

    /** Whether v is in z or has a directed path into z. */
    boolean hasDescendantIn(String v, Collection<String> z) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(v));
        while (!stack.isEmpty()) {
            String w = stack.remove(stack.size() - 1);
            if (z.contains(w)) {
                return true;
            }
            if (seen.add(w)) {
                for (Edge e : edges) {
                    if (e.type() == EdgeType.DIRECTED && e.from().equals(w)) {
                        stack.add(e.to());
                    }
                }
            }
        }
        return false;
    }
}
