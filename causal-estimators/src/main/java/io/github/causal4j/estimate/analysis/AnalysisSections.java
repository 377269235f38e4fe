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
package io.github.causal4j.estimate.analysis;

import io.github.causal4j.estimate.AnalysisContext;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.IdentifiedEffect;
import io.github.causal4j.estimate.internal.Formatting;
import io.github.causal4j.estimate.refute.Refutation;
import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.GraphPicture;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.IdResult;
import io.github.causal4j.identify.Strategy;
import io.github.causal4j.independence.IndependenceTestResult;
import io.github.causal4j.independence.LocalTestReport;
import io.github.causal4j.result.ReportBlock;
import io.github.causal4j.result.ReportDocument;
import io.github.causal4j.result.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report sections of an {@link AnalysisResult}, in reading order: data, graph, identification,
 * estimates, refutations, the contributions (sensitivity, bounds), testable implications,
 * warnings, provenance. The section ids are stable ({@code data}, {@code graph},
 * {@code identification}, {@code estimates}, {@code refutations}, {@code sensitivity},
 * {@code bounds}, {@code implications}, {@code warnings}, {@code provenance}).
 */
final class AnalysisSections {

    /** Graphs with more nodes are listed, not drawn. */
    static final int MAX_DRAWN_NODES = 300;

    private AnalysisSections() {
    }

    static ReportDocument document(AnalysisResult r) {
        AnalysisContext c = r.identified().context();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(data(r.dataSummary()));
        c.graph().ifPresent(g -> sections.add(graph(g, r.identified())));
        sections.add(identification(r.identified()));
        sections.add(estimates(r));
        sections.add(refutations(r));
        for (Contribution contribution : r.contributions()) {
            sections.add(contribution.section());
        }
        for (String[] expected : Contributors.EXPECTED) {
            if (r.contribution(expected[0]).isEmpty()) {
                sections.add(ReportSection.builder(expected[0], title(expected[1]))
                        .callout(ReportBlock.Tone.NOTE, expected[1] + " not run: the module " + expected[2]
                                + " is not on the class path").build());
            }
        }
        sections.add(implications(r));
        sections.add(warnings(r.warnings()));
        sections.add(provenance(r));
        List<String> subtitle = List.of(r.dataSummary().rows() + " rows; strategy: " + r.strategySummary(),
                r.isIdentified() ? "identified" : "NOT identified by the graph");
        return new ReportDocument("Effect of " + c.treatment() + " on " + c.outcome(), subtitle, sections);
    }

    private static String title(String description) {
        return Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }

    private static ReportSection data(DataSummary d) {
        List<List<String>> rows = new ArrayList<>();
        for (DataSummary.Variable v : d.variables()) {
            boolean categorical = v.type().equals("categorical");
            rows.add(List.of(v.name(), v.type(), Integer.toString(v.missing()),
                    categorical ? "" : Formatting.number(v.mean()), categorical || Double.isNaN(v.sd()) ? ""
                            : Formatting.number(v.sd()), categorical ? "" : Formatting.number(v.min()),
                    categorical ? "" : Formatting.number(v.max()), categorical ? Integer.toString(v.levels()) : ""));
        }
        return ReportSection.builder("data", "Data")
                .paragraph(d.rows() + " rows and " + d.columns() + " columns; SHA-256 " + d.sha256() + ".")
                .table(List.of("variable", "type", "missing", "mean", "sd", "min", "max", "levels"), rows).build();
    }

    private static ReportSection graph(CausalGraph g, IdentifiedEffect id) {
        ReportSection.Builder b = ReportSection.builder("graph", "Causal graph");
        if (g.nodeCount() <= MAX_DRAWN_NODES) {
            // the analysis' treatment and outcome are drawn as exposure and outcome whatever the graph marks
            CausalGraph marked = g.withRole(id.context().treatment(), NodeRole.EXPOSURE).withRole(id.context().outcome(),
                    NodeRole.OUTCOME);
            GraphPicture.Picture p = GraphPicture.of(marked).highlighting(id.adjustmentSet()).withSeed(id.context().seed())
                    .render();
            b.figure(p.svg(), "The causal graph, " + p.layoutDescription() + ". " + GraphPicture.legend() + ".");
        } else {
            b.paragraph("The graph has " + g.nodeCount() + " nodes, too many to draw (more than " + MAX_DRAWN_NODES + ").");
        }
        return b.code(g.toDagitty()).build();
    }

    private static ReportSection identification(IdentifiedEffect id) {
        ReportSection.Builder b = ReportSection.builder("identification", "Identification");
        AnalysisContext c = id.context();
        if (id.identification().isPresent()) {
            Identification i = id.identification().get();
            if (i.identifiable()) {
                b.callout(ReportBlock.Tone.SUCCESS, i.query().toText() + " is identified by the graph.");
            } else {
                b.callout(ReportBlock.Tone.WARNING, i.query().toText() + " is NOT identified by the graph: " + i.reason() + ".");
                if (i.idResult() instanceof IdResult.NotIdentified n) {
                    b.paragraph("Witness (Shpitser & Pearl hedge): " + n.hedge() + ".");
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (Strategy s : i.strategies()) {
                boolean chosen = i.recommended().map(s::equals).orElse(false);
                rows.add(List.of(s.kind() + (chosen ? " (recommended)" : ""), s.estimand().toText(),
                        s.assumptions().isEmpty() ? "the graph" : s.assumptions()));
            }
            if (rows.isEmpty()) {
                b.paragraph("No identification strategy applies.");
            } else {
                b.table(List.of("strategy", "estimand", "needs"), rows);
            }
            b.paragraph("Recommended: " + i.recommended().map(Strategy::kind).orElse("none") + ", because " + i.reason()
                    + ".");
            List<String> alternatives = new ArrayList<>();
            for (Strategy s : i.strategies()) {
                if (!s.alternatives().isEmpty()) {
                    alternatives.add(s.kind() + " alternatives: " + sets(s.alternatives())
                            + (s.alternativesComplete() ? "" : " (list cut)"));
                }
            }
            b.bullets(alternatives);
        } else {
            b.callout(c.identified() ? ReportBlock.Tone.NOTE : ReportBlock.Tone.WARNING,
                    "No graph: identification rests on the covariates given.");
        }
        b.paragraph("Adjustment set " + c.adjustmentSet() + " (" + c.adjustmentRule().label() + "): " + id.explanation()
                + ".");
        return b.bullets(id.warnings()).build();
    }

    private static String sets(List<Set<String>> sets) {
        List<String> out = new ArrayList<>();
        for (Set<String> s : sets) {
            out.add("{" + String.join(", ", s) + "}");
        }
        return String.join(", ", out);
    }

    private static ReportSection estimates(AnalysisResult r) {
        ReportSection.Builder b = ReportSection.builder("estimates", "Estimates").paragraph("Strategy: " + r.strategySummary()
                + ".");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> diagnostics = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (MethodEstimate m : r.estimates()) {
            if (m.estimate().isEmpty()) {
                failures.add(m.method() + " (" + m.label() + ") failed: " + m.failure().orElse(""));
                continue;
            }
            Estimate e = m.estimate().get();
            rows.add(List.of(m.method(), m.label(), m.role().label(), e.estimand().label().toUpperCase(java.util.Locale.ROOT),
                    Formatting.number(e.value()), Formatting.number(e.stdError()),
                    "[" + Formatting.number(e.ciLower()) + ", " + Formatting.number(e.ciUpper()) + "]",
                    Formatting.pValue(e.pValue()), Integer.toString(e.n())));
            for (Map.Entry<String, Double> d : e.diagnostics().entrySet()) {
                diagnostics.add(List.of(m.method(), d.getKey(), Formatting.number(d.getValue())));
            }
        }
        if (rows.isEmpty()) {
            b.callout(ReportBlock.Tone.WARNING, "No point estimate: " + r.strategySummary() + ".");
        } else {
            b.table(List.of("method", "description", "role", "estimand", "estimate", "std. error", "95% CI", "p-value", "n"),
                    rows);
        }
        b.bullets(failures);
        if (!diagnostics.isEmpty()) {
            b.add(new ReportBlock.Table(List.of("method", "diagnostic", "value"), diagnostics,
                    "Diagnostics of each estimator (first-stage F, Anderson-Rubin set and over-identification tests for "
                            + "instruments; propensity-score range and effective sample sizes for weighting)."));
        }
        return b.build();
    }

    private static ReportSection refutations(AnalysisResult r) {
        ReportSection.Builder b = ReportSection.builder("refutations", "Refutation tests");
        if (!r.refutations().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            for (Refutation t : r.refutations()) {
                rows.add(List.of(t.kind().label(), Formatting.number(t.originalEffect()), Formatting.number(t.newEffect()),
                        Formatting.number(t.newEffectSd()), Formatting.pValue(t.pValue()), t.passed() ? "passed" : "FAILED",
                        Integer.toString(t.simulatedEffects().length)));
                rules.add(t.kind().label() + ": " + t.rule());
            }
            b.paragraph("Each test re-runs the primary estimator " + r.primaryEstimate().map(Estimate::method).orElse("")
                    + " on simulated versions of the data, seeded with the analysis seed.");
            b.table(List.of("test", "estimate", "new effect", "sd", "p-value", "result", "simulations"), rows);
            b.bullets(rules);
        }
        if (!r.refutationNote().isEmpty()) {
            b.callout(ReportBlock.Tone.NOTE, r.refutationNote());
        }
        return b.build();
    }

    private static ReportSection implications(AnalysisResult r) {
        ReportSection.Builder b = ReportSection.builder("implications", "Testable implications");
        if (r.independenceTests().isPresent()) {
            LocalTestReport t = r.independenceTests().get();
            int rejected = t.rejected().size();
            b.callout(rejected == 0 ? ReportBlock.Tone.SUCCESS : ReportBlock.Tone.WARNING, t.lines().size()
                    + " implied conditional independences tested (" + t.method() + ", Holm-corrected); " + rejected
                    + " rejected at level " + t.alpha() + (rejected == 0 ? ": the data do not contradict the graph."
                    : ": the data contradict the graph there."));
            List<List<String>> rows = new ArrayList<>();
            for (LocalTestReport.Line l : t.lines()) {
                IndependenceTestResult x = l.result();
                rows.add(List.of(x.statement().toText(), Formatting.number(x.statistic()),
                        Long.toString((long) x.degreesOfFreedom()), Formatting.pValue(x.pValue()),
                        Formatting.pValue(l.adjustedPValue()), l.rejected() ? "REJECTED" : "no"));
            }
            b.table(List.of("statement", "statistic", "df", "p-value", "Holm p-value", "rejected"), rows);
        }
        if (!r.independenceNote().isEmpty()) {
            b.callout(ReportBlock.Tone.NOTE, r.independenceNote());
        }
        return b.build();
    }

    private static ReportSection warnings(List<String> warnings) {
        ReportSection.Builder b = ReportSection.builder("warnings", "Warnings");
        return warnings.isEmpty() ? b.paragraph("None.").build() : b.bullets(warnings).build();
    }

    private static ReportSection provenance(AnalysisResult r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("data SHA-256", r.provenance().dataSha256()));
        rows.add(List.of("rows", Long.toString(r.provenance().rows())));
        r.provenance().settings().forEach((k, v) -> rows.add(List.of(k, v)));
        rows.add(List.of("seed", r.provenance().seed().isPresent() ? Long.toString(r.provenance().seed().getAsLong()) : ""));
        rows.add(List.of("causal4j", r.provenance().libraryVersion()));
        rows.add(List.of("Java", r.provenance().javaVersion()));
        rows.add(List.of("platform", r.provenance().platform()));
        return ReportSection.builder("provenance", "Provenance").table(List.of("item", "value"), rows).build();
    }
}
