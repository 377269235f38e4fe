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
 * Solves a just-identified system of mean estimating equations
 * {@code gbar(theta) = (1/n) sum_i g_i(theta) = 0}: Newton's method with the analytic Jacobian and
 * step halving on the norm of {@code gbar} (a step is accepted only if it does not increase it;
 * Dennis &amp; Schnabel 1996, <i>Numerical Methods for Unconstrained Optimization and Nonlinear
 * Equations</i>, sec. 6.3), converged when the largest moment and the last step are below the
 * tolerance. Nonlinear equations need not have a root in a finite sample (an exponential bridge
 * with heavy-tailed weights often has none), so when Newton fails {@link #solve} falls back to the
 * GMM (minimum-distance) solution {@code argmin gbar' W gbar} by Levenberg–Marquardt (Moré 1978),
 * converged when the gradient {@code J' W gbar} vanishes; the result says whether the root is exact.
 */
public final class MomentEquationSolver {

    /** The equations. */
    public interface Equations {
        /** @return the number of parameters (= equations) */
        int dimension();

        /**
         * @param theta parameters
         * @param mean out: {@code gbar(theta)}
         * @param jacobian out: {@code d gbar / d theta'}, row-major, or {@code null} when not needed
         * @return whether every value is finite (a step into overflow is rejected)
         */
        boolean evaluate(double[] theta, double[] mean, double[] jacobian);
    }

    /**
     * The outcome of the iterations.
     *
     * @param theta the last iterate
     * @param iterations Newton steps taken
     * @param converged whether the stopping rule was met
     * @param largestMoment {@code max_j |gbar_j(theta)|} at the last iterate
     * @param exactRoot whether theta solves the equations (else it minimises {@code gbar' W gbar})
     */
    public record Result(double[] theta, int iterations, boolean converged, double largestMoment, boolean exactRoot) {
    }

    private MomentEquationSolver() {
    }

    /**
     * Newton first; if it does not reach a root, the minimum-distance solution with weight W.
     *
     * @param equations the system
     * @param weight W, p x p symmetric positive definite (row-major), for the fallback
     * @param start starting value
     * @param maxIterations steps allowed (each method)
     * @param tolerance stopping tolerance on {@code max |gbar|} (Newton) or on the scaled gradient (fallback)
     * @return the result (check {@link Result#converged()} and {@link Result#exactRoot()})
     */
    public static Result solve(Equations equations, double[] weight, double[] start, int maxIterations,
            double tolerance) {
        Result newton = newton(equations, start, maxIterations, tolerance);
        if (newton.converged()) {
            return newton;
        }
        Result fromStart = minimumDistance(equations, weight, start, maxIterations, tolerance);
        boolean newtonFinite = Double.isFinite(newton.largestMoment());
        Result fromNewton = newtonFinite ? minimumDistance(equations, weight, newton.theta(), maxIterations, tolerance)
                : fromStart;
        Result best = fromStart.exactRoot() ? fromStart : fromNewton.exactRoot() ? fromNewton
                : objective(equations, weight, fromNewton.theta()) < objective(equations, weight, fromStart.theta())
                        ? fromNewton : fromStart;
        return new Result(best.theta(), newton.iterations() + best.iterations(), best.converged(), best.largestMoment(),
                best.exactRoot());
    }

    private static double objective(Equations equations, double[] weight, double[] theta) {
        int p = equations.dimension();
        double[] g = new double[p];
        if (!equations.evaluate(theta, g, null)) {
            return Double.POSITIVE_INFINITY;
        }
        return quadratic(weight, g, p);
    }

    private static double quadratic(double[] w, double[] g, int p) {
        double s = 0;
        for (int a = 0; a < p; a++) {
            double t = 0;
            for (int b = 0; b < p; b++) {
                t += w[a * p + b] * g[b];
            }
            s += g[a] * t;
        }
        return s;
    }

    /**
     * Levenberg–Marquardt on {@code Q(theta) = gbar' W gbar}: steps {@code (J'WJ + mu D) delta = -J'W gbar}
     * with {@code D} the diagonal of {@code J'WJ}, mu raised on a failed step and lowered on a
     * successful one; converged when {@code |J'W gbar|_inf <= tol * max(1, Q)} (the first-order condition).
     *
     * @param equations the system
     * @param weight W
     * @param start starting value
     * @param maxIterations steps allowed
     * @param tolerance gradient tolerance
     * @return the result; {@code exactRoot} when the minimum is a root
     */
    public static Result minimumDistance(Equations equations, double[] weight, double[] start, int maxIterations,
            double tolerance) {
        int p = equations.dimension();
        double[] theta = start.clone();
        double[] g = new double[p];
        double[] jac = new double[p * p];
        if (!equations.evaluate(theta, g, jac)) {
            return new Result(theta, 0, false, Double.POSITIVE_INFINITY, false);
        }
        double q = quadratic(weight, g, p);
        double mu = 1e-3;
        double[] trial = new double[p];
        double[] gTrial = new double[p];
        for (int it = 1; it <= maxIterations; it++) {
            double[] jt = new double[p * p];
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    jt[b * p + a] = jac[a * p + b];
                }
            }
            double[] jtw = SmallMatrices.multiply(jt, weight, p, p, p);
            double[] h = SmallMatrices.multiply(jtw, jac, p, p, p);
            double[] grad = SmallMatrices.multiply(jtw, g, p, p, 1);
            if (largest(grad) <= tolerance * Math.max(1.0, q) || largest(g) <= tolerance) {
                return new Result(theta, it - 1, true, largest(g), largest(g) <= tolerance);
            }
            boolean accepted = false;
            while (mu < 1e12) {
                double[] damped = h.clone();
                for (int a = 0; a < p; a++) {
                    damped[a * p + a] += mu * Math.max(h[a * p + a], 1e-12);
                }
                double[] delta = SmallMatrices.solvePositiveDefinite(damped, grad, p);
                if (delta != null) {
                    for (int a = 0; a < p; a++) {
                        trial[a] = theta[a] - delta[a];
                    }
                    if (equations.evaluate(trial, gTrial, null) && quadratic(weight, gTrial, p) < q) {
                        accepted = true;
                        break;
                    }
                }
                mu *= 10;
            }
            if (!accepted) {
                return new Result(theta, it, largest(grad) <= Math.sqrt(tolerance) * Math.max(1.0, q), largest(g),
                        largest(g) <= tolerance);
            }
            mu = Math.max(mu / 10, 1e-12);
            System.arraycopy(trial, 0, theta, 0, p);
            equations.evaluate(theta, g, jac);
            q = quadratic(weight, g, p);
        }
        return new Result(theta, maxIterations, false, largest(g), false);
    }

    /**
     * Newton's method alone.
     *
     * @param equations the system
     * @param start starting value
     * @param maxIterations Newton steps allowed
     * @param tolerance stopping tolerance on {@code max |gbar|} and on the relative step
     * @return the result
     */
    public static Result newton(Equations equations, double[] start, int maxIterations, double tolerance) {
        int p = equations.dimension();
        double[] theta = start.clone();
        double[] g = new double[p];
        double[] jac = new double[p * p];
        if (!equations.evaluate(theta, g, jac)) {
            return new Result(theta, 0, false, Double.POSITIVE_INFINITY, false);
        }
        double norm = norm(g);
        double[] trial = new double[p];
        double[] gTrial = new double[p];
        for (int it = 1; it <= maxIterations; it++) {
            double[] inverse = SmallMatrices.invert(jac, p);
            if (inverse == null) {
                return new Result(theta, it - 1, false, largest(g), false);
            }
            double[] step = SmallMatrices.multiply(inverse, g, p, p, 1);
            double lambda = 1.0;
            boolean accepted = false;
            while (lambda > 1e-10) {
                for (int a = 0; a < p; a++) {
                    trial[a] = theta[a] - lambda * step[a];
                }
                if (equations.evaluate(trial, gTrial, null) && norm(gTrial) <= norm) {
                    accepted = true;
                    break;
                }
                lambda *= 0.5;
            }
            if (!accepted) {
                return new Result(theta, it, largest(g) <= tolerance, largest(g), largest(g) <= tolerance);
            }
            double stepSize = 0;
            double scale = 0;
            for (int a = 0; a < p; a++) {
                stepSize = Math.max(stepSize, Math.abs(lambda * step[a]));
                scale = Math.max(scale, Math.abs(trial[a]));
            }
            System.arraycopy(trial, 0, theta, 0, p);
            equations.evaluate(theta, g, jac);
            norm = norm(g);
            if (largest(g) <= tolerance && stepSize <= Math.sqrt(tolerance) * Math.max(1.0, scale)) {
                return new Result(theta, it, true, largest(g), true);
            }
        }
        return new Result(theta, maxIterations, false, largest(g), false);
    }

    private static double norm(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return s;
    }

    private static double largest(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
