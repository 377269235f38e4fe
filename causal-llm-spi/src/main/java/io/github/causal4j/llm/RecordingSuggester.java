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

import io.github.causal4j.llm.internal.TranscriptCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Records every answer of a suggester to a file and replays it, so that a run with a language
 * model can be reproduced exactly, audited, or rerun without the model. Answers are keyed by
 * {@link Question#fingerprint()}: the same request (variables, descriptions, task, samples,
 * temperature, seed, personas) replays the same answers, failed samples included.
 *
 * <ul>
 * <li>{@link #recording(GraphSuggester, Path)} answers from the file when it can and asks the
 *     delegate otherwise, appending the new answer: rerunning a recorded analysis costs nothing.</li>
 * <li>{@link #replaying(Path)} never asks a model; a question not in the file is an error naming it.</li>
 * </ul>
 *
 * <p>The file is UTF-8 text, one tagged line per item (see {@link TranscriptCodec}); the call
 * records in it hold no secrets, because {@link CallRecord}s never do.
 */
public final class RecordingSuggester implements GraphSuggester {

    private static final String HEADER = "#causal4j-recording\t1";

    private final Optional<GraphSuggester> delegate;
    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();

    /** A recorded outcome: an answer or a failed sample. */
    private record Entry(Answer answer, InvalidAnswerException failure) {
    }

    private RecordingSuggester(Optional<GraphSuggester> delegate, Path file) {
        this.delegate = delegate;
        this.file = file;
        if (Files.exists(file)) {
            load();
        } else if (delegate.isEmpty()) {
            throw new IllegalArgumentException("no recording file " + file);
        }
    }

    /**
     * @param delegate the suggester to record
     * @param file the recording file (created if absent; answers already in it are replayed)
     * @return the recording suggester
     */
    public static RecordingSuggester recording(GraphSuggester delegate, Path file) {
        return new RecordingSuggester(Optional.of(Objects.requireNonNull(delegate, "delegate")),
                Objects.requireNonNull(file, "file"));
    }

    /**
     * @param file an existing recording file
     * @return a suggester that answers only from it
     * @throws IllegalArgumentException if the file does not exist or is malformed
     */
    public static RecordingSuggester replaying(Path file) {
        return new RecordingSuggester(Optional.empty(), Objects.requireNonNull(file, "file"));
    }

    /** @return the number of recorded answers */
    public synchronized int size() {
        return entries.size();
    }

    @Override
    public String name() {
        return delegate.map(d -> d.name() + ", recorded to " + file.getFileName())
                .orElse("replay of " + file.getFileName());
    }

    @Override
    public Answer answer(Question question) {
        String key = question.fingerprint();
        Entry e;
        synchronized (this) {
            e = entries.get(key);
        }
        if (e == null) {
            if (delegate.isEmpty()) {
                throw new SuggestionException("the recording " + file + " has no answer for " + question + " (fingerprint "
                        + key.substring(0, 12) + "...); record the run first with the same request and seed");
            }
            try {
                e = new Entry(delegate.get().answer(question), null);
            } catch (InvalidAnswerException failure) {
                e = new Entry(null, failure);
            }
            append(key, question, e);
        }
        if (e.failure() != null) {
            throw e.failure();
        }
        return e.answer();
    }

    @Override
    public void close() {
        delegate.ifPresent(GraphSuggester::close);
    }

    private synchronized void append(String key, Question q, Entry e) {
        if (entries.putIfAbsent(key, e) != null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                lines.add(HEADER);
            }
            lines.add(TranscriptCodec.line("question", List.of(key, q.task().id(), Integer.toString(q.sample()))));
            CallRecord c = e.answer() != null ? e.answer().call() : e.failure().call();
            lines.add(TranscriptCodec.line("call", List.of(c.provider(), c.model(), c.endpointHost(), c.templateId(),
                    c.templateVersion(), c.promptSha256(), c.outputMode(), Integer.toString(c.requests()),
                    Integer.toString(c.repairs()), Long.toString(c.tokens().prompt()), Long.toString(c.tokens().completion()),
                    Boolean.toString(c.tokens().reported()), Long.toString(c.elapsed().toNanos()))));
            if (e.failure() != null) {
                lines.add(TranscriptCodec.line("failure", List.of(e.failure().reason().name(), e.failure().getMessage())));
            } else {
                Answer a = e.answer();
                for (EdgeClaim x : a.edges()) {
                    lines.add(TranscriptCodec.line("edge", List.of(x.from(), x.to(), x.rationale())));
                }
                for (RoleClaim x : a.roles()) {
                    List<String> f = new ArrayList<>(List.of(x.variable(), x.role().name()));
                    list(f, x.given());
                    f.add(x.rationale());
                    lines.add(TranscriptCodec.line("role", f));
                }
                for (VerdictClaim x : a.verdicts()) {
                    lines.add(TranscriptCodec.line("verdict", List.of(x.from(), x.to(), x.action().name(), x.rationale())));
                }
                for (LatentClaim x : a.latents()) {
                    List<String> f = new ArrayList<>(List.of(x.name(), x.description()));
                    list(f, x.affects());
                    list(f, x.asStrongAs().map(List::of).orElse(List.of()));
                    f.add(x.rationale());
                    lines.add(TranscriptCodec.line("latent", f));
                }
            }
            lines.add("end");
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException io) {
            throw new UncheckedIOException("cannot write recording " + file + ": " + io.getMessage(), io);
        }
    }

    private static void list(List<String> fields, List<String> items) {
        fields.add(Integer.toString(items.size()));
        fields.addAll(items);
    }

    private void load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException io) {
            throw new UncheckedIOException("cannot read recording " + file + ": " + io.getMessage(), io);
        }
        if (lines.isEmpty()) {
            return;
        }
        if (!lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(file + " is not a causal4j recording (first line '" + lines.get(0) + "')");
        }
        Parser p = new Parser();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            try {
                p.accept(TranscriptCodec.split(lines.get(i)));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(file + ", line " + (i + 1) + ": malformed recording: " + ex.getMessage(), ex);
            }
        }
        if (p.key != null) {
            throw new IllegalArgumentException(file + ": the last recorded answer has no 'end' line (truncated file?)");
        }
    }

    /** Reads one entry after another. */
    private final class Parser {
        String key;
        CallRecord call;
        InvalidAnswerException failure;
        final List<EdgeClaim> edges = new ArrayList<>();
        final List<RoleClaim> roles = new ArrayList<>();
        final List<VerdictClaim> verdicts = new ArrayList<>();
        final List<LatentClaim> latents = new ArrayList<>();

        void accept(List<String> f) {
            String tag = f.get(0);
            if (!tag.equals("question") && key == null) {
                throw new IllegalArgumentException("'" + tag + "' outside an entry");
            }
            switch (tag) {
                case "question" -> {
                    if (key != null) {
                        throw new IllegalArgumentException("entry " + key + " has no 'end' line");
                    }
                    key = f.get(1);
                }
                case "call" -> call = new CallRecord(f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7),
                        Integer.parseInt(f.get(8)), Integer.parseInt(f.get(9)),
                        new TokenUsage(Long.parseLong(f.get(10)), Long.parseLong(f.get(11)), Boolean.parseBoolean(f.get(12))),
                        Duration.ofNanos(Long.parseLong(f.get(13))));
                case "failure" -> failure = new InvalidAnswerException(InvalidAnswerException.Reason.valueOf(f.get(1)),
                        f.get(2), requireCall());
                case "edge" -> edges.add(new EdgeClaim(f.get(1), f.get(2), f.get(3)));
                case "role" -> {
                    int n = Integer.parseInt(f.get(3));
                    roles.add(new RoleClaim(f.get(1), CausalRole.valueOf(f.get(2)), f.subList(4, 4 + n), f.get(4 + n)));
                }
                case "verdict" -> verdicts.add(new VerdictClaim(f.get(1), f.get(2), EdgeAction.valueOf(f.get(3)), f.get(4)));
                case "latent" -> {
                    int na = Integer.parseInt(f.get(3));
                    List<String> affects = f.subList(4, 4 + na);
                    int ns = Integer.parseInt(f.get(4 + na));
                    Optional<String> strong = ns == 0 ? Optional.empty() : Optional.of(f.get(5 + na));
                    latents.add(new LatentClaim(f.get(1), f.get(2), affects, strong, f.get(5 + na + ns)));
                }
                case "end" -> {
                    Entry e = failure != null ? new Entry(null, failure)
                            : new Entry(new Answer(edges, roles, verdicts, latents, requireCall()), null);
                    entries.put(key, e);
                    key = null;
                    call = null;
                    failure = null;
                    edges.clear();
                    roles.clear();
                    verdicts.clear();
                    latents.clear();
                }
                default -> throw new IllegalArgumentException("unknown line tag '" + tag + "'");
            }
        }

        private CallRecord requireCall() {
            if (call == null) {
                throw new IllegalArgumentException("entry " + key + " has no 'call' line");
            }
            return call;
        }
    }
}
