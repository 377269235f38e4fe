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
