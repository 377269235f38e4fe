package io.github.causal4j.llm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialCorrelationTest {

    private static final Path DATA = Path.of("src/test/resources/llm/pcor_data.csv");

    // numpy 2.4.6 / scipy 1.17.1: correlation of least-squares residuals on (1, S), Fisher z and
    // 2 * norm.sf(|z|) (docs/reference-scripts/llm_fisher_z.py). Tolerances: r and z 1e-12 absolute,
    // p 1e-9 relative (the residual route and the Cholesky route differ in rounding only).
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; 1; ; 0.6428747381082149; 10.710031375096543; 9.133085540563622e-27",
        "0; 2; ; 0.323971860286944; 4.717084994076185; 2.3924776053660113e-06",
        "0; 2; 1; -0.0856182591279641; -1.201597487380269; 0.22951951545002736",
        "1; 3; 0 2; -0.04797927048025534; -0.6705088724638398; 0.5025334523924172",
        "0; 3; 2; 0.26732463414790153; 3.8357245545287695; 0.00012519465822467834",
        "0; 3; 1 2; 0.24475487439921884; 3.488626988275656; 0.0004855081440253571",
        "2; 3; 0 1; 0.4085310430563863; 6.058339647783891; 1.3753375565436676e-09"})
    void matchesResidualRegression(int x, int y, String given, double r, double z, double p) {
        Dataset d = Dataset.readCsv(DATA);
        double[][] cols = new double[4][];
        for (int i = 0; i < 4; i++) {
            cols[i] = d.numeric("abcd".substring(i, i + 1)).toArray();
        }
        int[] s = given == null ? new int[0] : java.util.Arrays.stream(given.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
        double[][] corr = PartialCorrelation.correlationMatrix(cols);
        double got = PartialCorrelation.of(corr, x, y, s).orElseThrow();
        assertEquals(r, got, 1e-12);
        double stat = 0.5 * Math.log((1 + got) / (1 - got)) * Math.sqrt(200 - s.length - 3);
        assertEquals(z, stat, 1e-10);
        assertEquals(p, NormalTail.twoSidedP(stat), 1e-9 * p);
    }

    /** Brute force: the correlation of the residuals of x and y after least squares on (1, S), by normal equations. */
    private static double residualCorrelation(double[][] cols, int x, int y, int[] s) {
        double[] rx = residual(cols, x, s);
        double[] ry = residual(cols, y, s);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += rx[i] * ry[i];
            sxx += rx[i] * rx[i];
            syy += ry[i] * ry[i];
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] residual(double[][] cols, int v, int[] s) {
        int n = cols[v].length;
        int k = s.length + 1;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < n; i++) {
            double[] row = new double[k];
            row[0] = 1;
            for (int j = 0; j < s.length; j++) {
                row[j + 1] = cols[s[j]][i];
            }
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    a[p][q] += row[p] * row[q];
                }
                a[p][k] += row[p] * cols[v][i];
            }
        }
        // Gauss-Jordan with partial pivoting.
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = 0; r < k; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int q = c; q <= k; q++) {
                        a[r][q] -= f * a[c][q];
                    }
                }
            }
        }
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            double fit = a[0][k] / a[0][0];
            for (int j = 0; j < s.length; j++) {
                fit += a[j + 1][k] / a[j + 1][j + 1] * cols[s[j]][i];
            }
            res[i] = cols[v][i] - fit;
        }
        return res;
    }

    @Property(tries = 60)
    void choleskyRouteEqualsResidualRoute(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll @IntRange(min = 0, max = 3) int conditioning) {
        Random rnd = new Random(seed);
        int k = 5;
        int n = 60;
        double[][] cols = new double[k][n];
        double[][] mix = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                mix[i][j] = rnd.nextGaussian();
            }
        }
        for (int r = 0; r < n; r++) {
            double[] e = new double[k];
            for (int i = 0; i < k; i++) {
                e[i] = rnd.nextGaussian();
            }
            for (int i = 0; i < k; i++) {
                double v = 0;
                for (int j = 0; j <= i; j++) {
                    v += mix[i][j] * e[j];
                }
                cols[i][r] = v;
            }
        }
        int[] s = new int[conditioning];
        for (int j = 0; j < conditioning; j++) {
            s[j] = j + 2;
        }
        double expected = residualCorrelation(cols, 0, 1, s);
        double got = PartialCorrelation.of(PartialCorrelation.correlationMatrix(cols), 0, 1, s).orElseThrow();
        assertEquals(expected, got, 1e-9);
    }

    @org.junit.jupiter.api.Test
    void collinearConditioningSetIsReportedNotInverted() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {2, 1, 4, 3, 6, 5};
        double[] c = {3, 5, 7, 9, 11, 13}; // c = 2a + 1
        double[][] corr = PartialCorrelation.correlationMatrix(new double[][] {a, b, c, a.clone()});
        assertTrue(PartialCorrelation.of(corr, 1, 0, new int[] {2, 3}).isEmpty());
    }
}
