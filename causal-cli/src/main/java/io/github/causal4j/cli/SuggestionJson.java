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

import io.github.causal4j.graph.Edge;
import io.github.causal4j.llm.BenchmarkScenario;
import io.github.causal4j.llm.DataCheck;
import io.github.causal4j.llm.EdgeAction;
import io.github.causal4j.llm.EdgeCritique;
import io.github.causal4j.llm.GraphSuggestion;
import io.github.causal4j.llm.SuggestedEdge;
import io.github.causal4j.llm.SuggestedLatent;
import io.github.causal4j.llm.SuggestedRole;
import io.github.causal4j.llm.SuggestionProvenance;
import io.github.causal4j.llm.ValidationNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The JSON form (ordered maps, snake_case keys) of suggestion results, shared by {@code suggest} and {@code critique}. */
final class SuggestionJson {

    private SuggestionJson() {
    }

    static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Object> edge(SuggestedEdge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", e.from());
        m.put("to", e.to());
        m.put("votes", e.votes());
        m.put("samples", e.samples());
        m.put("confidence", e.confidence());
        m.put("status", id(e.status()));
        m.put("flags", e.flags().stream().map(SuggestionJson::id).sorted().toList());
        m.put("rationales", e.rationales());
        return m;
    }

    static Map<String, Object> role(SuggestedRole r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variable", r.variable());
        m.put("votes", r.votes());
        m.put("samples", r.samples());
        m.put("confidence", r.confidence());
        m.put("accepted", r.accepted());
        m.put("given", r.given());
        r.check().ifPresent(c -> {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("satisfied", c.satisfied());
            check.put("findings", c.findings());
            m.put("criterion", check);
        });
        m.put("rationales", r.rationales());
        return m;
    }

    static Map<String, Object> latent(SuggestedLatent l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("description", l.description());
        m.put("affects", l.affects());
        m.put("votes", l.votes());
        m.put("samples", l.samples());
        m.put("confidence", l.confidence());
        m.put("accepted", l.accepted());
        List<Object> bench = new ArrayList<>();
        for (BenchmarkScenario b : l.benchmarks()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("treatment", b.treatment());
            s.put("outcome", b.outcome());
            s.put("benchmark_covariates", b.benchmarkCovariates());
            s.put("kd", b.kd());
            s.put("ky", b.ky());
            s.put("rationale", b.rationale());
            bench.add(s);
        }
        m.put("benchmarks", bench);
        m.put("rationales", l.rationales());
        return m;
    }

    static Map<String, Object> critique(EdgeCritique c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", c.from());
        m.put("to", c.to());
        m.put("action", c.action().id());
        Map<String, Object> votes = new LinkedHashMap<>();
        for (Map.Entry<EdgeAction, Integer> e : c.votes().entrySet()) {
            votes.put(e.getKey().id(), e.getValue());
        }
        m.put("votes", votes);
        m.put("samples", c.samples());
        m.put("confidence", c.confidence());
        m.put("applied", c.applied());
        m.put("rationales", c.rationales());
        return m;
    }

    static Map<String, Object> dataCheck(DataCheck d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finding", id(d.flag()));
        m.put("x", d.test().statement().x());
        m.put("y", d.test().statement().y());
        m.put("given", d.test().statement().given());
        m.put("partial_correlation", d.partialCorrelation());
        m.put("fisher_z", d.test().statistic());
        m.put("p_value", d.test().pValue());
        m.put("adjusted_p_value", d.adjustedPValue());
        m.put("n", (long) d.test().sampleSize());
        m.put("edges", d.edges().stream().map(Edge::toString).toList());
        m.put("message", d.message());
        return m;
    }

    static Map<String, Object> note(ValidationNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", id(n.kind()));
        m.put("subject", n.subject());
        m.put("message", n.message());
        return m;
    }

    /** Notes, invented names, data checks and provenance of several suggestions, combined. */
    static void common(Map<String, Object> out, List<GraphSuggestion> all) {
        Set<String> invented = new LinkedHashSet<>();
        List<Object> notes = new ArrayList<>();
        List<Object> checks = new ArrayList<>();
        for (GraphSuggestion g : all) {
            invented.addAll(g.inventedNames());
            g.notes().forEach(n -> notes.add(note(n)));
            g.dataChecks().forEach(d -> checks.add(dataCheck(d)));
        }
        out.put("invented_names", new ArrayList<>(invented));
        out.put("notes", notes);
        out.put("data_checks", checks);
        out.put("provenance", provenance(all));
    }

    static Map<String, Object> provenance(List<GraphSuggestion> all) {
        Map<String, Object> m = new LinkedHashMap<>();
        SuggestionProvenance first = all.get(0).provenance();
        m.put("provider", first.provider());
        Set<String> models = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> prompts = new LinkedHashSet<>();
        Set<String> modes = new LinkedHashSet<>();
        Map<String, Object> templates = new LinkedHashMap<>();
        long promptTokens = 0;
        long completionTokens = 0;
        boolean reported = true;
        int samples = 0;
        int failed = 0;
        int requests = 0;
        int repairs = 0;
        double wall = 0;
        double model = 0;
        for (GraphSuggestion g : all) {
            SuggestionProvenance p = g.provenance();
            models.addAll(p.models());
            hosts.addAll(p.endpointHosts());
            prompts.addAll(p.promptSha256());
            modes.addAll(p.outputModes());
            templates.put(g.request().task().id(), p.templateId() + (p.templateVersion().isEmpty() ? "" : " v" + p.templateVersion()));
            promptTokens += p.tokens().prompt();
            completionTokens += p.tokens().completion();
            reported &= p.tokens().reported();
            samples += p.samples();
            failed += p.failedSamples();
            requests += p.requests();
            repairs += p.repairs();
            wall += p.wallTime().toNanos() / 1e9;
            model += p.modelTime().toNanos() / 1e9;
        }
        m.put("models", new ArrayList<>(models));
        m.put("endpoint_hosts", new ArrayList<>(hosts));
        m.put("prompt_templates", templates);
        m.put("prompt_sha256", new ArrayList<>(prompts));
        m.put("output_modes", new ArrayList<>(modes));
        m.put("samples", samples);
        m.put("failed_samples", failed);
        m.put("requests", requests);
        m.put("repairs", repairs);
        m.put("prompt_tokens", promptTokens);
        m.put("completion_tokens", completionTokens);
        m.put("tokens_reported", reported);
        m.put("wall_seconds", wall);
        m.put("model_seconds", model);
        Map<String, String> params = new LinkedHashMap<>(first.parameters());
        params.remove("task");
        m.put("parameters", params);
        m.put("library_version", first.libraryVersion());
        return m;
    }
}
