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
 * A sensitivity contour surface: a {@link ContourQuantity} evaluated on a grid of hypothetical
 * confounder strengths, R&sup2;<sub>D~Z|X</sub> (horizontal) by R&sup2;<sub>Y~Z|D,X</sub> (vertical), plus the
 * critical level at which the conclusion changes (Cinelli &amp; Hazlett 2020, Sec. 5.1; sensemakr's
 * {@code ovb_contour_plot} data).
 */
public final class ContourGrid {

    private final ContourQuantity quantity;
    private final double[] r2dz;
    private final double[] r2yz;
    private final double[][] values;
    private final double threshold;

    ContourGrid(ContourQuantity quantity, double[] r2dz, double[] r2yz, double[][] values, double threshold) {
        this.quantity = quantity;
        this.r2dz = r2dz;
        this.r2yz = r2yz;
        this.values = values;
        this.threshold = threshold;
    }

    /** @return what the surface shows */
    public ContourQuantity quantity() {
        return quantity;
    }

    /** @return the grid of R&sup2;<sub>D~Z|X</sub> values (a copy) */
    public double[] r2dzX() {
        return r2dz.clone();
    }

    /** @return the grid of R&sup2;<sub>Y~Z|D,X</sub> values (a copy) */
    public double[] r2yzDX() {
        return r2yz.clone();
    }

    /**
     * @param i index into {@link #r2dzX()}
     * @param j index into {@link #r2yzDX()}
     * @return the quantity at (R&sup2;<sub>D~Z|X</sub>[i], R&sup2;<sub>Y~Z|D,X</sub>[j])
     */
    public double value(int i, int j) {
        return values[i][j];
    }

    /** @return the number of grid points on each axis */
    public int size() {
        return r2dz.length;
    }

    /** @return the critical level of the quantity (the null value, or the critical t) */
    public double threshold() {
        return threshold;
    }

    double[][] valuesView() {
        return values;
    }

    @Override
    public String toString() {
        return "ContourGrid[" + quantity + ", " + r2dz.length + "x" + r2yz.length + " up to " + r2dz[r2dz.length - 1]
                + ", threshold " + threshold + "]";
    }
}
