package io.github.causal4j.estimate.backdoor;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import java.util.List;

/**
 * A fitted propensity-score model {@code e(x) = P(D = 1 | x)} (logit of the treatment on the
 * covariates with an intercept) and its scores for every row, with their complements computed
 * without cancellation (matching and stratification work on the scores of all rows).
 */
final class PropensityScores {

    final LogisticFit fit;
    final double[] e;
    final double[] oneMinusE;

    private PropensityScores(LogisticFit fit, int n) {
        this.fit = fit;
        e = new double[n];
        oneMinusE = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = fit.probability(i);
            oneMinusE[i] = fit.complementProbability(i);
        }
    }

    static PropensityScores fit(Dataset data, String treatment, List<String> covariates, double[] d,
            LogisticRegression model) {
        DesignMatrix x = DesignMatrix.of(data, covariates, true);
        return new PropensityScores(model.fit(x, d, treatment), d.length);
    }
}
