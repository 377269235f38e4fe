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

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.AverageEffect;
import io.github.causal4j.estimate.CovariateBalance;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.internal.RowChunks;
import java.util.List;

/**
 * Covariate balance before and after adjustment, one row per covariate design column (see
 * {@link CovariateBalance} for the definitions). "After" uses per-unit weights: inverse-probability
 * weights, matching frequencies or subclass weights. The sums are {@link BalanceSums}, which a pass
 * over distributed rows accumulates too.
 */
final class Balance {

    private Balance() {
    }

    static List<CovariateBalance> of(Dataset data, List<String> covariates, double[] d, double[] weights,
            AverageEffect estimand) {
        if (covariates.isEmpty()) {
            return List.of();
        }
        DesignMatrix x = DesignMatrix.of(data, covariates, false);
        int n = x.rowCount();
        int p = x.columnCount();
        int[] columns = new int[p];
        for (int j = 0; j < p; j++) {
            columns[j] = j;
        }
        BalanceSums sums = new BalanceSums(p);
        double[] block = new double[RowChunks.BLOCK_ROWS * p];
        for (int start = 0; start < n; start += RowChunks.BLOCK_ROWS) {
            int end = Math.min(n, start + RowChunks.BLOCK_ROWS);
            x.fill(start, end, block, p);
            for (int i = start; i < end; i++) {
                sums.add(d[i] == 1.0 ? 1 : 0, weights[i], block, columns, (i - start) * p);
            }
        }
        return sums.rows(x.columnNames(), estimand);
    }

    static double maxAbsSmd(List<CovariateBalance> rows, boolean after) {
        double max = 0.0;
        for (CovariateBalance b : rows) {
            max = Math.max(max, Math.abs(after ? b.smdAfter() : b.smdBefore()));
        }
        return max;
    }
}
