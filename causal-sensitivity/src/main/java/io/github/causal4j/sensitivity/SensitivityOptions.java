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
package io.github.causal4j.sensitivity;

/**
 * The question a sensitivity analysis asks: how much bias is problematic ({@code q}, a fraction of the
 * estimate), at which significance level ({@code alpha}), and in which {@link BiasDirection}. Defaults
 * are sensemakr's: q = 1 (bias that brings the estimate to zero), alpha = 0.05, toward zero.
 *
 * <pre>{@code
 * SensitivityOptions half = SensitivityOptions.defaults().withQ(0.5).withAlpha(0.10);
 * }</pre>
 *
 * @param q the fraction of the estimate a bias must reach to be problematic, positive
 * @param alpha the significance level, in (0, 1)
 * @param direction the direction of the bias
 */
public record SensitivityOptions(double q, double alpha, BiasDirection direction) {

    /** Validates the options. */
    public SensitivityOptions {
        if (!(q > 0.0) || Double.isInfinite(q)) {
            throw new IllegalArgumentException("q (the problematic fraction of the estimate) must be positive and finite, got " + q);
        }
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha (the significance level) must be in (0, 1), got " + alpha);
        }
        if (direction == null) {
            throw new NullPointerException("direction");
        }
    }

    /** @return q = 1, alpha = 0.05, {@link BiasDirection#TOWARD_ZERO} */
    public static SensitivityOptions defaults() {
        return new SensitivityOptions(1.0, 0.05, BiasDirection.TOWARD_ZERO);
    }

    /**
     * @param newQ the problematic fraction of the estimate, positive
     * @return these options with another q
     */
    public SensitivityOptions withQ(double newQ) {
        return new SensitivityOptions(newQ, alpha, direction);
    }

    /**
     * @param newAlpha the significance level in (0, 1)
     * @return these options with another alpha
     */
    public SensitivityOptions withAlpha(double newAlpha) {
        return new SensitivityOptions(q, newAlpha, direction);
    }

    /**
     * @param newDirection the direction of the bias
     * @return these options with another direction
     */
    public SensitivityOptions withDirection(BiasDirection newDirection) {
        return new SensitivityOptions(q, alpha, newDirection);
    }

    /**
     * The null hypothesis deemed problematic: H0: &tau; = est (1 - q) toward zero, est (1 + q) away from it.
     *
     * @param estimate the unadjusted estimate
     * @return the null value
     */
    public double nullValue(double estimate) {
        return direction.reduces() ? estimate * (1.0 - q) : estimate * (1.0 + q);
    }
}
