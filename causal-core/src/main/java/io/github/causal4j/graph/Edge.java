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

import java.util.Objects;

/**
 * An edge of a {@link CausalGraph}. For a {@link EdgeType#BIDIRECTED} edge the two ends are
 * interchangeable; graphs report them with {@code from} before {@code to} in node order.
 *
 * @param from the tail of a directed edge, or one end of a bidirected edge
 * @param to the head of a directed edge, or the other end of a bidirected edge
 * @param type directed or bidirected
 */
public record Edge(String from, String to, EdgeType type) {

    /** Validates the edge: no nulls, no self-loops. */
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        if (from.equals(to)) {
            throw new IllegalArgumentException("self-loop on '" + from + "': an edge needs two distinct nodes");
        }
    }

    /**
     * @param from cause
     * @param to effect
     * @return the edge {@code from -> to}
     */
    public static Edge directed(String from, String to) {
        return new Edge(from, to, EdgeType.DIRECTED);
    }

    /**
     * @param a one end
     * @param b the other end
     * @return the edge {@code a <-> b}
     */
    public static Edge bidirected(String a, String b) {
        return new Edge(a, b, EdgeType.BIDIRECTED);
    }

    /** @return the edge in dagitty syntax, e.g. {@code a -> b} */
    @Override
    public String toString() {
        return from + (type == EdgeType.DIRECTED ? " -> " : " <-> ") + to;
    }
}
