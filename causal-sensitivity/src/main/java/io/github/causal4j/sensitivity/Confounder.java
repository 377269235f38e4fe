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
 * The strength of a hypothetical unobserved confounder Z in the partial-R&sup2; parameterisation of
 * Cinelli &amp; Hazlett (2020, Sec. 4.1).
 *
 * @param r2dzX partial R&sup2; of Z with the treatment D given the covariates X,
 *        R&sup2;<sub>D~Z|X</sub>, in [0, 1)
 * @param r2yzDX partial R&sup2; of Z with the outcome Y given D and X, R&sup2;<sub>Y~Z|D,X</sub>, in
 *        [0, 1]; the value 1 is the paper's extreme scenario of a confounder that explains all the
 *        residual variance of the outcome (the adjusted standard error is then 0)
 */
public record Confounder(double r2dzX, double r2yzDX) {

    /** Validates both partial R&sup2; values. */
    public Confounder {
        if (!(r2dzX >= 0.0 && r2dzX < 1.0)) {
            throw new IllegalArgumentException("r2dz.x (partial R2 of the confounder with the treatment) must be in [0, 1), got "
                    + r2dzX);
        }
        if (!(r2yzDX >= 0.0 && r2yzDX <= 1.0)) {
            throw new IllegalArgumentException("r2yz.dx (partial R2 of the confounder with the outcome) must be in [0, 1], got "
                    + r2yzDX);
        }
    }

    /**
     * @param r2dzX R&sup2;<sub>D~Z|X</sub>
     * @param r2yzDX R&sup2;<sub>Y~Z|D,X</sub>
     * @return the confounder
     */
    public static Confounder of(double r2dzX, double r2yzDX) {
        return new Confounder(r2dzX, r2yzDX);
    }

    /**
     * The bias factor sqrt(R&sup2;<sub>Y~Z|D,X</sub> R&sup2;<sub>D~Z|X</sub> / (1 - R&sup2;<sub>D~Z|X</sub>)),
     * the part of |bias| = se &middot; sqrt(dof) &middot; BF that depends on the confounder alone.
     *
     * @return the bias factor
     */
    public double biasFactor() {
        return Math.sqrt(r2yzDX * r2dzX / (1.0 - r2dzX));
    }

    @Override
    public String toString() {
        return "Confounder[r2dz.x=" + r2dzX + ", r2yz.dx=" + r2yzDX + "]";
    }
}
