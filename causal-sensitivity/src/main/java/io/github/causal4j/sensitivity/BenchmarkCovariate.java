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

import java.util.List;

/**
 * An observed covariate (or a group of covariates) whose explanatory power bounds the strength of an
 * unobserved confounder "k times as strong" (Cinelli &amp; Hazlett 2020, Sec. 4.4).
 *
 * @param name the label used in the bounds table ({@code "female"}, or a group's name)
 * @param covariates the covariate(s) the benchmark stands for: one name for a single benchmark,
 *        several for a group benchmarked jointly
 * @param r2dxjX partial R&sup2; of the benchmark with the treatment given the other covariates,
 *        R&sup2;<sub>D~Xj|X-j</sub>, in [0, 1) (for a group: the joint partial R&sup2;)
 * @param r2yxjDX partial R&sup2; of the benchmark with the outcome given the treatment and the other
 *        covariates, R&sup2;<sub>Y~Xj|X-j,D</sub>, in [0, 1)
 */
public record BenchmarkCovariate(String name, List<String> covariates, double r2dxjX, double r2yxjDX) {

    /** Validates and copies. */
    public BenchmarkCovariate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("benchmark name must not be blank");
        }
        covariates = List.copyOf(covariates);
        if (covariates.isEmpty()) {
            throw new IllegalArgumentException("benchmark '" + name + "' names no covariate");
        }
        if (!(r2dxjX >= 0.0 && r2dxjX < 1.0)) {
            throw new IllegalArgumentException("benchmark '" + name
                    + "': partial R2 with the treatment (r2dxj.x) must be in [0, 1), got " + r2dxjX);
        }
        if (!(r2yxjDX >= 0.0 && r2yxjDX < 1.0)) {
            throw new IllegalArgumentException("benchmark '" + name
                    + "': partial R2 with the outcome (r2yxj.dx) must be in [0, 1), got " + r2yxjDX);
        }
    }

    /**
     * A single covariate as benchmark, from its two partial R&sup2; values (e.g. from a published table).
     *
     * @param covariate the covariate's name
     * @param r2dxjX R&sup2;<sub>D~Xj|X-j</sub>
     * @param r2yxjDX R&sup2;<sub>Y~Xj|X-j,D</sub>
     * @return the benchmark
     */
    public static BenchmarkCovariate of(String covariate, double r2dxjX, double r2yxjDX) {
        return new BenchmarkCovariate(covariate, List.of(covariate), r2dxjX, r2yxjDX);
    }

    /**
     * A group of covariates benchmarked jointly.
     *
     * @param name the group's label
     * @param covariates the group's members
     * @param r2dxjX joint partial R&sup2; of the group with the treatment
     * @param r2yxjDX joint partial R&sup2; of the group with the outcome
     * @return the benchmark
     */
    public static BenchmarkCovariate group(String name, List<String> covariates, double r2dxjX, double r2yxjDX) {
        return new BenchmarkCovariate(name, covariates, r2dxjX, r2yxjDX);
    }

    /** @return whether this benchmark stands for more than one covariate */
    public boolean isGroup() {
        return covariates.size() > 1;
    }

    /**
     * The partial R&sup2; of a coefficient from its t-value, t&sup2; / (t&sup2; + dof).
     *
     * @param t the t-value
     * @param dof the residual degrees of freedom of its regression
     * @return the partial R&sup2;
     */
    public static double partialR2FromT(double t, double dof) {
        requireDof(dof);
        return t * t / (t * t + dof);
    }

    /**
     * The joint partial R&sup2; of a group of p coefficients from their Wald F-statistic,
     * F p / (F p + dof) (equal to the drop in R&sup2; relative to the reduced model's unexplained share).
     *
     * @param f the F-statistic (classical covariance)
     * @param p the number of coefficients in the group
     * @param dof the residual degrees of freedom
     * @return the joint partial R&sup2;
     */
    public static double partialR2FromF(double f, int p, double dof) {
        requireDof(dof);
        if (p < 1) {
            throw new IllegalArgumentException("a group needs at least one coefficient, got p = " + p);
        }
        if (!(f >= 0.0) || Double.isInfinite(f)) {
            throw new IllegalArgumentException("F-statistic must be finite and non-negative, got " + f);
        }
        return f * p / (f * p + dof);
    }

    private static void requireDof(double dof) {
        if (!(dof > 0.0) || Double.isInfinite(dof)) {
            throw new IllegalArgumentException("dof (residual degrees of freedom) must be positive and finite, got " + dof);
        }
    }
}
