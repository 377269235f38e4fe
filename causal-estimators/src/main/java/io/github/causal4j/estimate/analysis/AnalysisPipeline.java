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
import io.github.causal4j.estimate.refute.Refuter;
import io.github.causal4j.graph.NodeRole;
import io.github.causal4j.identify.Strategy;
import io.github.causal4j.result.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The whole analysis as a composition of the library's stages, run by {@code CausalAnalysis.run()}:
 * <ol>
 *   <li>the identification already done ({@link IdentifiedEffect});</li>
 *   <li>the estimators its strategy allows ({@link EstimationPlan}), side by side; a method that
 *       fails is a row with its reason, not a failed analysis;</li>
 *   <li>three seeded refutation tests of the primary estimate (placebo treatment, random common
 *       cause, data subsets);</li>
 *   <li>the graph's implied independences tested on the data, Holm-corrected;</li>
 *   <li>the contributions of the modules on the class path ({@link AnalysisContributor}:
 *       sensitivity analysis and bounds from causal-sensitivity);</li>
 *   <li>the warnings of every stage, gathered.</li>
 * </ol>
 * Progress goes to {@link RunOptions#listener()}.
 */
public final class AnalysisPipeline {

    private AnalysisPipeline() {
    }

    /**
     * @param identified the identified effect
     * @param options the run's options
     * @return the result
     */
    public static AnalysisResult run(IdentifiedEffect identified, RunOptions options) {
        AnalysisContext c = identified.context();
        EstimationPlan plan = EstimationPlan.of(identified, options);
        List<AnalysisContributor> contributors = Contributors.load();
        boolean refute = options.refute() && plan.refutationTarget.isPresent();
        List<Refuter> refuters = refute && plan.refutationTarget.get().placebo()
                ? List.of(Refuter.placeboTreatment(), Refuter.randomCommonCause(), Refuter.dataSubset())
                : List.of(Refuter.randomCommonCause(), Refuter.dataSubset());
        int total = plan.methods.stream().mapToInt(EstimationPlan.Planned::work).sum()
                + (refute ? refuters.size() * options.simulations() : 0) + 1 + contributors.size();
        Progress progress = new Progress(options.listener(), total);

        List<MethodEstimate> estimates = new ArrayList<>();
        String separation = null;
        for (EstimationPlan.Planned p : plan.methods) {
            if (p.propensity() && separation != null) {
                estimates.add(new MethodEstimate(p.method(), p.label(), p.role(), Optional.empty(), Optional.of(separation)));
                progress.step();
                continue;
            }
            MethodEstimate row = estimate(p, progress);
            if (p.propensity() && row.failure().isPresent() && row.failure().get().contains("separation")) {
                separation = "not fitted: the propensity model it shares with " + p.method() + " does not exist "
                        + "(separation, see " + p.method() + ")";
            }
            estimates.add(row);
        }
        Optional<Estimate> primary = estimates.stream().filter(m -> m.role() == MethodEstimate.Role.PRIMARY)
                .flatMap(m -> m.estimate().stream()).findFirst();

        List<Refutation> refutations = new ArrayList<>();
        String refutationNote = refutationNote(options, plan, primary);
        if (refute && primary.isPresent()) {
            EstimationPlan.RefutationTarget target = plan.refutationTarget.get();
            if (!target.placebo()) {
                refutationNote = "the placebo-treatment test is not run with instruments or proxies: a "
                        + "permuted treatment loses its relation to the instrument or proxy, so the re-estimates come from "
                        + "an unidentified model, not from a null effect. " + refutationNote;
                refutationNote = refutationNote.strip();
            }
            for (Refuter r : refuters) {
                try {
                    refutations.add(r.withSimulations(options.simulations()).withSeed(c.seed())
                            .withListener(progress.units()).refute(target.estimator(), primary.get(), c.data(),
                                    c.treatment(), c.outcome(), target.covariates()));
                } catch (RuntimeException e) {
                    refutationNote += (refutationNote.isEmpty() ? "" : " ") + r.kind().label() + " could not run: "
                            + e.getMessage() + ".";
                }
            }
        }

        ImpliedIndependenceCheck.Outcome tests = c.graph().isPresent()
                ? independences(c, options)
                : new ImpliedIndependenceCheck.Outcome(Optional.empty(), "no graph: no testable implications");
        progress.step();

        ContributorInput input = new ContributorInput(primary.map(c::withEstimate).orElse(c), estimates, options);
        List<Contribution> contributions = new ArrayList<>();
        List<String> failedContributions = new ArrayList<>();
        for (AnalysisContributor contributor : contributors) {
            try {
                contributions.add(contributor.contribute(input));
            } catch (RuntimeException e) {
                failedContributions.add(contributor.name() + " failed: " + e.getMessage());
            }
            progress.step();
        }
        progress.finish();

        List<String> warnings = warnings(identified, estimates, refutations, tests, contributions, failedContributions);
        return new AnalysisResult(identified, summary(c), plan.summary, estimates, refutations, refutationNote, tests,
                contributions, Contributors.missing(contributors), warnings, provenance(identified, options));
    }

    private static MethodEstimate estimate(EstimationPlan.Planned p, Progress progress) {
        MethodEstimate row;
        try {
            Estimate e = p.run().apply(progress.units());
            row = new MethodEstimate(p.method(), p.label(), p.role(), Optional.of(e), Optional.empty());
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            row = new MethodEstimate(p.method(), p.label(), p.role(), Optional.empty(), Optional.of(why));
        }
        if (p.work() == 1) {
            progress.step();
        }
        return row;
    }

    private static String refutationNote(RunOptions options, EstimationPlan plan, Optional<Estimate> primary) {
        if (!options.refute()) {
            return "refutation tests switched off";
        }
        if (plan.refutationTarget.isEmpty()) {
            return plan.methods.isEmpty() ? "no point estimate to refute"
                    : "the refutation tests re-run an effect estimator; the plug-in formula estimate is not refuted";
        }
        if (primary.isEmpty()) {
            return "the primary estimator failed: nothing to refute";
        }
        double smallest = 1.0 / (options.simulations() + 1);
        return smallest > 0.05 ? "with " + options.simulations() + " simulations the smallest attainable p-value of the "
                + "null tests (placebo treatment) is 1/" + (options.simulations() + 1) + ", above 0.05: they cannot pass; "
                + "run at least 19 simulations" : "";
    }

    private static ImpliedIndependenceCheck.Outcome independences(AnalysisContext c, RunOptions options) {
        try {
            return ImpliedIndependenceCheck.run(c.graph().get(), c.data(), options);
        } catch (RuntimeException e) {
            return new ImpliedIndependenceCheck.Outcome(Optional.empty(), "the implied independences could not be tested: "
                    + e.getMessage());
        }
    }

    private static DataSummary summary(AnalysisContext c) {
        LinkedHashSet<String> names = new LinkedHashSet<>(List.of(c.treatment(), c.outcome()));
        names.addAll(c.adjustmentSet());
        c.graph().ifPresent(g -> {
            for (String n : g.nodes()) {
                if (!g.hasRole(n, NodeRole.LATENT) && c.data().hasColumn(n)) {
                    names.add(n);
                }
            }
        });
        return DataSummary.of(c.data(), names);
    }

    private static List<String> warnings(IdentifiedEffect identified, List<MethodEstimate> estimates,
            List<Refutation> refutations, ImpliedIndependenceCheck.Outcome tests, List<Contribution> contributions,
            List<String> failedContributions) {
        LinkedHashSet<String> w = new LinkedHashSet<>();
        identified.identification().filter(id -> !id.identifiable()).ifPresent(id -> w.add(
                "the effect is NOT identified by the graph: " + id.reason()));
        w.addAll(identified.warnings());
        for (MethodEstimate m : estimates) {
            m.failure().ifPresent(f -> w.add(m.method() + " failed: " + f));
            m.estimate().ifPresent(e -> e.warnings().forEach(x -> w.add(m.method() + ": " + x)));
        }
        for (Refutation r : refutations) {
            if (!r.passed()) {
                w.add("the estimate fails the " + r.kind().label() + " refutation test (p = "
                        + String.format(java.util.Locale.ROOT, "%.3g", r.pValue()) + ")");
            }
        }
        tests.report().ifPresent(t -> t.rejected().forEach(line -> w.add("the data reject the implied independence "
                + line.result().statement().toText() + " (Holm-adjusted p = "
                + String.format(java.util.Locale.ROOT, "%.3g", line.adjustedPValue()) + "): the graph may be wrong")));
        for (Contribution c : contributions) {
            c.warnings().forEach(x -> w.add(c.name() + ": " + x));
        }
        w.addAll(failedContributions);
        return new ArrayList<>(w);
    }

    private static Provenance provenance(IdentifiedEffect identified, RunOptions options) {
        AnalysisContext c = identified.context();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("treatment", c.treatment());
        settings.put("outcome", c.outcome());
        c.graph().ifPresent(g -> settings.put("graph", g.toDagitty().replaceAll("\\s+", " ").strip()));
        settings.put("strategy", identified.strategy().map(Strategy::kind).orElse(c.graph().isPresent() ? "none" : "given"));
        settings.put("adjustment_rule", c.adjustmentRule().label());
        settings.put("adjustment_set", String.join(",", c.adjustmentSet()));
        c.outcomeSupport().ifPresent(r -> settings.put("outcome_support", r.lower() + "," + r.upper()));
        settings.put("simulations", Integer.toString(options.simulations()));
        settings.put("bootstrap_replicates", Integer.toString(options.bootstrapReplicates()));
        settings.put("alpha", Double.toString(options.alpha()));
        return Provenance.of(c.data().sha256(), c.data().rowCount(), "analyze", settings, OptionalLong.of(c.seed()));
    }
}
