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

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** Test helpers: a suggester that answers from a script, and answer builders. */
final class Scripted implements GraphSuggester {

    private final Function<Question, Answer> script;

    Scripted(Function<Question, Answer> script) {
        this.script = script;
    }

    /** @param perSample one answer (or failure reason, as an {@link InvalidAnswerException.Reason}) per sample index */
    static Scripted samples(List<Object> perSample) {
        return new Scripted(q -> {
            Object o = perSample.get(q.sample());
            if (o instanceof InvalidAnswerException.Reason r) {
                throw new InvalidAnswerException(r, "scripted failure of sample " + q.sample(), call(7, 3));
            }
            return (Answer) o;
        });
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public Answer answer(Question question) {
        return script.apply(question);
    }

    static CallRecord call(long promptTokens, long completionTokens) {
        return new CallRecord("scripted", "model-x", "localhost:1", "causal4j/test", "1", "hash", "json_schema", 1, 0,
                new TokenUsage(promptTokens, completionTokens, true), Duration.ofMillis(5));
    }

    /** @param edges "a->b" strings */
    static Answer edges(String... edges) {
        List<EdgeClaim> claims = new java.util.ArrayList<>();
        for (String e : edges) {
            String[] p = e.split("->");
            claims.add(new EdgeClaim(p[0].strip(), p[1].strip(), "because " + e));
        }
        return new Answer(claims, List.of(), List.of(), List.of(), call(100, 20));
    }

    static Answer roles(RoleClaim... roles) {
        return new Answer(List.of(), List.of(roles), List.of(), List.of(), call(100, 20));
    }

    static Answer critique(List<VerdictClaim> verdicts, List<LatentClaim> latents) {
        return new Answer(List.of(), List.of(), verdicts, latents, call(100, 20));
    }

    static List<Variable> vars(String... names) {
        List<Variable> out = new java.util.ArrayList<>();
        for (String n : names) {
            out.add(Variable.of(n, "the variable " + n));
        }
        return out;
    }
}
