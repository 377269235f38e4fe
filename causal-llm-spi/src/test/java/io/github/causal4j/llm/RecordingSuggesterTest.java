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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSuggesterTest {

    @TempDir
    Path dir;

    /** Answers with awkward text (tabs, line breaks, backslashes) and fails every third sample. */
    private static Scripted awkward(AtomicInteger calls) {
        return new Scripted(q -> {
            calls.incrementAndGet();
            if (q.sample() % 3 == 2) {
                throw new InvalidAnswerException(InvalidAnswerException.Reason.TRUNCATED, "cut off\tat 12 tokens", Scripted.call(9, 12));
            }
            return new Answer(List.of(new EdgeClaim("a", "b", "line one\nline\ttwo \\ three")),
                    List.of(new RoleClaim("a", CausalRole.INSTRUMENT, List.of("c", "d"), "")),
                    List.of(new VerdictClaim("b", "a", EdgeAction.REVERSE, "r")),
                    List.of(new LatentClaim("U\tx", "d\n", List.of("a", "b"), Optional.of("c"), "why"),
                            new LatentClaim("V", "", List.of(), Optional.empty(), "")),
                    Scripted.call(100 + q.sample(), 20));
        });
    }

    @Test
    void replayReproducesEveryAnswerAndFailureExactly() {
        Path file = dir.resolve("run.rec");
        AtomicInteger calls = new AtomicInteger();
        SuggestionRequest r = SuggestionRequest.edges(Scripted.vars("a", "b", "c", "d")).withSamples(6).withSeed(3);
        RecordingSuggester rec = RecordingSuggester.recording(awkward(calls), file);
        List<Object> original = new java.util.ArrayList<>();
        for (int k = 0; k < 6; k++) {
            original.add(outcome(rec, Question.of(r, k)));
        }
        assertEquals(6, calls.get());
        RecordingSuggester replay = RecordingSuggester.replaying(file);
        assertEquals(6, replay.size());
        for (int k = 0; k < 6; k++) {
            assertEquals(original.get(k), outcome(replay, Question.of(r, k)));
        }
        // A second recording run over the same file asks nothing new.
        RecordingSuggester again = RecordingSuggester.recording(awkward(calls), file);
        for (int k = 0; k < 6; k++) {
            assertEquals(original.get(k), outcome(again, Question.of(r, k)));
        }
        assertEquals(6, calls.get());
        // The whole pipeline on the replay gives the same suggestion.
        assertEquals(SuggestionPipeline.of(rec).run(r).edges(), SuggestionPipeline.of(replay).run(r).edges());
    }

    private static Object outcome(GraphSuggester s, Question q) {
        try {
            return s.answer(q);
        } catch (InvalidAnswerException e) {
            return List.of(e.reason(), e.getMessage(), e.call());
        }
    }

    @Test
    void replayOfAnUnrecordedQuestionNamesIt() {
        Path file = dir.resolve("run.rec");
        RecordingSuggester.recording(awkward(new AtomicInteger()), file)
                .answer(Question.of(SuggestionRequest.edges(Scripted.vars("a", "b")), 0));
        RecordingSuggester replay = RecordingSuggester.replaying(file);
        SuggestionException e = assertThrows(SuggestionException.class,
                () -> replay.answer(Question.of(SuggestionRequest.edges(Scripted.vars("a", "b")).withSeed(9), 0)));
        assertTrue(e.getMessage().contains("has no answer for Question[edges, sample 1/5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RecordingSuggester.replaying(dir.resolve("absent.rec")));
    }

    @Test
    void truncatedOrForeignFilesAreRejected() throws Exception {
        Path file = dir.resolve("run.rec");
        RecordingSuggester.recording(awkward(new AtomicInteger()), file)
                .answer(Question.of(SuggestionRequest.edges(Scripted.vars("a", "b")), 0));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(dir.resolve("cut.rec"), lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordingSuggester.replaying(dir.resolve("cut.rec")));
        assertTrue(e.getMessage().contains("no 'end' line"), e.getMessage());
        Files.writeString(dir.resolve("other.rec"), "hello\n");
        e = assertThrows(IllegalArgumentException.class, () -> RecordingSuggester.replaying(dir.resolve("other.rec")));
        assertTrue(e.getMessage().contains("is not a causal4j recording"), e.getMessage());
    }
}
