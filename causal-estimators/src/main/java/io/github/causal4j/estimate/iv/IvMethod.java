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

/**
 * The instrumental-variable estimators, all members of the k-class
 * {@code b(k) = [X'(I - k M_Z) X]^{-1} X'(I - k M_Z) y} (Theil 1958; Davidson &amp; MacKinnon 2004,
 * <i>Econometric Theory and Methods</i>, sec. 12.5), X = [D, covariates], Z = [instruments, covariates].
 */
public enum IvMethod {
    /**
     * The Wald ratio with one instrument: the reduced-form coefficient of z on y divided by its
     * first-stage coefficient on d ({@code (E[y|z=1] - E[y|z=0]) / (E[d|z=1] - E[d|z=0])} for a binary
     * instrument without covariates; Wald 1940). Numerically 2SLS with one instrument.
     */
    WALD,
    /** Two-stage least squares, k = 1. */
    TWO_STAGE_LEAST_SQUARES,
    /**
     * Limited-information maximum likelihood (Anderson &amp; Rubin 1949): k = the smallest root of
     * {@code det(Y'M_X Y - k Y'M_Z Y) = 0}, {@code Y = [y, D]}.
     */
    LIML,
    /** Fuller (1977, Econometrica 45:939): {@code k = k_LIML - a / (n - K)}, K the number of instrument columns. */
    FULLER;

    /** @return the command-line name: {@code wald}, {@code 2sls}, {@code liml}, {@code fuller} */
    public String label() {
        return switch (this) {
            case WALD -> "wald";
            case TWO_STAGE_LEAST_SQUARES -> "2sls";
            case LIML -> "liml";
            case FULLER -> "fuller";
        };
    }
}
