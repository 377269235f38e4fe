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

import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.MissingValues;
import io.github.causal4j.independence.MultipleTesting;
import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggesters;
import io.github.causal4j.llm.KnowledgeFile;
import io.github.causal4j.llm.Persona;
import io.github.causal4j.llm.RecordingSuggester;
import io.github.causal4j.llm.SuggestionPipeline;
import io.github.causal4j.llm.SuggestionRequest;
import io.github.causal4j.llm.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code causal suggest} and {@code causal critique} share: provider, sampling, checks, expert knowledge, recording. */
final class SuggestionOptions {

    @Option(names = "--provider", paramLabel = "SPEC",
            description = "Provider spec, e.g. openai-compat:http://localhost:11434/v1?model=qwen2.5:7b, knowledge:FILE or"
                    + " replay:FILE (default: the system property causal.llm.provider).")
    String provider;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "5", description = "Answers to vote over (default 5).")
    int samples;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.7", description = "Sampling temperature (default 0.7).")
    double temperature;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the first sample (default 0).")
    long seed;

    @Option(names = "--personas", description = "Ask as a domain scientist, an epidemiologist and a sceptical statistician in turn.")
    boolean personas;

    @Option(names = "--context", paramLabel = "TEXT", defaultValue = "", description = "The study and its domain, in a few sentences.")
    String context;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0.5",
            description = "Minimum vote share to accept a claim (default 0.5).")
    double minConfidence;

    @Option(names = "--data", paramLabel = "F.csv", description = "Data to test the suggested graph's implied independences against.")
    Path data;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.01", description = "Level of the data checks (default 0.01).")
    double alpha;

    @Option(names = "--correction", paramLabel = "C", defaultValue = "holm",
            description = "Multiplicity correction of the data checks: holm (default), bh or none.")
    String correction;

    @Option(names = "--knowledge", paramLabel = "FILE", description = "An expert's knowledge file; it wins over the model on conflict.")
    Path knowledge;

    @Option(names = "--record", paramLabel = "FILE",
            description = "Record every answer to FILE (answers already there are replayed); rerun with --provider replay:FILE.")
    Path record;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1", description = "Samples asked at once (default 1).")
    int parallel;

    GraphSuggester open() {
        String spec = provider != null ? provider : System.getProperty(GraphSuggesters.PROVIDER_PROPERTY);
        if (spec == null || spec.isBlank()) {
            throw new UserInputException("--provider is required, e.g. --provider openai-compat:http://localhost:11434/v1?model=qwen2.5:7b"
                    + " or --provider knowledge:expert.txt");
        }
        GraphSuggester s = GraphSuggesters.open(spec);
        return record == null ? s : RecordingSuggester.recording(s, record);
    }

    SuggestionPipeline pipeline(GraphSuggester s) {
        SuggestionPipeline p = SuggestionPipeline.of(s).withMinConfidence(minConfidence).withAlpha(alpha)
                .withParallelism(parallel);
        p = p.withCorrection(switch (correction.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "holm" -> MultipleTesting.Correction.HOLM;
            case "bh", "benjamini-hochberg", "fdr" -> MultipleTesting.Correction.BENJAMINI_HOCHBERG;
            case "none" -> MultipleTesting.Correction.NONE;
            default -> throw new UserInputException("--correction must be holm, bh or none, got '" + correction + "'");
        });
        if (data != null) {
            requireFile(data, "--data");
            p = p.withData(Dataset.readCsv(data, CsvOptions.defaults().withMissing(MissingValues.KEEP)));
        }
        if (knowledge != null) {
            requireFile(knowledge, "--knowledge");
            p = p.withExpertKnowledge(KnowledgeFile.read(knowledge));
        }
        return p;
    }

    SuggestionRequest configure(SuggestionRequest r) {
        return r.withContext(context).withSamples(samples).withTemperature(temperature).withSeed(seed)
                .withPersonas(personas ? Persona.experts() : List.of());
    }

    static List<Variable> variables(Path csv) {
        requireFile(csv, "--variables");
        return Variable.readCsv(csv);
    }

    static void requireFile(Path p, String option) {
        if (!Files.isRegularFile(p)) {
            throw new UserInputException(option + " file not found: " + p);
        }
    }
}
