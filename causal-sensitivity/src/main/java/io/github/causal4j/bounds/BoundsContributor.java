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
package io.github.causal4j.bounds;

import io.github.causal4j.estimate.analysis.AnalysisContributor;
import io.github.causal4j.estimate.analysis.Contribution;
import io.github.causal4j.estimate.analysis.ContributorInput;
import io.github.causal4j.result.ReportBlock;
import io.github.causal4j.result.ReportSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bounds stage of {@code CausalAnalysis.run()} (an {@link AnalysisContributor} found by
 * {@link java.util.ServiceLoader}): {@link BoundsStep#automatic()} with the analysis seed and the
 * run's bootstrap replicates. When the graph does not identify the effect, the section says so and
 * tabulates the bounds the data and stated assumptions allow, with their assumptions and
 * Imbens–Manski intervals; when the data contradict the graph, it says that.
 */
public final class BoundsContributor implements AnalysisContributor {

    /** For {@link java.util.ServiceLoader}. */
    public BoundsContributor() {
    }

    @Override
    public String name() {
        return "bounds";
    }

    @Override
    public Contribution contribute(ContributorInput input) {
        InferenceOptions inference = InferenceOptions.defaults().withSeed(input.context().seed())
                .withReplications(input.options().bootstrapReplicates());
        BoundsReport r = BoundsStep.automatic().withInference(inference).apply(input.context());
        List<String> warnings = new ArrayList<>();
        r.contradiction().ifPresent(c -> warnings.add("the data contradict the graph: " + c));
        for (Bounds b : r.bounds()) {
            b.warnings().forEach(w -> warnings.add(b.method() + ": " + w));
        }
        return Contribution.of(name(), () -> section(r), json(r), warnings, Optional.of(r));
    }

    private ReportSection section(BoundsReport r) {
        ReportSection.Builder s = ReportSection.builder(name(), "Bounds");
        if (r.identified() && r.bounds().isEmpty()) {
            return s.callout(ReportBlock.Tone.SUCCESS, "The effect is identified: no bounds are needed.").build();
        }
        if (!r.identified()) {
            s.callout(ReportBlock.Tone.WARNING, "The effect is not identified by the graph (" + r.identificationSummary()
                    + "). These are the bounds the data and the stated assumptions allow.");
        }
        r.contradiction().ifPresent(c -> s.callout(ReportBlock.Tone.WARNING, "The data contradict the graph: " + c));
        if (!r.bounds().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Bounds b : r.bounds()) {
                String ci = b.inference().map(i -> BoundsFormat.interval(i.ciLower(), i.ciUpper())).orElse("");
                List<String> assumptions = new ArrayList<>();
                b.assumptions().forEach(a -> assumptions.add(a.statement()));
                rows.add(List.of(b.method(), b.estimand().description(), BoundsFormat.number(b.lower()),
                        BoundsFormat.number(b.upper()), BoundsFormat.number(b.width()), ci, Long.toString(b.n()),
                        String.join("; ", assumptions)));
            }
            s.add(new ReportBlock.Table(List.of("method", "bounded quantity", "lower", "upper", "width",
                    "95% CI (Imbens-Manski)", "n", "assumptions"), rows, "Estimated identified sets."));
        }
        List<String> notes = new ArrayList<>();
        r.notApplicable().forEach(n -> notes.add("not applicable: " + n));
        return s.bullets(notes).build();
    }

    private static Map<String, Object> json(BoundsReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("available", true);
        out.put("identified", r.identified());
        out.put("identification", r.identificationSummary());
        out.put("contradiction", r.contradiction().orElse(null));
        List<Object> bounds = new ArrayList<>();
        for (Bounds b : r.bounds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", b.method());
            m.put("estimand", b.estimand().description());
            m.put("lower", b.lower());
            m.put("upper", b.upper());
            List<Object> assumptions = new ArrayList<>();
            for (Assumption a : b.assumptions()) {
                assumptions.add(Map.of("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT), "statement",
                        a.statement()));
            }
            m.put("assumptions", assumptions);
            b.inference().ifPresent(i -> {
                m.put("ci_lower", i.ciLower());
                m.put("ci_upper", i.ciUpper());
                m.put("confidence_level", i.level());
            });
            m.put("n", b.n());
            Map<String, Object> diagnostics = new LinkedHashMap<>();
            b.diagnostics().forEach((k, v) -> diagnostics.put(k, Double.isFinite(v) ? (Object) v : String.valueOf(v)));
            m.put("diagnostics", diagnostics);
            m.put("warnings", b.warnings());
            bounds.add(m);
        }
        out.put("bounds", bounds);
        out.put("not_applicable", r.notApplicable());
        return out;
    }
}
