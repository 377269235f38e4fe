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
package io.github.causal4j.llm;

/** Why data put a suggested edge in doubt; details are in {@link GraphSuggestion#dataChecks()}. */
public enum DataFlag {
    /**
     * The edge points into a node whose local Markov statement the data reject: the graph claims
     * that node is independent of a non-adjacent earlier node given its Markov blanket among earlier
     * nodes (its parents, in a DAG), and a partial-correlation test says otherwise. The parent set,
     * hence this edge's place in it, is in doubt (or an edge is missing).
     */
    IMPLIED_INDEPENDENCE_REJECTED,
    /** The data do not reject independence of the edge's ends given the head's other parents: the edge lacks support. */
    NOT_SUPPORTED_BY_DATA
}
