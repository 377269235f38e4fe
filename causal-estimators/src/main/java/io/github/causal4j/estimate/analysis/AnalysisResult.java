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

import io.github.causal4j.estimate.IdentifiedEffect;
import io.github.causal4j.estimate.refute.Refutation;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.independence.LocalTestReport;
import io.github.causal4j.result.JsonWriter;
import io.github.causal4j.result.Provenance;
import io.github.causal4j.result.Report;
import io.github.causal4j.result.ReportDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code CausalAnalysis.run()} found, as one immutable value: the data summary, the
 * identification (every strategy, the one chosen and why, or why the effect is not identified), the
 * estimate table, the refutation tests of the primary estimate, the graph's implied independences
 * tested on the data, the contributions of the modules on the class path (sensitivity analysis,
 * bounds), the warnings of every stage and the provenance.
 *
 * <p>Forms: {@link #toJson()} (the JSON contract of {@code causal analyze --json}), {@link #toMarkdown()},
 * {@link #toHtml()} (one self-contained page with the graph picture and the plots), {@link #toText()}
 * and {@link #document()} (the sections, for other renderings).
 */
public final class AnalysisResult {

    private final IdentifiedEffect identified;
    private final DataSummary data;
    private final String strategySummary;
    private final List<MethodEstimate> estimates;
    private final List<Refutation> refutations;
    private final String refutationNote;
    private final ImpliedIndependenceCheck.Outcome independences;
    private final List<Contribution> contributions;
    private final List<String> missingContributions;
    private final List<String> warnings;
    private final Provenance provenance;
    private volatile ReportDocument document;

    AnalysisResult(IdentifiedEffect identified, DataSummary data, String strategySummary, List<MethodEstimate> estimates,
            List<Refutation> refutations, String refutationNote, ImpliedIndependenceCheck.Outcome independences,
            List<Contribution> contributions, List<String> missingContributions, List<String> warnings,
            Provenance provenance) {
        this.identified = identified;
        this.data = data;
        this.strategySummary = strategySummary;
        this.estimates = List.copyOf(estimates);
        this.refutations = List.copyOf(refutations);
        this.refutationNote = refutationNote;
        this.independences = independences;
        this.contributions = List.copyOf(contributions);
        this.missingContributions = List.copyOf(missingContributions);
        this.warnings = List.copyOf(warnings);
        this.provenance = provenance;
    }

    /** @return the identification stage: strategies, adjustment set, rule, explanation, warnings */
    public IdentifiedEffect identified() {
        return identified;
    }

    /** @return the identification on the graph, if the analysis has a graph */
    public Optional<Identification> identification() {
        return identified.identification();
    }

    /** @return whether the effect is identified (see {@link io.github.causal4j.estimate.AnalysisContext#identified()}) */
    public boolean isIdentified() {
        return identified.identified();
    }

    /** @return the variables used, their types and summaries */
    public DataSummary data() {
        return data;
    }

    /** @return how the effect is estimated, in words (e.g. "back-door adjustment for [age, educ]") */
    public String strategySummary() {
        return strategySummary;
    }

    /** @return the estimate table, primary method first */
    public List<MethodEstimate> estimates() {
        return estimates;
    }

    /**
     * @param method a method name ({@code "ols"}, {@code "ipw"}, {@code "2sls"}, ...)
     * @return that method's row, if it ran
     */
    public Optional<MethodEstimate> estimate(String method) {
        return estimates.stream().filter(m -> m.method().equals(method)).findFirst();
    }

    /** @return the primary estimate, when it succeeded */
    public Optional<io.github.causal4j.estimate.Estimate> primaryEstimate() {
        return estimates.stream().filter(m -> m.role() == MethodEstimate.Role.PRIMARY).flatMap(m -> m.estimate().stream())
                .findFirst();
    }

    /** @return the refutation tests of the primary estimate (empty when none ran; see {@link #refutationNote()}) */
    public List<Refutation> refutations() {
        return refutations;
    }

    /** @return why refutations did not run, or {@code ""} */
    public String refutationNote() {
        return refutationNote;
    }

    /** @return the implied-independence tests, when any ran */
    public Optional<LocalTestReport> independenceTests() {
        return independences.report();
    }

    /** @return what the implied-independence tests left out, or why none ran ({@code ""} when nothing needs saying) */
    public String independenceNote() {
        return independences.note();
    }

    /** @return the contributions of the modules on the class path, in order (sensitivity, bounds, others) */
    public List<Contribution> contributions() {
        return contributions;
    }

    /**
     * @param name a contribution's name ({@code "sensitivity"}, {@code "bounds"})
     * @return it, if its module was on the class path
     */
    public Optional<Contribution> contribution(String name) {
        return contributions.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The typed result of a contribution, e.g. {@code result.contribution(SensitivityReport.class)}.
     *
     * @param type the result type
     * @param <T> the type
     * @return the first contribution result of that type
     */
    public <T> Optional<T> contribution(Class<T> type) {
        return contributions.stream().flatMap(c -> c.value(type).stream()).findFirst();
    }

    /** @return notes on expected contributions whose module is not on the class path */
    public List<String> missingContributions() {
        return missingContributions;
    }

    /** @return every stage's warnings, each once: identification, estimators, refutations, rejected independences, contributions */
    public List<String> warnings() {
        return warnings;
    }

    /** @return data digest, settings, seed and versions */
    public Provenance provenance() {
        return provenance;
    }

    /** @return the report as titled sections (built once: drawing the graph may run Graphviz) */
    public ReportDocument document() {
        ReportDocument d = document;
        if (d == null) {
            d = AnalysisSections.document(this);
            document = d;
        }
        return d;
    }

    /** @return the self-contained HTML report */
    public String toHtml() {
        return document().toHtml();
    }

    /** @return the report as Markdown */
    public String toMarkdown() {
        return document().toMarkdown();
    }

    /** @return the report as plain text */
    public String toText() {
        return document().toText();
    }

    /** @return the result as a tree of maps, lists and scalars (the JSON form before writing) */
    public Map<String, Object> toJsonTree() {
        return AnalysisJson.tree(this);
    }

    /** @return the result as one JSON object */
    public String toJson() {
        return JsonWriter.write(toJsonTree());
    }

    /** @return text and Markdown */
    public Report report() {
        ReportDocument d = document();
        return new Report(d.toText(), d.toMarkdown());
    }

    /** @return e.g. {@code "AnalysisResult[d -> y, backdoor, ols = 0.0973 (SE 0.0233), 3 refutations, 2 warnings]"} */
    @Override
    public String toString() {
        var c = identified.context();
        return "AnalysisResult[" + c.treatment() + " -> " + c.outcome() + (isIdentified() ? "" : ", NOT IDENTIFIED")
                + ", " + identified.strategy().map(s -> s.kind()).orElse("no strategy")
                + primaryEstimate().map(e -> ", " + e.method() + " = " + e.value() + " (SE " + e.stdError() + ")").orElse("")
                + ", " + refutations.size() + " refutations, " + warnings.size() + " warning(s)]";
    }

    DataSummary dataSummary() {
        return data;
    }

    ImpliedIndependenceCheck.Outcome independences() {
        return independences;
    }
}
