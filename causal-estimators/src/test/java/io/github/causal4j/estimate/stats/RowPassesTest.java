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
package io.github.causal4j.estimate.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.DesignMatrix;
import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.LogisticFit;
import io.github.causal4j.estimate.LogisticRegression;
import io.github.causal4j.estimate.Parallelism;
import io.github.causal4j.estimate.RegressionFit;
import io.github.causal4j.estimate.TestData;
import io.github.causal4j.estimate.backdoor.AugmentedIpw;
import io.github.causal4j.estimate.backdoor.InverseProbabilityWeighting;
import io.github.causal4j.estimate.backdoor.RegressionAdjustment;
import io.github.causal4j.estimate.internal.DesignRows;
import io.github.causal4j.estimate.internal.RestrictedRows;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The pass machinery every estimator reads its rows through: statistics and factories survive Java
 * serialization (what a distributed engine does to them) with bit-identical results, a restricted
 * view re-derives the design exactly as {@link DesignMatrix} does for the kept rows, and layouts and
 * terms reject what they cannot represent.
 */
class RowPassesTest {

    static final List<String> COVARIATES = TestData.LALONDE_COVARIATES;

    /** Rows whose every factory and merged statistics go through a Java serialization round trip. */
    record Shipped(RowPasses rows) implements RowPasses {
        @Override
        public RowLayout layout() {
            return rows.layout();
        }

        @Override
        public long rowCount() {
            return rows.rowCount();
        }

        @Override
        public VariableSummary summary(String variable) {
            return roundTrip(rows.summary(variable));
        }

        @Override
        public <S extends BlockStatistics<S>> S pass(StatisticsFactory<S> factory) {
            return roundTrip(rows.pass(roundTrip(factory)));
        }

        @Override
        public String digest() {
            return rows.digest();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static RowPasses rows(Dataset data, List<String> terms, List<String> variables) {
        DesignMatrix x = DesignMatrix.of(data, terms);
        List<double[]> values = new ArrayList<>();
        for (String v : variables) {
            values.add(data.numeric(v).toArray());
        }
        return DesignRows.of(x, variables, values, Parallelism.threads(2), () -> "");
    }

    /** Every estimator's passes, shipped through serialization, give the same bits as in place. */
    @Test
    void statisticsSurviveSerialization() {
        Dataset lalonde = TestData.lalonde();
        List<String> adjustment = new ArrayList<>(List.of("treat"));
        adjustment.addAll(COVARIATES);
        RowPasses ols = rows(lalonde, adjustment, List.of("re78", "married"));
        for (RegressionAdjustment estimator : List.of(RegressionAdjustment.ols().withCovariance(CovarianceType.HC3),
                RegressionAdjustment.ols().clusteredBy(List.of("married")))) {
            RegressionFit plain = estimator.fit(ols, "treat", "re78");
            RegressionFit shipped = estimator.fit(new Shipped(ols), "treat", "re78");
            assertEquals(plain.coefficients(), shipped.coefficients());
        }
        RowPasses propensity = rows(lalonde, COVARIATES, List.of("treat", "re78"));
        LogisticFit logit = LogisticRegression.logit().fit(propensity, "treat");
        assertArrayEquals(logit.coefficientVector(), LogisticRegression.logit().fit(new Shipped(propensity), "treat")
                .coefficientVector());
        for (var estimator : List.of(InverseProbabilityWeighting.hajek().withTrimming(0.05),
                InverseProbabilityWeighting.hajek().withClipping(0.05))) {
            assertSame(estimator.estimate(propensity, "treat", "re78"),
                    estimator.estimate(new Shipped(propensity), "treat", "re78"));
        }
        assertSame(AugmentedIpw.standard().estimate(propensity, "treat", "re78"),
                AugmentedIpw.standard().estimate(new Shipped(propensity), "treat", "re78"));
        Dataset cigarettes = TestData.read("cigarettes_1995.csv");
        IvModel model = new IvModel("lpacks", List.of("lrprice"), List.of("tdiff", "taxcpi"), List.of("lrincome"));
        RowPasses iv = rows(cigarettes, List.of("lrincome", "tdiff", "taxcpi"), List.of("lrprice", "lpacks"));
        InstrumentalVariables hc1 = InstrumentalVariables.liml().withCovariance(CovarianceType.HC1);
        IvFit plain = hc1.fit(iv, model);
        assertEquals(plain.coefficients(), hc1.fit(new Shipped(iv), model).coefficients());
        // and the rows in memory are the rows of the Dataset entry point
        assertEquals(hc1.fit(cigarettes, model).coefficients(), plain.coefficients());
    }

    static void assertSame(Estimate a, Estimate b) {
        assertEquals(a.value(), b.value());
        assertEquals(a.stdError(), b.stdError());
        assertEquals(a.diagnostics(), b.diagnostics());
        assertEquals(a.balance(), b.balance());
    }

    /**
     * Keeping rows by a filter and re-deriving the design equals building the design on the kept
     * rows (the definition): same column names, same rows in the same order, same variable summaries.
     */
    @Property(tries = 60)
    void restrictedRowsEqualTheDesignOfTheKeptRows(@ForAll @IntRange(min = 30, max = 400) int n,
            @ForAll @DoubleRange(min = -1.5, max = 1.5) double threshold, @ForAll boolean above, @ForAll long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            y[i] = r.nextDouble() < 0.5 ? 1 : 0;
            // the reference level a sits at the bottom of x and level c at the top: cutting x from above removes c,
            // from below a (then b becomes the reference)
            g[i] = x[i] > 1.0 ? "c" : x[i] < -0.8 ? "a" : r.nextBoolean() ? "b" : "d";
        }
        Dataset data = Dataset.builder().numeric("x", x).binary("y", y).categorical("g", g).build();
        RowPasses all = rows(data, List.of("x", "g"), List.of("y"));
        int p = all.layout().designWidth();
        List<Integer> kept = new ArrayList<>();
        RestrictedRows.RowFilter filter = above ? (v, b) -> v[b + 1] >= threshold : (v, b) -> v[b + 1] <= threshold;
        for (int i = 0; i < n; i++) {
            if (above ? x[i] >= threshold : x[i] <= threshold) {
                kept.add(i);
            }
        }
        Dataset subset = data.rows(kept.stream().mapToInt(Integer::intValue).toArray());
        DesignMatrix expected;
        try {
            expected = DesignMatrix.of(subset, List.of("x", "g"));
        } catch (IllegalArgumentException e) {
            // fewer than two levels (or no row) left: the view refuses too
            assertThrows(IllegalArgumentException.class, () -> RestrictedRows.of(all, filter));
            return;
        }
        RestrictedRows view = RestrictedRows.of(all, filter);
        assertEquals(expected.columnNames(), view.layout().designColumns());
        assertEquals(kept.size(), view.rowCount());
        assertEquals(VariableSummary.of("y", subset.numeric("y").toArray()), view.summary("y"));
        double[] got = view.pass(() -> new Collect(view.layout().width())).values();
        int q = expected.columnCount();
        double[] want = new double[kept.size() * q];
        expected.fill(0, kept.size(), want, q);
        for (int i = 0; i < kept.size(); i++) {
            for (int j = 0; j < q; j++) {
                assertEquals(want[i * q + j], got[i * (q + 1) + j], "row " + i + " column " + j);
            }
            assertEquals(y[kept.get(i)], got[i * (q + 1) + q]);
        }
        assertTrue(p >= q);
    }

    /** Gathers every row, in order. */
    static final class Collect implements BlockStatistics<Collect> {
        private static final long serialVersionUID = 1L;
        private final int width;
        private final List<double[]> rows = new ArrayList<>();

        Collect(int width) {
            this.width = width;
        }

        @Override
        public void add(RowBlock block) {
            for (int i = 0; i < block.rows(); i++) {
                double[] row = new double[width];
                System.arraycopy(block.values(), i * block.width(), row, 0, width);
                rows.add(row);
            }
        }

        @Override
        public Collect merge(Collect other) {
            rows.addAll(other.rows);
            return this;
        }

        double[] values() {
            double[] out = new double[rows.size() * width];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, out, i * width, width);
            }
            return out;
        }
    }

    /** Trimming refits on the kept units: the same estimate as the untrimmed estimator on those units' data. */
    @Test
    void trimmingEqualsTheEstimateOnTheKeptUnits() {
        Dataset lalonde = TestData.lalonde();
        Estimate trimmed = InverseProbabilityWeighting.hajek().withTrimming(0.05).estimate(lalonde, "treat", "re78",
                COVARIATES);
        LogisticFit ps = LogisticRegression.logit().fit(lalonde, "treat", COVARIATES);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < lalonde.rowCount(); i++) {
            if (ps.probability(i) >= 0.05 && ps.complementProbability(i) >= 0.05) {
                kept.add(i);
            }
        }
        assertTrue(kept.size() < lalonde.rowCount(), "some units are trimmed");
        Estimate subset = InverseProbabilityWeighting.hajek().estimate(lalonde.rows(kept.stream().mapToInt(
                Integer::intValue).toArray()), "treat", "re78", COVARIATES);
        assertEquals(subset.value(), trimmed.value(), 1e-10 * Math.abs(subset.value()));
        assertEquals(subset.stdError(), trimmed.stdError(), 1e-10 * subset.stdError());
        assertEquals(lalonde.rowCount() - kept.size(), trimmed.diagnostics().get("trimmed"));
    }

    @Test
    void layoutsAndTermsRejectWhatTheyCannotHold() {
        DesignTerm village = DesignTerm.categorical("village", List.of("a", "b", "c"), "b");
        assertEquals(List.of("village=a", "village=c"), village.columns());
        RowLayout layout = RowLayout.of(true, List.of(DesignTerm.numeric("age"), village), List.of("y", "firm"));
        assertEquals(List.of("(Intercept)", "age", "village=a", "village=c"), layout.designColumns());
        assertEquals(5, layout.variableColumn("firm"));
        assertArrayEquals(new int[] {2, 3}, layout.columnsOfTerm("village"));
        assertEquals("the rows hold no variable 'w'; they hold [y, firm]",
                assertThrows(IllegalArgumentException.class, () -> layout.variableColumn("w")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RowLayout.of(true, List.of(), List.of("y", "y")));
        assertThrows(IllegalArgumentException.class, () -> RowLayout.of(false, List.of(), List.of("y")));
        assertThrows(IllegalArgumentException.class,
                () -> RowLayout.of(true, List.of(DesignTerm.numeric("age"), DesignTerm.numeric("age")), List.of()));
        assertEquals("categorical column 'v' has a single level ('a') in these rows: it is constant and cannot be a "
                + "regressor", assertThrows(IllegalArgumentException.class,
                        () -> DesignTerm.categorical("v", List.of("a"), "a")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DesignTerm.categorical("v", List.of("a", "b"), "z"));
        assertEquals(layout, roundTrip(layout));
        RowBlock block = new RowBlock(3, 4);
        block.setRows(2, 10, 3);
        assertEquals("row 12 of partition 3", block.rowLabel(1));
        assertThrows(IllegalArgumentException.class, () -> block.setRows(5, 0, -1));
    }
}
