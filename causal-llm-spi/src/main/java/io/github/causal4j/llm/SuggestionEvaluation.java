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

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.ColumnType;
import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Scores any {@link GraphSuggester} against ground truth: a network ({@link GraphScore}) or
 * cause–effect pairs ({@link PairScore}), following datasets/llm-eval/README.md. Immutable;
 * configure with the {@code with...} methods.
 *
 * <pre>{@code
 * SuggestionEvaluation eval = SuggestionEvaluation.of(suggester).withSamples(5).withSeed(1);
 * GraphEvaluation asia = eval.network(BenchmarkNetwork.read(dir, "asia"));
 * PairScore pairs = eval.pairs(SuggestionEvaluation.readPairs(dir.resolve("tuebingen_pairs.csv"), true));
 * }</pre>
 */
public final class SuggestionEvaluation {

    private final GraphSuggester suggester;
    private final int samples;
    private final double temperature;
    private final long seed;
    private final double minConfidence;
    private final List<Persona> personas;

    private SuggestionEvaluation(GraphSuggester suggester, int samples, double temperature, long seed, double minConfidence,
            List<Persona> personas) {
        this.suggester = suggester;
        this.samples = samples;
        this.temperature = temperature;
        this.seed = seed;
        this.minConfidence = minConfidence;
        this.personas = personas;
    }

    /**
     * @param suggester the provider to score
     * @return an evaluation with the request defaults (5 samples, temperature 0.7, seed 0) and minimum confidence 0.5
     */
    public static SuggestionEvaluation of(GraphSuggester suggester) {
        return new SuggestionEvaluation(Objects.requireNonNull(suggester, "suggester"), SuggestionRequest.DEFAULT_SAMPLES,
                SuggestionRequest.DEFAULT_TEMPERATURE, 0L, SuggestionPipeline.DEFAULT_MIN_CONFIDENCE, List.of());
    }

    /**
     * @param n samples per question
     * @return an evaluation with it
     */
    public SuggestionEvaluation withSamples(int n) {
        return new SuggestionEvaluation(suggester, n, temperature, seed, minConfidence, personas);
    }

    /**
     * @param t temperature
     * @return an evaluation with it
     */
    public SuggestionEvaluation withTemperature(double t) {
        return new SuggestionEvaluation(suggester, samples, t, seed, minConfidence, personas);
    }

    /**
     * @param s seed of the requests and of the pairs' presentation order
     * @return an evaluation with it
     */
    public SuggestionEvaluation withSeed(long s) {
        return new SuggestionEvaluation(suggester, samples, temperature, s, minConfidence, personas);
    }

    /**
     * @param share minimum vote share for acceptance
     * @return an evaluation with it
     */
    public SuggestionEvaluation withMinConfidence(double share) {
        return new SuggestionEvaluation(suggester, samples, temperature, seed, share, personas);
    }

    /**
     * @param p personas used in turn
     * @return an evaluation with them
     */
    public SuggestionEvaluation withPersonas(List<Persona> p) {
        return new SuggestionEvaluation(suggester, samples, temperature, seed, minConfidence, List.copyOf(p));
    }

    private SuggestionPipeline pipeline() {
        return SuggestionPipeline.of(suggester).withMinConfidence(minConfidence);
    }

    private SuggestionRequest configure(SuggestionRequest r) {
        return r.withSamples(samples).withTemperature(temperature).withSeed(seed).withPersonas(personas);
    }

    /**
     * Asks for the edges among the network's variables (names and descriptions, never the edges)
     * and scores the suggested graph against the truth.
     *
     * @param network the network
     * @return the score and the suggestion
     */
    public GraphEvaluation network(BenchmarkNetwork network) {
        GraphSuggestion s = pipeline().run(configure(SuggestionRequest.edges(network.variables())));
        return new GraphEvaluation(network.name(), GraphScore.of(s.graph(), network.truth()), s);
    }

    /**
     * Asks for the edge between the two variables of each pair, shown in a seeded random order, and
     * scores the direction accepted. A pair whose every sample fails counts as failed; any other
     * provider failure stops the evaluation.
     *
     * @param pairs the pairs
     * @return the score
     */
    public PairScore pairs(List<CauseEffectPair> pairs) {
        SplittableRandom order = new SplittableRandom(seed);
        List<PairOutcome> out = new ArrayList<>();
        for (CauseEffectPair p : pairs) {
            boolean swapped = order.nextBoolean();
            List<Variable> shown = swapped ? List.of(p.y(), p.x()) : List.of(p.x(), p.y());
            SuggestionRequest r = configure(SuggestionRequest.edges(shown));
            try {
                GraphSuggestion s = pipeline().run(r);
                PairOutcome.Verdict v;
                if (s.graph().hasDirectedEdge(p.cause().name(), p.effect().name())) {
                    v = PairOutcome.Verdict.CORRECT;
                } else if (s.graph().hasDirectedEdge(p.effect().name(), p.cause().name())) {
                    v = PairOutcome.Verdict.WRONG;
                } else {
                    v = PairOutcome.Verdict.ABSTAINED;
                }
                out.add(new PairOutcome(p, swapped, v, samples, s.provenance().failedSamples(), s.provenance().tokens()));
            } catch (SuggestionException e) {
                if (!(e.getCause() instanceof InvalidAnswerException)) {
                    throw e;
                }
                out.add(new PairOutcome(p, swapped, PairOutcome.Verdict.FAILED, samples, samples, TokenUsage.UNREPORTED));
            }
        }
        return new PairScore(out);
    }

    /**
     * Reads cause–effect pairs in the format of {@code datasets/llm-eval/tuebingen_pairs.csv}
     * (columns {@code pair_id, x_name, y_name, x_description, y_description, ground_truth, x_dim,
     * y_dim, weight}; {@code ground_truth} is {@code x->y} or {@code y->x}).
     *
     * @param csv the file
     * @param scalarOnly keep only pairs whose both sides are one-dimensional
     * @return the pairs in file order
     * @throws IllegalArgumentException naming the pair of a malformed row
     */
    public static List<CauseEffectPair> readPairs(Path csv, boolean scalarOnly) {
        CsvOptions o = CsvOptions.defaults().withMissingWords(Set.of());
        for (String c : List.of("pair_id", "x_name", "y_name", "x_description", "y_description", "ground_truth")) {
            o = o.withType(c, ColumnType.CATEGORICAL);
        }
        for (String c : List.of("x_dim", "y_dim", "weight")) {
            o = o.withType(c, ColumnType.NUMERIC);
        }
        Dataset d = Dataset.readCsv(csv, o);
        CategoricalColumn id = d.categorical("pair_id");
        CategoricalColumn xn = d.categorical("x_name");
        CategoricalColumn yn = d.categorical("y_name");
        CategoricalColumn xd = d.categorical("x_description");
        CategoricalColumn yd = d.categorical("y_description");
        CategoricalColumn truth = d.categorical("ground_truth");
        NumericColumn xdim = d.numeric("x_dim");
        NumericColumn ydim = d.numeric("y_dim");
        NumericColumn w = d.numeric("weight");
        List<CauseEffectPair> out = new ArrayList<>();
        for (int r = 0; r < d.rowCount(); r++) {
            String gt = truth.label(r).strip();
            if (!gt.equals("x->y") && !gt.equals("y->x")) {
                throw new IllegalArgumentException(csv + ", pair " + id.label(r) + ": ground_truth is '" + gt
                        + "', expected x->y or y->x");
            }
            boolean scalar = xdim.get(r) == 1 && ydim.get(r) == 1;
            if (scalarOnly && !scalar) {
                continue;
            }
            out.add(new CauseEffectPair(id.label(r), new Variable(xn.label(r).strip(), xd.label(r)),
                    new Variable(yn.label(r).strip(), yd.label(r)), gt.equals("x->y"), w.get(r), scalar));
        }
        return out;
    }
}
