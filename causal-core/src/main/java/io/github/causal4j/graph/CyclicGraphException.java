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

import io.github.causal4j.CausalException;
import java.util.List;

/** A set of directed edges that closes a cycle; causal graphs must be acyclic. */
public class CyclicGraphException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** The nodes of one directed cycle, in edge order (serialized with the exception). */
    private final List<String> cycle;

    /** @param cycle the nodes of one directed cycle, in order (the first node is not repeated) */
    public CyclicGraphException(List<String> cycle) {
        super("the graph has a directed cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
        this.cycle = List.copyOf(cycle);
    }

    /** @return the nodes of one directed cycle, in edge order */
    public List<String> cycle() {
        return cycle;
    }
}
