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
package io.github.causal4j.estimate.internal;

/**
 * Mergeable weighted mean and centred sum of squares of one variable (Welford's update within a
 * chunk, Chan, Golub &amp; LeVeque's pairwise combination across chunks), plus the raw sum of
 * squares. Used for the total sum of squares behind R².
 */
public final class WeightedMoments implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private double weight;
    private double mean;
    private double centred;
    private double raw;

    /**
     * @param value the observation
     * @param w its weight (1 for unweighted data)
     */
    public void add(double value, double w) {
        if (w == 0.0) {
            return;
        }
        double total = weight + w;
        double delta = value - mean;
        double r = delta * w / total;
        mean += r;
        centred += weight * delta * r;
        weight = total;
        raw += w * value * value;
    }

    /**
     * @param other moments of other rows
     * @return this, now the moments of both
     */
    public WeightedMoments merge(WeightedMoments other) {
        if (other.weight == 0.0) {
            return this;
        }
        if (weight == 0.0) {
            weight = other.weight;
            mean = other.mean;
            centred = other.centred;
            raw = other.raw;
            return this;
        }
        double total = weight + other.weight;
        double delta = other.mean - mean;
        centred += other.centred + delta * delta * weight * other.weight / total;
        mean += delta * other.weight / total;
        weight = total;
        raw += other.raw;
        return this;
    }

    /** @return the total weight */
    public double weight() {
        return weight;
    }

    /** @return the weighted mean */
    public double mean() {
        return mean;
    }

    /** @return {@code sum w (y - mean)^2} */
    public double centredSumOfSquares() {
        return centred;
    }

    /** @return {@code sum w y^2} */
    public double rawSumOfSquares() {
        return raw;
    }
}
