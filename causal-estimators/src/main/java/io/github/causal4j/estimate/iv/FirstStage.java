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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.estimate.internal.Formatting;
import java.util.Objects;
import java.util.Optional;

/**
 * First-stage strength of the excluded instruments for one endogenous regressor d: the F test
 * that their coefficients are zero in the regression of d on the instruments and covariates (as
 * R's {@code summary(ivreg, diagnostics = TRUE)} "Weak instruments" row), its
 * heteroskedasticity- or cluster-robust version (the Wald statistic with the robust covariance of
 * the first-stage coefficients, divided by the number of instruments; AER's {@code ivdiag} with
 * {@code vcov.}), and the partial R² of the instruments, {@code (RSS_X - RSS_XZ) / RSS_X}. With
 * several endogenous regressors these per-regressor statistics do not measure joint
 * identification strength (see Sanderson &amp; Windmeijer 2016, J. Econometrics 190:212).
 *
 * @param regressor d
 * @param f the classical first-stage F test
 * @param robustF the robust F, when a robust covariance was requested
 * @param partialRSquared partial R² of the excluded instruments
 */
public record FirstStage(String regressor, IvTest f, Optional<IvTest> robustF, double partialRSquared) {

    /** Validates. */
    public FirstStage {
        Objects.requireNonNull(regressor, "regressor");
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(robustF, "robustF");
    }

    /** @return the robust F when present, else the classical F */
    public double effectiveF() {
        return robustF.map(IvTest::statistic).orElse(f.statistic());
    }

    /** @return e.g. {@code "first stage of lrprice: F = 244.73 (2, 44), partial R2 = 0.9175"} */
    @Override
    public String toString() {
        return "first stage of " + regressor + ": F = " + Formatting.number(f.statistic()) + " (" + Formatting.number(f.df1())
                + ", " + Formatting.number(f.df2()) + ")" + robustF.map(r -> ", robust F = " + Formatting.number(r.statistic()))
                        .orElse("") + ", partial R2 = " + Formatting.number(partialRSquared);
    }
}
