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
package io.github.causal4j.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The O-set's optimality (Henckel, Perković &amp; Maathuis 2022, Thm. 3.10) checked exactly, without
 * sampling: for a random linear SEM {@code V = Λ'V + ε} on a random DAG, the implied covariance is
 * {@code Σ = A Ω A'} with {@code A = (I − Λ')^{-1}}; for every valid set {@code Z} (brute force), the
 * population OLS coefficient of {@code x} in {@code y ~ x + Z} must equal the total effect
 * {@code A[y][x]}, and its asymptotic variance {@code σ_{yy·xZ} / σ_{xx·Z}} (Gaussian errors; Henckel et
 * al. 2022, Lemma 3.2) must be no smaller than the O-set's.
 */
class OptimalSetVarianceTest {

    @Property(tries = 40)
    void oSetHasTheSmallestAsymptoticVariance(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        compareWithEveryValidSet(seed);
    }

    @Property(tries = 2000)
    @Tag("slow")
    void oSetHasTheSmallestAsymptoticVarianceManyGraphs(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 64) long seed) {
        compareWithEveryValidSet(seed);
    }

    private static void compareWithEveryValidSet(long seed) {
        Random rnd = new Random(seed);
        SmallGraph sg = SmallGraph.random(seed, 9, false, false);
        BruteForce bf = new BruteForce(sg);
        int x = rnd.nextInt(sg.n);
        BitSet de = bf.descendants(BruteForce.single(x));
        de.clear(x);
        if (de.isEmpty()) {
            return;
        }
        List<Integer> descendants = new ArrayList<>();
        de.stream().forEach(descendants::add);
        int y = descendants.get(rnd.nextInt(descendants.size()));
        AdjustmentQuery q = AdjustmentQuery.of(sg.toCausalGraph(), SmallGraph.name(x), SmallGraph.name(y));
        Set<String> oSet = AdjustmentSets.optimal(q).set().orElseThrow(() -> new AssertionError("no O-set in " + sg));

        LinearSem sem = LinearSem.random(sg, rnd);
        RealMatrix sigma = sem.covariance();
        double effect = sem.totalEffects().getEntry(y, x);
        BitSet xs = BruteForce.single(x);
        BitSet ys = BruteForce.single(y);
        double oVariance = asymptoticVariance(sigma, x, y, SmallGraph.ids(oSet), effect);
        List<Integer> pool = new ArrayList<>();
        for (int v = 0; v < sg.n; v++) {
            if (v != x && v != y) {
                pool.add(v);
            }
        }
        int compared = 0;
        for (BitSet z : BruteForce.subsets(pool)) {
            if (bf.validAdjustment(xs, ys, z)) {
                double v = asymptoticVariance(sigma, x, y, z, effect);
                assertTrue(oVariance <= v * (1 + 1e-9) + 1e-12,
                        () -> "O-set " + oSet + " variance " + oVariance + " > " + v + " of " + z + " in " + sg);
                compared++;
            }
        }
        assertTrue(compared >= 1);
    }

    /**
     * A linear SEM {@code V = Λ'V + ε}, {@code Var(ε) = Ω} diagonal.
     *
     * @param totalEffects {@code A = (I − Λ')^{-1}}: entry [y][x] is the total effect of x on y (sum over directed paths)
     * @param covariance {@code Σ = A Ω A'}
     */
    record LinearSem(RealMatrix totalEffects, RealMatrix covariance) {

        /** Coefficients ±[0.5, 1.5] on the graph's edges, error variances in [0.5, 2]. */
        static LinearSem random(SmallGraph sg, Random rnd) {
            int n = sg.n;
            RealMatrix l = new Array2DRowRealMatrix(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (sg.directed[i][j]) {
                        l.setEntry(i, j, (rnd.nextBoolean() ? 1 : -1) * (0.5 + rnd.nextDouble()));
                    }
                }
            }
            RealMatrix a = new LUDecomposition(MatrixUtils.createRealIdentityMatrix(n).subtract(l.transpose())).getSolver()
                    .getInverse();
            RealMatrix omega = new Array2DRowRealMatrix(n, n);
            for (int i = 0; i < n; i++) {
                omega.setEntry(i, i, 0.5 + 1.5 * rnd.nextDouble());
            }
            return new LinearSem(a, a.multiply(omega).multiply(a.transpose()));
        }
    }

    /**
     * Population regression of y on (x, Z): asserts the x coefficient equals the total effect and returns
     * σ_{yy·xZ} / σ_{xx·Z}.
     */
    private static double asymptoticVariance(RealMatrix sigma, int x, int y, BitSet z, double effect) {
        int[] w = new int[1 + z.cardinality()];
        w[0] = x;
        int k = 1;
        for (int v = z.nextSetBit(0); v >= 0; v = z.nextSetBit(v + 1)) {
            w[k++] = v;
        }
        RealMatrix sww = sigma.getSubMatrix(w, w);
        RealMatrix swy = sigma.getSubMatrix(w, new int[] {y});
        RealMatrix beta = new LUDecomposition(sww).getSolver().solve(swy);
        assertEquals(effect, beta.getEntry(0, 0), 1e-9 * Math.max(1, Math.abs(effect)), "adjusting for " + z + " is biased");
        double residualY = sigma.getEntry(y, y) - swy.transpose().multiply(beta).getEntry(0, 0);
        double residualX = sigma.getEntry(x, x);
        if (z.cardinality() > 0) {
            int[] zs = new int[w.length - 1];
            System.arraycopy(w, 1, zs, 0, zs.length);
            RealMatrix szx = sigma.getSubMatrix(zs, new int[] {x});
            RealMatrix gamma = new LUDecomposition(sigma.getSubMatrix(zs, zs)).getSolver().solve(szx);
            residualX -= szx.transpose().multiply(gamma).getEntry(0, 0);
        }
        return residualY / residualX;
    }
}
