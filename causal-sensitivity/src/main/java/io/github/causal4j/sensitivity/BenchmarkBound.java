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
 * One row of the bounds table: the strongest confounder that is at most kd times as strong as a
 * benchmark in explaining the treatment and ky times as strong in explaining the outcome, and the
 * estimate adjusted for it (Cinelli &amp; Hazlett 2020, Sec. 4.4):
 *
 * <pre>
 * R2_{D~Z|X}   = kd R2_{D~Xj|X-j} / (1 - R2_{D~Xj|X-j})
 * eta          = kd R2_{D~Xj|X-j}^2 / ((1 - kd R2_{D~Xj|X-j}) (1 - R2_{D~Xj|X-j}))
 * R2_{Y~Z|D,X} = ((sqrt(ky) + sqrt(eta)) / sqrt(1 - eta))^2 R2_{Y~Xj|X-j,D} / (1 - R2_{Y~Xj|X-j,D})   (at most 1)
 * </pre>
 *
 * @param benchmark the benchmark covariate(s)
 * @param kd the multiplier of the benchmark's strength with the treatment
 * @param ky the multiplier of the benchmark's strength with the outcome
 * @param label sensemakr's bound label: {@code "3x female"}, or {@code "1/2x female"} when kd &ne; ky
 * @param adjusted the confounder bound (r2dz.x, r2yz.dx) and the estimate adjusted for it
 * @param outcomeR2Capped whether the implied R&sup2;<sub>Y~Z|D,X</sub> exceeded 1 and was set to 1
 */
public record BenchmarkBound(BenchmarkCovariate benchmark, double kd, double ky, String label, AdjustedEstimate adjusted,
        boolean outcomeR2Capped) {

    /**
     * The confounder strength bounded by a benchmark.
     *
     * @param benchmark the benchmark
     * @param kd multiplier with the treatment, positive
     * @param ky multiplier with the outcome, positive
     * @return the bound (R&sup2;<sub>Y~Z|D,X</sub> capped at 1)
     * @throws IllegalArgumentException if kd is so large that the implied R&sup2;<sub>D~Z|X</sub> would reach 1
     */
    public static Confounder confounder(BenchmarkCovariate benchmark, double kd, double ky) {
        requireMultiplier(kd, "kd");
        requireMultiplier(ky, "ky");
        double r2dxj = benchmark.r2dxjX();
        double r2dz = kd * r2dxj / (1.0 - r2dxj);
        if (r2dz >= 1.0 || kd * r2dxj >= 1.0) {
            throw new IllegalArgumentException("impossible kd = " + kd + " for benchmark '" + benchmark.name()
                    + "': a confounder " + kd + " times as strong would explain all the residual variance of the treatment"
                    + " (r2dz.x = " + r2dz + "); use a smaller kd");
        }
        double eta = kd * r2dxj * r2dxj / ((1.0 - kd * r2dxj) * (1.0 - r2dxj));
        if (eta >= 1.0) {
            throw new IllegalArgumentException("impossible kd = " + kd + " for benchmark '" + benchmark.name()
                    + "': the implied partial R2 of the confounder with the benchmark reaches 1; use a smaller kd");
        }
        double r2yxj = benchmark.r2yxjDX();
        double root = (Math.sqrt(ky) + Math.sqrt(eta)) / Math.sqrt(1.0 - eta);
        double r2yz = root * root * r2yxj / (1.0 - r2yxj);
        return new Confounder(r2dz, Math.min(1.0, r2yz));
    }

    /**
     * @return whether the uncapped implied R&sup2;<sub>Y~Z|D,X</sub> of a bound exceeds 1
     */
    static boolean outcomeR2Exceeds1(BenchmarkCovariate benchmark, double kd, double ky) {
        double r2dxj = benchmark.r2dxjX();
        double eta = kd * r2dxj * r2dxj / ((1.0 - kd * r2dxj) * (1.0 - r2dxj));
        double root = (Math.sqrt(ky) + Math.sqrt(eta)) / Math.sqrt(1.0 - eta);
        return root * root * benchmark.r2yxjDX() / (1.0 - benchmark.r2yxjDX()) > 1.0;
    }

    private static void requireMultiplier(double k, String name) {
        if (!(k > 0.0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException(name + " (benchmark multiplier) must be positive and finite, got " + k);
        }
    }

    /**
     * sensemakr's label: {@code "<k>x name"} when kd = ky, {@code "<kd>/<ky>x name"} otherwise.
     *
     * @param name the benchmark's name
     * @param kd multiplier with the treatment
     * @param ky multiplier with the outcome
     * @return the label
     */
    public static String label(String name, double kd, double ky) {
        String k = kd == ky ? number(kd) : number(kd) + "/" + number(ky);
        return k + "x " + name;
    }

    private static String number(double k) {
        return k == Math.rint(k) && Math.abs(k) < 1e15 ? Long.toString((long) k) : Double.toString(k);
    }

    /** @return R&sup2;<sub>D~Z|X</sub> of the bound */
    public double r2dzX() {
        return adjusted.confounder().r2dzX();
    }

    /** @return R&sup2;<sub>Y~Z|D,X</sub> of the bound */
    public double r2yzDX() {
        return adjusted.confounder().r2yzDX();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: r2dz.x=%.4g r2yz.dx=%.4g adjusted %.6g [%.6g, %.6g]", label,
                r2dzX(), r2yzDX(), adjusted.estimate(), adjusted.lower(), adjusted.upper());
    }
}
