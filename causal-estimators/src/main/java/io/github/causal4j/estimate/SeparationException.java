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
package io.github.causal4j.estimate;

import io.github.causal4j.CausalException;
import java.util.List;

/**
 * A logistic regression whose outcome is perfectly predicted by a combination of the covariates
 * (complete or quasi-complete separation): the maximum-likelihood estimate does not exist, and for
 * a propensity score it means that some covariate region holds only treated or only control
 * units (no overlap). The message names the outcome, the covariates that separate it and how many
 * rows are perfectly predicted.
 */
public final class SeparationException extends CausalException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> covariates;
    /** Rows with fitted probability numerically 0 or 1. */
    private final int perfectlyPredicted;

    /**
     * @param message the message
     * @param covariates the design columns whose coefficients diverge
     * @param perfectlyPredicted rows with fitted probability numerically 0 or 1
     */
    public SeparationException(String message, List<String> covariates, int perfectlyPredicted) {
        super(message);
        this.covariates = List.copyOf(covariates);
        this.perfectlyPredicted = perfectlyPredicted;
    }

    /** @return the design columns whose coefficients diverge */
    public List<String> covariates() {
        return covariates;
    }

    /** @return the number of rows with fitted probability numerically 0 or 1 */
    public int perfectlyPredicted() {
        return perfectlyPredicted;
    }
}
