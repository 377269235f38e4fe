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

import java.util.List;
import java.util.Objects;

/**
 * Why a set fails the generalized adjustment criterion (Perković et al. 2018, Def. 4.1): either
 * it contains a forbidden node, or a path from a treatment to an outcome stays open in the proper
 * back-door graph.
 */
public sealed interface AdjustmentViolation permits AdjustmentViolation.ForbiddenNode, AdjustmentViolation.OpenPath {

    /** @return one sentence saying what is wrong */
    String describe();

    /**
     * The set contains a node of {@code forb(X,Y)}: a descendant of a node on a proper causal path
     * (adjusting for it blocks part of the effect or opens a collider path).
     *
     * @param node the forbidden node in the set
     * @param causalPath a proper causal path through an ancestor of {@code node} (or {@code node} itself),
     *     from a treatment to an outcome
     * @param rendered the causal path in dagitty notation
     */
    record ForbiddenNode(String node, List<String> causalPath, String rendered) implements AdjustmentViolation {

        /** Copies the path. */
        public ForbiddenNode {
            Objects.requireNonNull(node, "node");
            causalPath = List.copyOf(causalPath);
            Objects.requireNonNull(rendered, "rendered");
        }

        @Override
        public String describe() {
            return causalPath.contains(node)
                    ? "'" + node + "' lies on the causal path " + rendered + " and must not be adjusted for"
                    : "'" + node + "' descends from the causal path " + rendered + " and must not be adjusted for";
        }
    }

    /**
     * A path between a treatment and an outcome that the set leaves open in the proper back-door
     * graph (every such path is non-causal: the first edge of each proper causal path is removed).
     *
     * @param path the nodes, from a treatment to an outcome
     * @param rendered the path in dagitty notation, e.g. {@code x <- a -> y}
     */
    record OpenPath(List<String> path, String rendered) implements AdjustmentViolation {

        /** Copies the path. */
        public OpenPath {
            path = List.copyOf(path);
            Objects.requireNonNull(rendered, "rendered");
        }

        @Override
        public String describe() {
            return "the non-causal path " + rendered + " stays open";
        }
    }
}
