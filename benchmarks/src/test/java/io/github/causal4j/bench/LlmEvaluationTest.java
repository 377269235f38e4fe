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
package io.github.causal4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmEvaluationTest {

    private static final Path LLM_EVAL = Path.of(System.getProperty("causal4j.datasets"), "llm-eval");

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LlmEvaluation.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresAnExpertWhoKnowsAsiaAndPartOfCancer(@TempDir Path dir) throws Exception {
        StringBuilder k = new StringBuilder();
        CausalGraph.read(LLM_EVAL.resolve("asia.dagitty")).edges()
                .forEach(e -> k.append("require ").append(e.from()).append(" -> ").append(e.to()).append('\n'));
        // CANCER: one right edge, one reversed; the truth has 4.
        k.append("require Smoker -> Cancer\nrequire Xray -> Cancer\n");
        // Tuebingen: pair 1 right (Altitude -> Temperature), pair 2 wrong (Precipitation -> Altitude), pair 3 nothing.
        k.append("require Altitude -> Temperature\nrequire Precipitation -> Altitude\n");
        Path file = dir.resolve("expert.txt");
        Files.writeString(file, k.toString());
        String out = run("--provider", "knowledge:" + file, "--datasets", LLM_EVAL.toString(), "--networks", "asia,cancer",
                "--pairs", "--limit", "3", "--samples", "2");
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("provider knowledge expert.txt, 2 samples"), out);
        String asia = lines.stream().filter(l -> l.startsWith("asia ")).findFirst().orElseThrow();
        // hand-derived: SHD 0, precision = recall = 1 on ASIA's 8 nodes and 8 edges.
        assertEquals(List.of("asia", "8", "8", "8", "0", "0.000", "1.000", "1.000", "1.000", "1.000", "1.000", "0", "0"),
                List.of(asia.split("\\s+")).subList(0, 13));
        String cancer = lines.stream().filter(l -> l.startsWith("cancer ")).findFirst().orElseThrow();
        // hand-derived: TP 1, reversed 1, |P| 2, |T| 4: SHD = 1 reversal + 2 missing = 3; orientation 1/2.
        assertEquals(List.of("cancer", "5", "4", "2", "3", "0.750", "0.500", "0.250", "0.333", "0.500", "0.500"),
                List.of(cancer.split("\\s+")).subList(0, 11));
        String pairs = lines.stream().filter(l -> l.startsWith("tuebingen ")).findFirst().orElseThrow();
        // 3 pairs scored, 2 answered, 1 correct: accuracy 0.5; weights 0.166 both: weighted 0.5; 1 abstained.
        assertEquals(List.of("tuebingen", "3", "2", "0.500", "0.500", "0.333", "0", "0.000"),
                List.of(pairs.split("\\s+")).subList(0, 8));
    }

    @Test
    void explainsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("--networks", "asia"));
        assertTrue(e.getMessage().startsWith("--provider SPEC is required"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("--provider", "knowledge:x", "--datasets", "/nonexistent"));
        assertTrue(e.getMessage().contains("no folder /nonexistent"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("--bogus"));
        assertTrue(e.getMessage().startsWith("unknown option --bogus"), e.getMessage());
    }
}
