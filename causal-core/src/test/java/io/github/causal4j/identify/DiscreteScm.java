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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.CausalGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small discrete structural causal model with latent confounders, for brute-force checks:
 * observed variables v0..v(n-1) with 2 or 3 values, latent roots u0.. with 2 or 3 values, each
 * feeding two or three observed variables, and strictly positive random conditional probability
 * tables. Distributions are computed exactly by enumerating every configuration (truncated
 * factorisation for interventions), independently of the ID algorithm.
 */
final class DiscreteScm {

    final int n;
    final int[] card;
    final int[][] parents;
    final int[][] latentParents;
    final int[] latentCard;
    final double[][] latentPrior;
    /** cpt[v][parentConfig * card[v] + value]. */
    final double[][] cpt;
    final CausalGraph graph;
    final String[] names;

    DiscreteScm(int n, int[] card, int[][] parents, int[][] latentParents, int[] latentCard,
            double[][] latentPrior, double[][] cpt) {
        this(defaultNames(n), card, parents, latentParents, latentCard, latentPrior, cpt);
    }

    private static String[] defaultNames(int n) {
        String[] out = new String[n];
        for (int v = 0; v < n; v++) {
            out[v] = name(v);
        }
        return out;
    }

    DiscreteScm(String[] names, int[] card, int[][] parents, int[][] latentParents, int[] latentCard,
            double[][] latentPrior, double[][] cpt) {
        int n = names.length;
        this.names = names.clone();
        this.n = n;
        this.card = card;
        this.parents = parents;
        this.latentParents = latentParents;
        this.latentCard = latentCard;
        this.latentPrior = latentPrior;
        this.cpt = cpt;
        CausalGraph.Builder b = CausalGraph.builder();
        for (int v = 0; v < n; v++) {
            b.node(names[v]);
        }
        for (int v = 0; v < n; v++) {
            for (int p : parents[v]) {
                b.edge(names[p], names[v]);
            }
        }
        for (int l = 0; l < latentCard.length; l++) {
            b.latent("u" + l);
        }
        for (int v = 0; v < n; v++) {
            for (int l : latentParents[v]) {
                b.edge("u" + l, names[v]);
            }
        }
        this.graph = b.build();
    }

    static String name(int v) {
        return "v" + v;
    }

    /** A random model: {@code n} observed nodes, edge probability {@code pEdge}, up to {@code maxLatents} confounders. */
    static DiscreteScm random(Random random, int n, double pEdge, int maxLatents) {
        int[] card = new int[n];
        for (int v = 0; v < n; v++) {
            card[v] = 2 + random.nextInt(2);
        }
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            order.add(v);
        }
        Collections.shuffle(order, random);
        List<List<Integer>> pa = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            pa.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < pEdge) {
                    pa.get(order.get(j)).add(order.get(i));
                }
            }
        }
        int latents = random.nextInt(maxLatents + 1);
        int[] latentCard = new int[latents];
        double[][] prior = new double[latents][];
        List<List<Integer>> lpa = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            lpa.add(new ArrayList<>());
        }
        for (int l = 0; l < latents; l++) {
            latentCard[l] = 2 + random.nextInt(2);
            prior[l] = distribution(random, latentCard[l]);
            List<Integer> nodes = new ArrayList<>(order);
            Collections.shuffle(nodes, random);
            int fan = 2 + random.nextInt(Math.min(2, n - 1));
            for (int k = 0; k < fan; k++) {
                lpa.get(nodes.get(k)).add(l);
            }
        }
        int[][] parents = new int[n][];
        int[][] latentParents = new int[n][];
        double[][] cpt = new double[n][];
        for (int v = 0; v < n; v++) {
            parents[v] = pa.get(v).stream().mapToInt(Integer::intValue).toArray();
            latentParents[v] = lpa.get(v).stream().mapToInt(Integer::intValue).toArray();
            int configs = 1;
            for (int p : parents[v]) {
                configs *= card[p];
            }
            for (int l : latentParents[v]) {
                configs *= latentCard[l];
            }
            cpt[v] = new double[configs * card[v]];
            for (int c = 0; c < configs; c++) {
                double[] d = distribution(random, card[v]);
                System.arraycopy(d, 0, cpt[v], c * card[v], card[v]);
            }
        }
        return new DiscreteScm(n, card, parents, latentParents, latentCard, prior, cpt);
    }

    /**
     * A random model on a given graph: its observed nodes, directed edges among them, and one
     * binary or ternary latent root per bidirected edge (and per latent node of the graph, which
     * must be a root).
     */
    static DiscreteScm onGraph(CausalGraph graph, Random random) {
        List<String> observed = new ArrayList<>();
        List<String> latentNodes = new ArrayList<>();
        for (String v : graph.nodes()) {
            (graph.latents().contains(v) ? latentNodes : observed).add(v);
        }
        int n = observed.size();
        List<List<Integer>> latentChildren = new ArrayList<>();
        for (String u : latentNodes) {
            if (!graph.parents(u).isEmpty()) {
                throw new IllegalArgumentException("latent " + u + " must be a root");
            }
            List<Integer> ch = new ArrayList<>();
            for (String c : graph.children(u)) {
                ch.add(observed.indexOf(c));
            }
            latentChildren.add(ch);
        }
        for (io.github.causal4j.graph.Edge e : graph.edges()) {
            if (e.type() == io.github.causal4j.graph.EdgeType.BIDIRECTED) {
                latentChildren.add(List.of(observed.indexOf(e.from()), observed.indexOf(e.to())));
            }
        }
        int[] card = new int[n];
        int[][] parents = new int[n][];
        int[][] latentParents = new int[n][];
        double[][] cpt = new double[n][];
        int[] latentCard = new int[latentChildren.size()];
        double[][] prior = new double[latentCard.length][];
        for (int l = 0; l < latentCard.length; l++) {
            latentCard[l] = 2 + random.nextInt(2);
            prior[l] = distribution(random, latentCard[l]);
        }
        for (int v = 0; v < n; v++) {
            card[v] = 2 + random.nextInt(2);
        }
        for (int v = 0; v < n; v++) {
            List<Integer> pa = new ArrayList<>();
            for (String p : graph.parents(observed.get(v))) {
                if (observed.contains(p)) {
                    pa.add(observed.indexOf(p));
                }
            }
            List<Integer> lpa = new ArrayList<>();
            for (int l = 0; l < latentChildren.size(); l++) {
                if (latentChildren.get(l).contains(v)) {
                    lpa.add(l);
                }
            }
            parents[v] = pa.stream().mapToInt(Integer::intValue).toArray();
            latentParents[v] = lpa.stream().mapToInt(Integer::intValue).toArray();
            int configs = 1;
            for (int p : parents[v]) {
                configs *= card[p];
            }
            for (int l : latentParents[v]) {
                configs *= latentCard[l];
            }
            cpt[v] = new double[configs * card[v]];
            for (int c = 0; c < configs; c++) {
                System.arraycopy(distribution(random, card[v]), 0, cpt[v], c * card[v], card[v]);
            }
        }
        return new DiscreteScm(observed.toArray(String[]::new), card, parents, latentParents, latentCard, prior, cpt);
    }

    /** @return the index of an observed variable */
    int index(String name) {
        for (int v = 0; v < n; v++) {
            if (names[v].equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static double[] distribution(Random random, int k) {
        double[] d = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            d[i] = 0.05 + random.nextDouble();
            s += d[i];
        }
        for (int i = 0; i < k; i++) {
            d[i] /= s;
        }
        return d;
    }

    /** @return the number of observed configurations */
    int configurations() {
        int c = 1;
        for (int k : card) {
            c *= k;
        }
        return c;
    }

    /** @return the values of configuration {@code index} (mixed radix, v0 fastest) */
    int[] decode(int index) {
        int[] values = new int[n];
        for (int v = 0; v < n; v++) {
            values[v] = index % card[v];
            index /= card[v];
        }
        return values;
    }

    /**
     * The exact distribution of the observed variables under the intervention {@code doValues}
     * (node to value; empty for the observational distribution), by the truncated factorisation
     * summed over the latent variables.
     *
     * @return probability of each observed configuration (index as in {@link #decode})
     */
    double[] distribution(Map<Integer, Integer> doValues) {
        int configs = configurations();
        double[] out = new double[configs];
        int latentConfigs = 1;
        for (int k : latentCard) {
            latentConfigs *= k;
        }
        int[] u = new int[latentCard.length];
        for (int c = 0; c < configs; c++) {
            int[] x = decode(c);
            boolean consistent = true;
            for (Map.Entry<Integer, Integer> e : doValues.entrySet()) {
                if (x[e.getKey()] != e.getValue()) {
                    consistent = false;
                }
            }
            if (!consistent) {
                continue;
            }
            double total = 0;
            for (int lc = 0; lc < latentConfigs; lc++) {
                int rest = lc;
                double p = 1;
                for (int l = 0; l < u.length; l++) {
                    u[l] = rest % latentCard[l];
                    rest /= latentCard[l];
                    p *= latentPrior[l][u[l]];
                }
                for (int v = 0; v < n && p > 0; v++) {
                    if (!doValues.containsKey(v)) {
                        p *= cpt[v][parentConfig(v, x, u) * card[v] + x[v]];
                    }
                }
                total += p;
            }
            out[c] = total;
        }
        return out;
    }

    private int parentConfig(int v, int[] x, int[] u) {
        int c = 0;
        for (int p : parents[v]) {
            c = c * card[p] + x[p];
        }
        for (int l : latentParents[v]) {
            c = c * latentCard[l] + u[l];
        }
        return c;
    }

    /** @return every observed configuration as a row, with its probability in the column {@code weight} */
    Dataset asWeightedData(double[] joint) {
        int configs = configurations();
        Dataset.Builder b = Dataset.builder();
        for (int v = 0; v < n; v++) {
            double[] col = new double[configs];
            for (int c = 0; c < configs; c++) {
                col[c] = decode(c)[v];
            }
            b.numeric(names[v], col);
        }
        b.numeric("weight", joint.clone());
        return b.build();
    }
}
