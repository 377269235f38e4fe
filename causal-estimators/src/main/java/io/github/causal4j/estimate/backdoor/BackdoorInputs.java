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
package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.Provenances;
import io.github.causal4j.estimate.internal.RoleChecks;
import io.github.causal4j.estimate.stats.RowPasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checked inputs of a back-door estimator: the columns exist, the outcome and treatment are
 * numeric and not among the covariates, nothing is missing, and (where required) the treatment is
 * binary 0/1 with both arms present. Messages name the column and row at fault.
 */
final class BackdoorInputs {

    final Dataset data;
    final String treatment;
    final String outcome;
    final List<String> covariates;
    final double[] d;
    final double[] y;
    final int n;
    final int treatedCount;

    private BackdoorInputs(Dataset data, String treatment, String outcome, List<String> covariates, double[] d, double[] y,
            int treatedCount) {
        this.data = data;
        this.treatment = treatment;
        this.outcome = outcome;
        this.covariates = covariates;
        this.d = d;
        this.y = y;
        this.n = d.length;
        this.treatedCount = treatedCount;
    }

    static BackdoorInputs of(Dataset data, String treatment, String outcome, List<String> covariates,
            boolean binaryTreatment, String method) {
        Objects.requireNonNull(data, "data");
        RoleChecks.backdoor(treatment, outcome, covariates);
        for (String c : covariates) {
            data.column(c);
        }
        NumericColumn dc = numeric(data, treatment, "treatment");
        NumericColumn yc = numeric(data, outcome, "outcome");
        List<String> all = new ArrayList<>(covariates);
        all.add(treatment);
        all.add(outcome);
        data.requireComplete(all);
        double[] d = dc.toArray();
        int treated = 0;
        if (binaryTreatment) {
            for (int i = 0; i < d.length; i++) {
                if (d[i] != 0.0 && d[i] != 1.0) {
                    throw new IllegalArgumentException(method + " needs a binary 0/1 treatment, but '" + treatment
                            + "' has the value " + d[i] + " at row " + (i + 1));
                }
                treated += (int) d[i];
            }
            if (treated == 0 || treated == d.length) {
                throw new IllegalArgumentException("the treatment '" + treatment + "' is " + (treated == 0 ? 0 : 1)
                        + " in every row: there are no " + (treated == 0 ? "treated" : "control") + " units to compare");
            }
        }
        return new BackdoorInputs(data, treatment, outcome, List.copyOf(covariates), d, yc.toArray(), treated);
    }

    private static NumericColumn numeric(Dataset data, String name, String role) {
        Column c = data.column(name);
        if (!(c instanceof NumericColumn n)) {
            throw new IllegalArgumentException("the " + role + " '" + name + "' is categorical; it must be numeric"
                    + (role.equals("treatment") ? " (binary 0/1 for this estimator)" : ""));
        }
        return n;
    }

    /**
     * @param parallelism threads for the passes
     * @return the rows of the propensity design (intercept and covariates), then the treatment and the outcome
     */
    RowPasses rows(Parallelism parallelism) {
        DesignMatrix x = DesignMatrix.of(data, covariates, true);
        return DesignRows.of(x, List.of(treatment, outcome), List.of(d, y), parallelism,
                Provenances.digest(data, usedColumns()));
    }

    /** @return every column used, for the provenance digest */
    List<String> usedColumns() {
        List<String> out = new ArrayList<>();
        out.add(treatment);
        out.add(outcome);
        out.addAll(covariates);
        return out;
    }
}
