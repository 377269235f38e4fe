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
 * An extreme-scenario curve (Cinelli &amp; Hazlett 2020, Sec. 5.2; sensemakr's {@code ovb_extreme_plot}):
 * the bias-adjusted estimate as a function of R&sup2;<sub>D~Z|X</sub> for a confounder that explains a
 * fixed, large share R&sup2;<sub>Y~Z|D,X</sub> of the residual variance of the outcome (1, 0.75, 0.5).
 *
 * @param r2yzDX the fixed R&sup2;<sub>Y~Z|D,X</sub> of the scenario
 * @param r2dzX the grid of R&sup2;<sub>D~Z|X</sub>
 * @param adjustedEstimate the adjusted estimate at each grid point
 */
public record ExtremeScenario(double r2yzDX, double[] r2dzX, double[] adjustedEstimate) {

    /** Copies the arrays. */
    public ExtremeScenario {
        r2dzX = r2dzX.clone();
        adjustedEstimate = adjustedEstimate.clone();
        if (r2dzX.length != adjustedEstimate.length) {
            throw new IllegalArgumentException("grid and curve lengths differ");
        }
    }

    /** @return the grid (a copy) */
    @Override
    public double[] r2dzX() {
        return r2dzX.clone();
    }

    /** @return the curve (a copy) */
    @Override
    public double[] adjustedEstimate() {
        return adjustedEstimate.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtremeScenario e && e.r2yzDX == r2yzDX && java.util.Arrays.equals(e.r2dzX, r2dzX)
                && java.util.Arrays.equals(e.adjustedEstimate, adjustedEstimate);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(r2yzDX) + java.util.Arrays.hashCode(adjustedEstimate);
    }

    @Override
    public String toString() {
        return "ExtremeScenario[r2yz.dx=" + r2yzDX + ", " + r2dzX.length + " points]";
    }
}
