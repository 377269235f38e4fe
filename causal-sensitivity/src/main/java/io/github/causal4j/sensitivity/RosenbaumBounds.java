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

import io.github.causal4j.estimate.backdoor.MatchedSample;
import io.github.causal4j.result.Report;
import io.github.causal4j.sensitivity.internal.Normal;
import io.github.causal4j.sensitivity.internal.RankSumDistribution;
import io.github.causal4j.sensitivity.internal.WalshAverages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rosenbaum's sensitivity analysis for matched pairs (Rosenbaum 2002, Observational Studies, 2nd ed.,
 * ch. 4): how large a hidden bias &Gamma; (the odds of treatment within a pair may differ by at most a
 * factor &Gamma;) would be needed to change the conclusion of Wilcoxon's signed-rank test, and how far
 * the Hodges-Lehmann estimate and interval could move.
 *
 * <p>With d_i the treated-minus-control differences, zeros dropped and |d_i| ranked (ties get average
 * ranks), T = &Sigma; rank_i 1{d_i &gt; 0}. Under &Gamma; the null distribution of T is bounded above and
 * below by those of &Sigma; rank_i B_i with B_i ~ Bernoulli(p) independent, p+ = &Gamma;/(1+&Gamma;) and
 * p- = 1/(1+&Gamma;). The tails are computed exactly by dynamic programming over rank sums
 * (O(n&sup3;); ties use doubled ranks) or by the normal approximation with mean p &Sigma; rank_i and
 * variance p(1-p) &Sigma; rank_i&sup2; (no continuity correction); {@link Distribution#AUTO} is exact up
 * to 400 pairs.
 *
 * <p>Hodges-Lehmann bounds use T(&tau;) = #{Walsh averages &gt; &tau;} (Tukey's identity): the estimate
 * under p is the midpoint of sup{&tau;: T(&tau;) &gt; p M} and inf{&tau;: T(&tau;) &lt; p M}, M = n(n+1)/2, and the
 * interval limits invert the one-sided tests at &alpha;/2 under p+ (lower limit) and p- (upper limit).
 * Walsh averages are never stored ({@code O(n)} memory).
 *
 * <p>{@link #of(MatchedSample)} starts from the matched sets of propensity-score matching: one
 * difference per set, the treated outcome minus the weighted mean outcome of its controls. For
 * pairs (1:1 matching without ties) this is Rosenbaum's setting and the test is exact. A set with
 * m &gt; 1 controls is reduced to a pair with a composite control, the usual practical reduction,
 * which is an approximation: under no effect the treated unit of such a set is any of its m + 1
 * units, and the set's difference is then not symmetric about zero, so the signed-rank null (a fair
 * sign given |d|) holds only approximately. Rosenbaum's exact treatment of matched sets with
 * multiple controls (2002, Sec. 4.4, or the m-statistics of Rosenbaum 2007, Biometrics 63:456) is
 * not implemented. Matching with replacement also reuses controls across sets, so the sets are not
 * independent as the test assumes; rbounds' {@code psens} on R's {@code Match} output has the same
 * limitation and ranks every matched pair separately instead
 * ({@code ofDifferences(sample.pairDifferences())} reproduces that convention).
 */
public final class RosenbaumBounds {

    /** How the tails of the bounding distributions are computed. */
    public enum Distribution {
        /** Exact by dynamic programming over rank sums, O(n&sup3;). */
        EXACT,
        /** Normal approximation without continuity correction (as rbounds' {@code psens}). */
        NORMAL,
        /** Exact up to 400 pairs, normal beyond. */
        AUTO
    }

    private static final int AUTO_EXACT_LIMIT = 400;

    private final double[] differences;
    private final String units;
    private final Distribution distribution;
    private final double[] nonZero;
    private final double[] ranks;
    private final double statistic;

    private RosenbaumBounds(double[] differences, String units, Distribution distribution) {
        this.differences = differences;
        this.units = units;
        this.distribution = distribution;
        this.nonZero = Arrays.stream(differences).filter(d -> d != 0.0).toArray();
        this.ranks = averageRanksOfAbs(nonZero);
        double t = 0;
        for (int i = 0; i < nonZero.length; i++) {
            if (nonZero[i] > 0) {
                t += ranks[i];
            }
        }
        this.statistic = t;
    }

    /**
     * @param treatedMinusControl the within-pair differences, finite, at least one non-zero
     * @return the analysis ({@link Distribution#AUTO})
     */
    public static RosenbaumBounds ofDifferences(double[] treatedMinusControl) {
        return ofDifferences(treatedMinusControl, "matched pairs");
    }

    private static RosenbaumBounds ofDifferences(double[] treatedMinusControl, String units) {
        if (treatedMinusControl == null || treatedMinusControl.length == 0) {
            throw new IllegalArgumentException("no matched pairs");
        }
        for (int i = 0; i < treatedMinusControl.length; i++) {
            if (!Double.isFinite(treatedMinusControl[i])) {
                throw new IllegalArgumentException("pair " + i + ": difference is not finite (" + treatedMinusControl[i] + ")");
            }
        }
        if (Arrays.stream(treatedMinusControl).allMatch(d -> d == 0.0)) {
            throw new IllegalArgumentException("every pair difference is 0: the signed-rank test has nothing to rank");
        }
        return new RosenbaumBounds(treatedMinusControl.clone(), units, Distribution.AUTO);
    }

    /**
     * Rosenbaum bounds for a matching estimate: one treated-minus-control difference per matched set
     * ({@link MatchedSample#setDifferences()}: the treated outcome minus the weighted mean outcome of
     * its controls; for ATC sets the weighted mean of the treated matches minus the control). Exact
     * in Rosenbaum's sense when every set is a pair ({@link MatchedSample#isPairs()}); an
     * approximation for sets with several controls (see the class description).
     *
     * @param sample the matched sample of {@code PropensityScoreMatching.matchedSample}
     * @return the analysis ({@link Distribution#AUTO}); tests against a positive effect, so negate
     *     the differences ({@link #ofDifferences(double[])}) to test a negative one
     * @throws IllegalArgumentException when every set's difference is 0
     */
    public static RosenbaumBounds of(MatchedSample sample) {
        java.util.Objects.requireNonNull(sample, "sample");
        return ofDifferences(sample.setDifferences(), sample.isPairs() ? "matched pairs" : "matched sets");
    }

    /**
     * @param treated outcomes of the treated unit of each pair
     * @param control outcomes of the control unit of the same pairs
     * @return the analysis of the differences
     */
    public static RosenbaumBounds ofPairs(double[] treated, double[] control) {
        if (treated.length != control.length) {
            throw new IllegalArgumentException("treated has " + treated.length + " outcomes but control has " + control.length);
        }
        double[] d = new double[treated.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = treated[i] - control[i];
        }
        return ofDifferences(d);
    }

    /**
     * @param method exact, normal or automatic
     * @return the same analysis computing tails another way
     */
    public RosenbaumBounds withDistribution(Distribution method) {
        return new RosenbaumBounds(differences, units, java.util.Objects.requireNonNull(method, "method"));
    }

    /** @return Wilcoxon's signed-rank statistic T (sum of the ranks of the positive differences) */
    public double statistic() {
        return statistic;
    }

    /** @return the number of pairs with a non-zero difference */
    public int nonZeroPairs() {
        return nonZero.length;
    }

    private boolean exact(int n) {
        return distribution == Distribution.EXACT || (distribution == Distribution.AUTO && n <= AUTO_EXACT_LIMIT);
    }

    private static void requireGamma(double gamma) {
        if (!(gamma >= 1.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("Gamma (the sensitivity parameter) must be finite and at least 1, got " + gamma);
        }
    }

    private static void requireAlpha(double alpha) {
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha (the significance level) must be in (0, 1), got " + alpha);
        }
    }

    /**
     * @param gamma &Gamma; &ge; 1
     * @return the bounds on the one-sided p-value of no effect
     */
    public RosenbaumPValue pValue(double gamma) {
        requireGamma(gamma);
        double pPlus = gamma / (1.0 + gamma);
        double pMinus = 1.0 / (1.0 + gamma);
        return new RosenbaumPValue(gamma, upperTail(pMinus), upperTail(pPlus));
    }

    /**
     * @param gammas a grid of &Gamma; values
     * @return one row per &Gamma;
     */
    public List<RosenbaumPValue> pValues(double... gammas) {
        List<RosenbaumPValue> out = new ArrayList<>();
        for (double g : gammas) {
            out.add(pValue(g));
        }
        return out;
    }

    private double upperTail(double p) {
        if (exact(nonZero.length)) {
            int[] doubled = new int[ranks.length];
            for (int i = 0; i < ranks.length; i++) {
                doubled[i] = (int) Math.round(2 * ranks[i]);
            }
            return new RankSumDistribution(doubled, p).upperTail(Math.round(2 * statistic));
        }
        double sum = 0;
        double sumSq = 0;
        for (double r : ranks) {
            sum += r;
            sumSq += r * r;
        }
        return Normal.upperTail((statistic - p * sum) / Math.sqrt(p * (1 - p) * sumSq));
    }

    /**
     * The sensitivity value: the largest &Gamma; at which the upper bound on the p-value is still at most
     * alpha (found by bisection to a relative precision of 1e-6); 1 if the test does not reject even at
     * &Gamma; = 1.
     *
     * @param alpha significance level in (0, 1)
     * @return the critical &Gamma;
     */
    public double criticalGamma(double alpha) {
        requireAlpha(alpha);
        if (pValue(1.0).upper() > alpha) {
            return 1.0;
        }
        double lo = 1.0;
        double hi = 2.0;
        while (pValue(hi).upper() <= alpha) {
            lo = hi;
            hi *= 2;
            if (hi > 1e9) {
                return Double.POSITIVE_INFINITY;
            }
        }
        while (hi - lo > 1e-6 * lo) {
            double mid = 0.5 * (lo + hi);
            if (pValue(mid).upper() <= alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Hodges-Lehmann point and interval bounds under &Gamma;. Cost O(n log n) for the estimates plus the
     * tail computations (O(n&sup3;) exact, O(1) normal).
     *
     * @param gamma &Gamma; &ge; 1
     * @param alpha two-sided significance level of the interval
     * @return the bounds
     */
    public HodgesLehmannBound hodgesLehmann(double gamma, double alpha) {
        requireGamma(gamma);
        requireAlpha(alpha);
        WalshAverages walsh = new WalshAverages(differences);
        long m = walsh.count();
        int n = differences.length;
        double pPlus = gamma / (1.0 + gamma);
        double pMinus = 1.0 / (1.0 + gamma);
        // mu = p M with one rounding (m / (1 + Gamma)), so that integral means such as 105 / 2.5 stay exact
        double low = estimateAt(walsh, m * gamma / (1.0 + gamma), m);
        double high = estimateAt(walsh, m / (1.0 + gamma), m);

        long cPlus;
        long cMinus;
        if (exact(n)) {
            int[] r = new int[n];
            for (int i = 0; i < n; i++) {
                r[i] = i + 1;
            }
            cPlus = new RankSumDistribution(r, pPlus).smallestUpperCut(alpha / 2);
            cMinus = new RankSumDistribution(r, pMinus).largestLowerCut(alpha / 2);
        } else {
            double sumSq = n * (n + 1.0) * (2.0 * n + 1.0) / 6.0;
            double z = Normal.quantile(1.0 - alpha / 2);
            double upperCut = pPlus * m + z * Math.sqrt(pPlus * (1 - pPlus) * sumSq);
            double lowerCut = pMinus * m - z * Math.sqrt(pMinus * (1 - pMinus) * sumSq);
            cPlus = upperCut > m ? -1 : (long) Math.ceil(upperCut);
            cMinus = lowerCut < 0 ? -1 : (long) Math.floor(lowerCut);
        }
        double lower = cPlus < 0 ? Double.NEGATIVE_INFINITY : walsh.kth(m - cPlus + 1);
        double upper = cMinus < 0 ? Double.POSITIVE_INFINITY : walsh.kth(m - cMinus);
        return new HodgesLehmannBound(gamma, low, high, lower, upper, alpha);
    }

    /** The midpoint of sup{tau: T(tau) > mu} = w(M - floor(mu)) and inf{tau: T(tau) < mu} = w(M - ceil(mu) + 1). */
    private static double estimateAt(WalshAverages walsh, double mu, long m) {
        double sup = walsh.kth(m - (long) Math.floor(mu));
        double inf = walsh.kth(m - (long) Math.ceil(mu) + 1);
        return 0.5 * (sup + inf);
    }

    /**
     * @param alpha significance level
     * @param gammas the &Gamma; grid
     * @return one bound per &Gamma;
     */
    public List<HodgesLehmannBound> hodgesLehmann(double alpha, double... gammas) {
        List<HodgesLehmannBound> out = new ArrayList<>();
        for (double g : gammas) {
            out.add(hodgesLehmann(g, alpha));
        }
        return out;
    }

    /**
     * A table of p-value bounds and Hodges-Lehmann bounds over a &Gamma; grid, with the critical &Gamma;.
     *
     * @param alpha significance level
     * @param gammas the &Gamma; grid
     * @return text and Markdown
     */
    public Report report(double alpha, double... gammas) {
        TextTable t = new TextTable(List.of("Gamma", "p lower", "p upper", "HL low", "HL high", "CI lower", "CI upper"));
        for (double g : gammas) {
            RosenbaumPValue p = pValue(g);
            HodgesLehmannBound h = hodgesLehmann(g, alpha);
            t.row(List.of(Numbers.round(g, 4), fmt(p.lower()), fmt(p.upper()), fmt(h.estimateLow()), fmt(h.estimateHigh()),
                    fmt(h.lower()), fmt(h.upper())));
        }
        String head = String.format(Locale.ROOT,
                "Rosenbaum bounds for %d %s (%d non-zero), Wilcoxon signed-rank T = %s, %s tails;"
                        + " the conclusion (alpha = %s) holds up to Gamma = %.4g",
                differences.length, units, nonZero.length, Numbers.round(statistic, 2), exact(nonZero.length) ? "exact" : "normal",
                Numbers.round(alpha, 6), criticalGamma(alpha));
        return new Report(head + "\n\n" + t.text(), head + "\n\n" + t.markdown());
    }

    private static String fmt(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "Inf" : "-Inf") : String.format(Locale.ROOT, "%.4g", v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RosenbaumBounds[%d %s, T=%s, %s]", differences.length, units,
                Numbers.round(statistic, 2), distribution);
    }

    private static double[] averageRanksOfAbs(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(x[a]), Math.abs(x[b])));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Math.abs(x[order[j + 1]]) == Math.abs(x[order[i]])) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }
}
