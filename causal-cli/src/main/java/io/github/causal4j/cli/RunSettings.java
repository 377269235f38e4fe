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
package io.github.causal4j.cli;

import io.github.causal4j.estimate.BootstrapListener;
import io.github.causal4j.estimate.CausalAnalysis;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.estimate.analysis.RunOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The options of a whole analysis shared by {@code causal analyze} and {@code causal demo} (seed,
 * refutation simulations, bootstrap replicates, progress bar), and the run itself: the progress
 * bar goes to standard error, never to standard output, and its line is ended even when the run
 * fails.
 */
final class RunSettings {

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random step (default 0).")
    long seed;

    @Option(names = "--simulations", paramLabel = "N", defaultValue = "100",
            description = "Simulations per refutation test (default: ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "500",
            description = "Bootstrap replicates of plug-in estimates and bounds (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when standard error is a terminal).")
    Boolean progress;

    /**
     * @param analysis the analysis to run (its seed is set here)
     * @param err where the progress bar goes
     * @param label the progress bar's label
     * @return the result of {@link CausalAnalysis#run(RunOptions)}
     */
    AnalysisResult run(CausalAnalysis analysis, PrintWriter err, String label) {
        boolean bar = progress != null ? progress : ProgressBar.stderrIsTerminal();
        ProgressBar progressBar = bar ? new ProgressBar(err, label) : null;
        RunOptions options = RunOptions.defaults().withSimulations(simulations).withBootstrapReplicates(bootstrap)
                .withListener(progressBar == null ? BootstrapListener.NONE : progressBar);
        try {
            return analysis.seed(seed).run(options);
        } finally {
            if (progressBar != null) {
                progressBar.close();
            }
        }
    }
}
