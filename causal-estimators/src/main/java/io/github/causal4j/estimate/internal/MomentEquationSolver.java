package io.github.causal4j.estimate.internal;

/**
 * Newton's method for a just-identified system of mean estimating equations
 * {@code gbar(theta) = (1/n) sum_i g_i(theta) = 0}, with the analytic Jacobian, step halving on the
 * norm of {@code gbar} (a step is accepted only if it does not increase it; Dennis &amp; Schnabel 1996,
 * <i>Numerical Methods for Unconstrained Optimization and Nonlinear Equations</i>, sec. 6.3) and
 * convergence declared when the largest scaled moment and the last step are both below the
 * tolerance. Used for bridge functions and other nuisance models defined by moment conditions.
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
     */
    public record Result(double[] theta, int iterations, boolean converged, double largestMoment) {
    }

    private MomentEquationSolver() {
    }

    /**
     * @param equations the system
     * @param start starting value
     * @param maxIterations Newton steps allowed
     * @param tolerance stopping tolerance on {@code max |gbar|} and on the relative step
     * @return the result (check {@link Result#converged()})
     */
    public static Result solve(Equations equations, double[] start, int maxIterations, double tolerance) {
        int p = equations.dimension();
        double[] theta = start.clone();
        double[] g = new double[p];
        double[] jac = new double[p * p];
        if (!equations.evaluate(theta, g, jac)) {
            return new Result(theta, 0, false, Double.POSITIVE_INFINITY);
        }
        double norm = norm(g);
        double[] trial = new double[p];
        double[] gTrial = new double[p];
        for (int it = 1; it <= maxIterations; it++) {
            double[] inverse = SmallMatrices.invert(jac, p);
            if (inverse == null) {
                return new Result(theta, it - 1, false, largest(g));
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
                return new Result(theta, it, largest(g) <= tolerance, largest(g));
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
                return new Result(theta, it, true, largest(g));
            }
        }
        return new Result(theta, maxIterations, false, largest(g));
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
