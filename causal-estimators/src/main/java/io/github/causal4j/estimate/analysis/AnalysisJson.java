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
import io.github.causal4j.estimate.refute.Refutation;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.IdResult;
import io.github.causal4j.identify.Strategy;
import io.github.causal4j.independence.LocalTestReport;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of an {@link AnalysisResult} (the contract of {@code causal analyze --json}), as a
 * tree of maps, lists and scalars with snake_case keys: {@code treatment}, {@code outcome},
 * {@code identified}, {@code data}, {@code graph}, {@code identification} (with {@code identifiable},
 * {@code strategies[]} each with its {@code kind}, {@code recommended}, {@code reason},
 * {@code estimand}), {@code estimates[]}, {@code refutations}, one key per contribution
 * ({@code sensitivity}, {@code bounds}; {@code {"available": false, "note": ...}} when the module
 * is missing), {@code implied_independencies}, {@code warnings[]} and {@code provenance}. A
 * non-finite diagnostic is written as the string {@code "Infinity"} or {@code "-Infinity"}.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static Map<String, Object> tree(AnalysisResult r) {
        AnalysisContext c = r.identified().context();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("treatment", c.treatment());
        out.put("outcome", c.outcome());
        out.put("identified", r.isIdentified());
        out.put("data", data(r.dataSummary()));
        out.put("graph", c.graph().map(g -> g.toDagitty()).orElse(null));
        out.put("identification", identification(r.identified()));
        out.put("strategy_summary", r.strategySummary());
        List<Object> estimates = new ArrayList<>();
        for (MethodEstimate m : r.estimates()) {
            estimates.add(estimate(m));
        }
        out.put("estimates", estimates);
        out.put("refutations", refutations(r));
        for (Contribution contribution : r.contributions()) {
            out.put(contribution.name(), contribution.json());
        }
        for (String[] expected : Contributors.EXPECTED) {
            if (r.contribution(expected[0]).isEmpty()) {
                out.put(expected[0], Map.of("available", false, "note", expected[1] + " not run: the module " + expected[2]
                        + " is not on the class path"));
            }
        }
        out.put("implied_independencies", independences(r));
        out.put("warnings", r.warnings());
        out.put("provenance", provenance(r.provenance()));
        return out;
    }

    private static Map<String, Object> data(DataSummary d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", d.rows());
        out.put("columns", d.columns());
        out.put("sha256", d.sha256());
        List<Object> vars = new ArrayList<>();
        for (DataSummary.Variable v : d.variables()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            m.put("type", v.type());
            m.put("missing", v.missing());
            if (v.type().equals("categorical")) {
                m.put("levels", v.levels());
            } else {
                putFinite(m, "mean", v.mean());
                putFinite(m, "sd", v.sd());
                putFinite(m, "min", v.min());
                putFinite(m, "max", v.max());
            }
            vars.add(m);
        }
        out.put("variables", vars);
        return out;
    }

    private static Map<String, Object> identification(IdentifiedEffect id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("adjustment_set", id.adjustmentSet());
        out.put("adjustment_rule", id.adjustmentRule().label());
        out.put("explanation", id.explanation());
        out.put("warnings", id.warnings());
        if (id.identification().isEmpty()) {
            out.put("identifiable", null);
            out.put("strategies", List.of());
            out.put("recommended", null);
            out.put("reason", "no graph: the covariates given are taken as a valid adjustment set");
            return out;
        }
        Identification i = id.identification().get();
        out.put("identifiable", i.identifiable());
        List<Object> strategies = new ArrayList<>();
        for (Strategy s : i.strategies()) {
            strategies.add(strategy(s));
        }
        out.put("strategies", strategies);
        out.put("recommended", i.recommended().map(Strategy::kind).orElse(null));
        out.put("reason", i.reason());
        out.put("estimand", i.estimandText());
        if (i.idResult() instanceof IdResult.NotIdentified n) {
            out.put("hedge", Map.of("f", n.hedge().f(), "f_prime", n.hedge().fPrime()));
        }
        return out;
    }

    private static Map<String, Object> strategy(Strategy s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind());
        m.put("nonparametric", s.nonparametric());
        m.put("assumptions", s.assumptions());
        m.put("estimand", s.estimand().toText());
        Estimand e = s.estimand();
        if (e instanceof Estimand.Backdoor b) {
            m.put("adjustment", b.adjustment());
        } else if (e instanceof Estimand.Frontdoor f) {
            m.put("mediators", f.mediators());
        } else if (e instanceof Estimand.Instrumental iv) {
            m.put("instrument", iv.instrument());
            m.put("conditioning", iv.conditioning());
        } else if (e instanceof Estimand.Proximal p) {
            m.put("treatment_proxies", p.treatmentProxies());
            m.put("outcome_proxies", p.outcomeProxies());
            m.put("covariates", p.covariates());
        }
        List<Object> alternatives = new ArrayList<>();
        for (Set<String> a : s.alternatives()) {
            alternatives.add(new ArrayList<>(a));
        }
        m.put("alternatives", alternatives);
        m.put("alternatives_complete", s.alternativesComplete());
        return m;
    }

    private static Map<String, Object> estimate(MethodEstimate m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", m.method());
        out.put("label", m.label());
        out.put("role", m.role().label());
        if (m.estimate().isEmpty()) {
            out.put("error", m.failure().orElse(""));
            return out;
        }
        Estimate e = m.estimate().get();
        out.put("estimand", e.estimand().label());
        out.put("estimate", e.value());
        out.put("std_error", e.stdError());
        out.put("ci_lower", e.ciLower());
        out.put("ci_upper", e.ciUpper());
        out.put("confidence_level", e.confidenceLevel());
        out.put("p_value", e.pValue());
        out.put("n", e.n());
        out.put("dof", e.dof().isPresent() ? e.dof().getAsInt() : null);
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        e.diagnostics().forEach((k, v) -> diagnostics.put(k, number(v)));
        out.put("diagnostics", diagnostics);
        out.put("warnings", e.warnings());
        return out;
    }

    private static Map<String, Object> refutations(AnalysisResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("estimator", r.refutations().isEmpty() ? null : r.primaryEstimate().map(Estimate::method).orElse(null));
        List<Object> results = new ArrayList<>();
        for (Refutation t : r.refutations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("test", t.kind().label());
            m.put("original_effect", t.originalEffect());
            m.put("new_effect", t.newEffect());
            m.put("new_effect_sd", t.newEffectSd());
            m.put("p_value", t.pValue());
            m.put("passed", t.passed());
            m.put("significance", t.significance());
            m.put("simulations", t.simulatedEffects().length);
            m.put("failures", t.failures());
            m.put("rule", t.rule());
            m.put("seed", t.provenance().seed().isPresent() ? t.provenance().seed().getAsLong() : null);
            results.add(m);
        }
        out.put("results", results);
        out.put("note", r.refutationNote());
        return out;
    }

    private static Map<String, Object> independences(AnalysisResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("note", r.independenceNote());
        if (r.independenceTests().isEmpty()) {
            out.put("tests", List.of());
            return out;
        }
        LocalTestReport t = r.independenceTests().get();
        out.put("test", t.method());
        out.put("correction", t.correction().name().toLowerCase(java.util.Locale.ROOT));
        out.put("alpha", t.alpha());
        out.put("rejected", t.rejected().size());
        List<Object> tests = new ArrayList<>();
        for (LocalTestReport.Line l : t.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("x", l.result().statement().x());
            m.put("y", l.result().statement().y());
            m.put("given", l.result().statement().given());
            m.put("statistic", l.result().statistic());
            m.put("df", l.result().degreesOfFreedom());
            m.put("p_value", l.result().pValue());
            m.put("adjusted_p_value", l.adjustedPValue());
            m.put("rejected", l.rejected());
            tests.add(m);
        }
        out.put("tests", tests);
        return out;
    }

    static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data_sha256", p.dataSha256());
        out.put("rows", p.rows());
        out.put("method", p.method());
        out.put("settings", p.settings());
        out.put("seed", p.seed().isPresent() ? p.seed().getAsLong() : null);
        out.put("library_version", p.libraryVersion());
        out.put("java_version", p.javaVersion());
        out.put("platform", p.platform());
        return out;
    }

    private static void putFinite(Map<String, Object> m, String key, double v) {
        if (Double.isFinite(v)) {
            m.put(key, v);
        }
    }

    /** A diagnostic value: the number, or "Infinity"/"-Infinity" (JSON has no infinity). */
    static Object number(double v) {
        return Double.isFinite(v) ? (Object) v : v > 0 ? "Infinity" : "-Infinity";
    }
}
