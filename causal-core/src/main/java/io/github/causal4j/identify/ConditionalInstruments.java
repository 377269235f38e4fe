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

import io.github.causal4j.graph.GraphIndex;
import io.github.causal4j.graph.NodeRole;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Conditional instrumental variables for the total effect of one treatment {@code x} on one
 * outcome {@code y} in an ADMG (latent nodes allowed), as dagitty's {@code instrumentalVariables()}.
 *
 * <p>Criterion (Henckel, Buttenschön &amp; Maathuis 2024, the complete graphical criterion for a
 * conditional instrument {@code (z, W)}; for a single {@code z} it is the conditional IV of Brito &amp;
 * Pearl 2002 extended to total effects): (1) neither {@code z} nor {@code W} contains a node of
 * {@code forb(x, y)} (the treatment, and descendants of nodes on causal paths); (2) {@code z} and
 * {@code x} are m-connected given {@code W}; (3) {@code z} and {@code y} are m-separated given
 * {@code W} in the graph without the first edges of the causal paths from {@code x}.
 *
 * <p>Construction (van der Zander, Textor &amp; Liśkiewicz 2015, IJCAI, "ancestral instruments";
 * dagitty's semantics): for each candidate {@code z}, {@code W} is the minimal separator of {@code y}
 * and {@code z} nearest to {@code y} in the augmented graph of {@code An(y, z)} (without the causal
 * edges of {@code x}), using allowed nodes only; {@code z} is reported when that {@code W} passes
 * the criterion. This is complete for ancestral instruments ({@code W ⊆ An(y, z)}): if any such
 * {@code W} works for {@code z}, the nearest one does. A candidate that works only with a
 * {@code W} outside {@code An(y, z)} (say, conditioning on a common child of {@code z} and
 * {@code x}) is not reported, as in dagitty; but whenever any conditional instrument exists, some
 * instrument is reported (van der Zander et al. 2015, Thm. 3.3). {@link #check} tests any given
 * {@code (z, W)} against the full criterion. Per candidate a few linear walks:
 * {@code O(V (V + E))} in all.
 */
public final class ConditionalInstruments {

    private ConditionalInstruments() {
    }

    /**
     * @param query one treatment, one outcome; must-exclude nodes are used neither as instruments nor
     *     in conditioning sets
     * @return every observed node that is a conditional instrument, with its conditioning set, in node order
     * @throws IllegalArgumentException for several treatments or outcomes, or must-include nodes
     */
    public static List<Instrument> find(AdjustmentQuery query) {
        Setting s = new Setting(query);
        List<Instrument> out = new ArrayList<>();
        for (int z = s.candidates.nextSetBit(0); z >= 0; z = s.candidates.nextSetBit(z + 1)) {
            BitSet w = s.nearestSeparator(z);
            if (w != null && s.connectedToTreatment(z, w)) {
                out.add(new Instrument(s.g.name(z), NodeSets.names(s.g, w)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Tests a given instrument and conditioning set against the criterion.
     *
     * @param query one treatment, one outcome
     * @param instrument the instrument {@code z}
     * @param conditioning the conditioning set {@code W}
     * @return the verdict, naming the condition that fails
     */
    public static InstrumentCheck check(AdjustmentQuery query, String instrument, Collection<String> conditioning) {
        Setting s = new Setting(query);
        GraphIndex g = s.g;
        int z = NodeSets.ids(g, List.of(instrument), "instrument").nextSetBit(0);
        BitSet w = NodeSets.ids(g, conditioning, "conditioning node");
        Instrument iv = new Instrument(instrument, NodeSets.names(g, w));
        BitSet zw = NodeSets.union(w, NodeSets.of(z));
        int clash = NodeSets.intersection(zw, NodeSets.union(s.paths.treatments, s.paths.outcomes)).nextSetBit(0);
        if (clash >= 0) {
            throw new IllegalArgumentException("node '" + g.name(clash) + "' is the treatment or the outcome");
        }
        if (w.get(z)) {
            throw new IllegalArgumentException("instrument '" + instrument + "' cannot be in its own conditioning set");
        }
        int latent = NodeSets.intersection(zw, NodeSets.withRole(g, NodeRole.LATENT)).nextSetBit(0);
        if (latent >= 0) {
            throw new IllegalArgumentException("node '" + g.name(latent) + "' is marked latent (unobserved)");
        }
        int forbidden = NodeSets.intersection(zw, s.paths.forbidden).nextSetBit(0);
        if (forbidden >= 0) {
            return new InstrumentCheck(iv, false, "'" + g.name(forbidden)
                    + "' descends from a node on a causal path from the treatment to the outcome");
        }
        if (!s.connectedToTreatment(z, w)) {
            return new InstrumentCheck(iv, false, "the instrument is independent of the treatment given the conditioning set");
        }
        MixedGraphWalk open = s.paths.backDoorGraphWalk(g).conditioned(w).colliderOpenAt(g.ancestors(w))
                .stopAt(s.paths.outcomes).recordPaths().run(NodeSets.of(z));
        if (open.hit()) {
            return new InstrumentCheck(iv, false, "the path " + open.pathTo(open.hitState(), NodeSets.of(z)).render(g)
                    + " joins the instrument to the outcome other than through the treatment");
        }
        return new InstrumentCheck(iv, true, "no forbidden node, connected to the treatment, and separated from the"
                + " outcome once the treatment's causal edges are removed");
    }

    /** The graph, causal structure and candidate sets of one query. */
    private static final class Setting {
        final GraphIndex g;
        final ProperCausalPaths paths;
        final BitSet allowed;
        final BitSet candidates;

        Setting(AdjustmentQuery q) {
            if (q.treatments().size() != 1 || q.outcomes().size() != 1) {
                throw new IllegalArgumentException("instruments are found for one treatment and one outcome, got "
                        + q.treatments() + " and " + q.outcomes());
            }
            if (!q.mustInclude().isEmpty()) {
                throw new IllegalArgumentException("instrument search takes no must-include nodes, got " + q.mustInclude());
            }
            g = q.graph().index();
            paths = ProperCausalPaths.of(g, q.treatmentIds(), q.outcomeIds());
            allowed = q.allowedIds(paths);
            candidates = allowed;
        }

        /** The minimal y-z separator nearest to y among allowed nodes, in the augmented graph of An(y, z) without x's causal edges. */
        BitSet nearestSeparator(int z) {
            BitSet zs = NodeSets.of(z);
            BitSet ends = NodeSets.union(paths.outcomes, zs);
            BitSet region = paths.backDoorGraphWalk(g).parentsOnly().run(ends).reached();
            region.or(ends);
            BitSet usable = NodeSets.intersection(allowed, region);
            usable.clear(z);
            MixedGraphWalk fromY = paths.backDoorGraphWalk(g).region(region).collidersAlwaysOpen().conditioned(usable)
                    .stopAt(zs).run(paths.outcomes);
            if (fromY.hit()) {
                return null;
            }
            BitSet frontier = NodeSets.intersection(fromY.reached(), usable);
            BitSet w = paths.backDoorGraphWalk(g).region(region).collidersAlwaysOpen().conditioned(frontier).run(zs).reached();
            w.and(frontier);
            return w;
        }

        /** z and x m-connected given w in the graph itself. */
        boolean connectedToTreatment(int z, BitSet w) {
            return new MixedGraphWalk(g).conditioned(w).colliderOpenAt(g.ancestors(w)).stopAt(paths.treatments)
                    .run(NodeSets.of(z)).hit();
        }
    }
}
