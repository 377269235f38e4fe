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
package io.github.causal4j.examples;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.MethodEstimate;
import io.github.causal4j.estimate.iv.FirstStage;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.graph.CausalGraph;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The price elasticity of cigarette demand across US states in 1995 (Stock &amp; Watson,
 * <i>Introduction to Econometrics</i>, eq. 12.16): price and quantity are confounded by demand
 * shocks, so cigarette-specific and general sales taxes serve as instruments. Two-stage least
 * squares and LIML, with the diagnostics a reader needs: first-stage F (weak instruments), Sargan's
 * over-identification test and the Anderson–Rubin confidence set, valid however weak the instruments.
 *
 * <p>Run: {@code CigarettesInstruments [datasets-directory]}.
 */
public final class CigarettesInstruments {

    /**
     * @param analysis the whole analysis (2SLS primary, LIML beside it, naive OLS for comparison)
     * @param twoStage the 2SLS fit on identification's instruments, with its diagnostics
     */
    public record Result(AnalysisResult analysis, IvFit twoStage) {
    }

    private CigarettesInstruments() {
    }

    /**
     * @param datasets the directory holding {@code cigarettes_1995.csv} and {@code cigarettes.dagitty} (the
     *     taxes move the price; income moves price and demand; a demand shock confounds price and demand;
     *     taxes and income may share causes, so identification conditions the instruments on income)
     * @return the analysis and the 2SLS fit
     */
    public static Result analyze(Path datasets) {
        Dataset cigarettes = ExampleData.read(datasets, "cigarettes_1995.csv");
        CausalGraph graph = ExampleData.graph(datasets, "cigarettes.dagitty");
        AnalysisResult r = CausalAnalysis.of(cigarettes, graph).treatment("lrprice").outcome("lpacks").seed(2)
                .run();
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().fit(cigarettes,
                r.identified().instrumentalModel().orElseThrow());
        return new Result(r, fit);
    }

    /**
     * Prints the estimates and the instrument diagnostics.
     *
     * @param args the data-set directory (default {@code datasets})
     */
    public static void main(String[] args) {
        Result r = analyze(ExampleData.directory(args));
        System.out.println(r.analysis().strategySummary());
        for (MethodEstimate m : r.analysis().estimates()) {
            System.out.println("  " + m);
        }
        FirstStage first = r.twoStage().firstStages().get(0);
        boolean strong = first.f().statistic() >= InstrumentalVariables.DEFAULT_WEAK_INSTRUMENT_F;
        System.out.printf(Locale.ROOT, "first-stage F %.6f (partial R2 %.4f): the instruments are %s%n",
                first.f().statistic(), first.partialRSquared(),
                strong ? "strong (F >= 10)" : "weak (F < 10), trust the Anderson-Rubin set");
        r.twoStage().sargan().ifPresent(t -> System.out.printf(Locale.ROOT,
                "Sargan over-identification test %.6f, p = %.4f%n", t.statistic(), t.pValue()));
        System.out.println("Anderson-Rubin 95% set for the elasticity: " + r.twoStage().andersonRubinSet(0.95));
    }
}
