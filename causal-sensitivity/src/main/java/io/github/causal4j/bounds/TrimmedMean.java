package io.github.causal4j.bounds;

import java.util.Arrays;

/**
 * Means of the lowest and the highest share {@code tau} of a weighted sample, for Lee's (2009)
 * bounds, with the <b>fractional-weighting convention</b>: the sample is treated as the discrete
 * distribution that puts mass {@code w_i / W} on {@code y_i}, and the trimmed mean is that
 * distribution's mean below (above) its {@code tau} ({@code 1 - tau}) quantile with the boundary
 * atom split, i.e. {@code (1/tau) int_0^tau Q(u) du} for the empirical quantile function {@code Q}.
 * The boundary observation therefore enters with the fraction of its weight that completes the
 * mass {@code tau W}. This is Lee's population formula applied to the empirical distribution; it
 * agrees with every quantile convention when {@code tau W} is a whole number of observations.
 *
 * <p>Alongside each mean: the trimmed distribution's variance and the boundary value
 * ({@code y_tau} below, {@code y_(1-tau)} above), which enter Lee's (2009, Prop. 3) variance.
 * Sorting costs {@code O(n log n)}.
 */
final class TrimmedMean {

    /**
     * One trimmed mean.
     *
     * @param mean the trimmed mean
     * @param variance the variance of the trimmed distribution (weights as above, denominator the kept mass)
     * @param boundary the quantile at which it is trimmed
     */
    record Part(double mean, double variance, double boundary) {
    }

    final Part lower;
    final Part upper;

    private TrimmedMean(Part lower, Part upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * @param y values
     * @param w positive weights
     * @param tau the share kept, in (0, 1]
     */
    static TrimmedMean of(double[] y, double[] w, double tau) {
        int n = y.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        double[] ys = new double[n];
        double[] ws = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            ys[k] = y[order[k]];
            ws[k] = w[order[k]];
            total += ws[k];
        }
        double keep = tau * total;
        Part low = keepFrom(ys, ws, keep, false);
        Part high = keepFrom(ys, ws, keep, true);
        return new TrimmedMean(low, high);
    }

    /** Accumulates mass {@code keep} from the bottom (or the top) of the sorted sample. */
    private static Part keepFrom(double[] ys, double[] ws, double keep, boolean fromTop) {
        int n = ys.length;
        double mass = 0;
        double sum = 0;
        double boundary = fromTop ? ys[n - 1] : ys[0];
        for (int k = 0; k < n && mass < keep; k++) {
            int i = fromTop ? n - 1 - k : k;
            double take = Math.min(ws[i], keep - mass);
            mass += take;
            sum += take * ys[i];
            boundary = ys[i];
        }
        double mean = sum / mass;
        // a second pass around the mean avoids the cancellation of E[y^2] - mean^2
        double ss = 0;
        double m2 = 0;
        for (int k = 0; k < n && m2 < keep; k++) {
            int i = fromTop ? n - 1 - k : k;
            double take = Math.min(ws[i], keep - m2);
            m2 += take;
            ss += take * (ys[i] - mean) * (ys[i] - mean);
        }
        return new Part(mean, ss / mass, boundary);
    }
}
