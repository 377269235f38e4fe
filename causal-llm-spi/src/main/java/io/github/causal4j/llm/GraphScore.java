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

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How a proposed graph compares with a ground-truth DAG, both read as sets of directed edges
 * among the truth's nodes (latent nodes and bidirected edges of the proposal are ignored): the
 * measures of the causal-discovery literature (Tsamardinos, Brown &amp; Aliferis 2006 for the
 * structural Hamming distance) as datasets/llm-eval/README.md defines them.
 *
 * <ul>
 * <li>precision {@code = TP / |P|}, recall {@code = TP / |T|}, with TP the edges in both with the same direction;</li>
 * <li>skeleton precision and recall: the same ignoring direction;</li>
 * <li>orientation accuracy: among proposed edges whose pair is adjacent in T, the share pointing the right way;</li>
 * <li>SHD: edge insertions, deletions and reversals turning P into T, a reversal counting once, i.e.
 *     the number of node pairs whose state (no edge, one direction, the other) differs.</li>
 * </ul>
 * Ratios with an empty denominator are empty, never {@code NaN}.
 *
 * @param truthEdges |T|
 * @param proposedEdges |P|
 * @param truePositives directed edges in both
 * @param reversed proposed edges whose reverse is in T
 * @param shd structural Hamming distance
 */
public record GraphScore(int truthEdges, int proposedEdges, int truePositives, int reversed, int shd) {

    /** Validates the counts. */
    public GraphScore {
        if (truthEdges < 0 || proposedEdges < 0 || truePositives < 0 || reversed < 0 || shd < 0
                || truePositives + reversed > proposedEdges || truePositives > truthEdges) {
            throw new IllegalArgumentException("inconsistent counts: |T| " + truthEdges + ", |P| " + proposedEdges + ", TP "
                    + truePositives + ", reversed " + reversed + ", SHD " + shd);
        }
    }

    /**
     * @param proposed a proposed graph; its measured nodes must be nodes of the truth
     * @param truth the ground-truth DAG
     * @return the score
     * @throws IllegalArgumentException naming a proposed node the truth lacks, or if the truth has bidirected edges
     */
    public static GraphScore of(CausalGraph proposed, CausalGraph truth) {
        if (!truth.isDag()) {
            throw new IllegalArgumentException("the ground truth must be a DAG; it has bidirected edges");
        }
        List<String> unknown = new ArrayList<>();
        for (String n : proposed.nodes()) {
            if (!proposed.hasRole(n, NodeRole.LATENT) && !truth.contains(n)) {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("proposed nodes " + unknown + " are not in the ground truth");
        }
        Set<List<String>> t = directed(truth, truth);
        Set<List<String>> p = directed(proposed, truth);
        int tp = 0;
        int rev = 0;
        for (List<String> e : p) {
            if (t.contains(e)) {
                tp++;
            } else if (t.contains(List.of(e.get(1), e.get(0)))) {
                rev++;
            }
        }
        // Pairs differing: every proposed edge not in T (extra or reversed) plus every truth edge whose pair P leaves empty.
        int shd = p.size() - tp;
        for (List<String> e : t) {
            if (!p.contains(e) && !p.contains(List.of(e.get(1), e.get(0)))) {
                shd++;
            }
        }
        return new GraphScore(t.size(), p.size(), tp, rev, shd);
    }

    private static Set<List<String>> directed(CausalGraph g, CausalGraph truth) {
        Set<List<String>> out = new HashSet<>();
        for (Edge e : g.edges()) {
            if (e.type() == EdgeType.DIRECTED && truth.contains(e.from()) && truth.contains(e.to())
                    && !g.hasRole(e.from(), NodeRole.LATENT) && !g.hasRole(e.to(), NodeRole.LATENT)) {
                out.add(List.of(e.from(), e.to()));
            }
        }
        return out;
    }

    private static OptionalDouble ratio(int num, int den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }

    /** @return TP / |P|, empty when nothing was proposed */
    public OptionalDouble precision() {
        return ratio(truePositives, proposedEdges);
    }

    /** @return TP / |T|, empty when the truth has no edge */
    public OptionalDouble recall() {
        return ratio(truePositives, truthEdges);
    }

    /** @return the harmonic mean of precision and recall, {@code 2 TP / (|P| + |T|)}, empty when both graphs have no edge */
    public OptionalDouble f1() {
        return ratio(2 * truePositives, proposedEdges + truthEdges);
    }

    /** @return (TP + reversed) / |P|: proposed pairs adjacent in the truth */
    public OptionalDouble skeletonPrecision() {
        return ratio(truePositives + reversed, proposedEdges);
    }

    /** @return (TP + reversed) / |T|: truth pairs the proposal makes adjacent */
    public OptionalDouble skeletonRecall() {
        return ratio(truePositives + reversed, truthEdges);
    }

    /** @return TP / (TP + reversed): of the proposed edges on true adjacencies, the share pointing the right way */
    public OptionalDouble orientationAccuracy() {
        return ratio(truePositives, truePositives + reversed);
    }

    /** @return SHD / |T|, for comparing networks of different size */
    public OptionalDouble normalizedShd() {
        return ratio(shd, truthEdges);
    }

    /** @return e.g. {@code GraphScore[SHD 3 (0.38), precision 0.83, recall 0.63, orientation 0.83]} */
    @Override
    public String toString() {
        return "GraphScore[SHD " + shd + " (" + fmt(normalizedShd()) + "), precision " + fmt(precision()) + ", recall "
                + fmt(recall()) + ", orientation " + fmt(orientationAccuracy()) + "]";
    }

    static String fmt(OptionalDouble d) {
        return d.isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", d.getAsDouble()) : "n/a";
    }
}
