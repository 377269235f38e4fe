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
package io.github.causal4j.spark;

import static io.github.causal4j.spark.SparkTesting.frame;
import static io.github.causal4j.spark.SparkTesting.read;
import static io.github.causal4j.spark.SparkTesting.sameCovariance;
import static io.github.causal4j.spark.SparkTesting.sameProbability;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.iv.FirstStage;
import io.github.causal4j.estimate.iv.InstrumentalVariables;
import io.github.causal4j.estimate.iv.IvFit;
import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.iv.IvTest;
import io.github.causal4j.estimate.proximal.ProximalEstimator;
import io.github.causal4j.estimate.proximal.ProximalModel;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * IV and proximal 2SLS on Spark equal the in-memory fits to 1e-9 relative: coefficients, covariance,
 * k, first-stage F (classical and robust), Sargan, Hansen J, Wu–Hausman and the Anderson–Rubin set
 * (through {@link IvFit#toEstimate()}). Data: Stock and Watson's cigarette demand for 1995 (2SLS,
 * LIML, Fuller; classical and HC1), random over-identified data with one- and two-way clusters in
 * 17 uneven partitions, and the proximal reference sets (P2SLS). The in-memory fits are checked
 * against R (AER, sandwich) and numpy by causal-estimators' tests.
 */
class SparkInstrumentalTest {

    static final IvModel CIGARETTES = new IvModel("lpacks", List.of("lrprice"), List.of("tdiff", "taxcpi"),
            List.of("lrincome"));

    @Test
    void cigarettes() {
        Dataset local = read("cigarettes_1995.csv");
        SparkDataset spark = SparkDataset.of(frame(local, 3));
        for (InstrumentalVariables iv : List.of(InstrumentalVariables.twoStageLeastSquares(),
                InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1),
                InstrumentalVariables.liml(), InstrumentalVariables.fuller(1).withCovariance(CovarianceType.HC0))) {
            same(iv.fit(local, CIGARETTES), SparkEstimators.fit(iv, spark, CIGARETTES));
        }
    }

    @Test
    void randomClusteredManyPartitions() {
        Dataset local = random(8000, 3);
        SparkDataset spark = SparkDataset.of(frame(local, 17));
        IvModel model = new IvModel("y", List.of("d"), List.of("z1", "z2", "z3"), List.of("x", "region"));
        for (InstrumentalVariables iv : List.of(InstrumentalVariables.twoStageLeastSquares().clusteredBy(List.of("school")),
                InstrumentalVariables.liml().clusteredBy(List.of("school", "cohort")),
                InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC3))) {
            same(iv.fit(local, model), SparkEstimators.fit(iv, spark, model));
        }
    }

    @Test
    void proximalTwoStage() {
        Dataset linear = read("proximal_linear.csv");
        ProximalModel linearRoles = new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X1", "X2"));
        SparkDataset sparkLinear = SparkDataset.of(frame(linear, 6));
        for (ProximalEstimator p2sls : List.of(ProximalEstimator.p2sls(),
                ProximalEstimator.p2sls().withCovariance(CovarianceType.HC1))) {
            SparkTesting.same(p2sls.estimate(linear, linearRoles), SparkEstimators.estimate(p2sls, sparkLinear,
                    linearRoles));
        }
        Dataset binary = read("proximal_binary.csv");
        ProximalModel binaryRoles = new ProximalModel("A", "Y", List.of("Z"), List.of("W"), List.of("X"));
        SparkTesting.same(ProximalEstimator.p2sls().estimate(binary, binaryRoles),
                SparkEstimators.estimate(ProximalEstimator.p2sls(), SparkDataset.of(frame(binary, 5)), binaryRoles));
    }

    static void same(IvFit local, IvFit spark) {
        SparkTesting.same(local.coefficients(), spark.coefficients());
        sameCovariance(local.covariance(), spark.covariance());
        SparkTesting.same(local.kappa(), spark.kappa(), "kappa");
        assertEquals(local.n(), spark.n());
        assertEquals(local.dof(), spark.dof());
        assertEquals(local.firstStages().size(), spark.firstStages().size());
        for (int j = 0; j < local.firstStages().size(); j++) {
            FirstStage a = local.firstStages().get(j);
            FirstStage b = spark.firstStages().get(j);
            same(a.f(), b.f());
            same(a.robustF(), b.robustF());
            SparkTesting.same(a.partialRSquared(), b.partialRSquared(), "partial R2");
        }
        same(local.sargan(), spark.sargan());
        same(local.hansenJ(), spark.hansenJ());
        same(local.wuHausman(), spark.wuHausman());
        same(local.robustWuHausman(), spark.robustWuHausman());
        assertEquals(local.warnings().size(), spark.warnings().size(), "warnings " + local.warnings());
        SparkTesting.same(local.toEstimate(), spark.toEstimate());
    }

    static void same(Optional<IvTest> local, Optional<IvTest> spark) {
        assertEquals(local.isPresent(), spark.isPresent());
        local.ifPresent(t -> same(t, spark.orElseThrow()));
    }

    static void same(IvTest local, IvTest spark) {
        assertEquals(local.name(), spark.name());
        SparkTesting.same(local.statistic(), spark.statistic(), local.name());
        sameProbability(local.pValue(), spark.pValue(), local.name() + " p-value");
    }

    /** y on an endogenous d (confounded by u), instruments z1..z3, a covariate and a categorical term; two clusterings. */
    static Dataset random(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        double[] d = new double[n];
        double[] x = new double[n];
        double[] z1 = new double[n];
        double[] z2 = new double[n];
        double[] z3 = new double[n];
        double[] cohort = new double[n];
        String[] region = new String[n];
        String[] school = new String[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextGaussian();
            x[i] = r.nextGaussian();
            z1[i] = r.nextGaussian();
            z2[i] = r.nextDouble() < 0.5 ? 1 : 0;
            z3[i] = r.nextGaussian();
            int g = r.nextInt(4);
            region[i] = "g" + g;
            school[i] = "s" + r.nextInt(40);
            cohort[i] = r.nextInt(6);
            d[i] = 0.6 * z1[i] + 0.4 * z2[i] + 0.2 * z3[i] + 0.3 * x[i] + u + r.nextGaussian();
            y[i] = 1 + 0.5 * d[i] + x[i] + 0.2 * g + u + (1 + Math.abs(x[i])) * r.nextGaussian();
        }
        return Dataset.builder().numeric("y", y).numeric("d", d).numeric("x", x).numeric("z1", z1).binary("z2", z2)
                .numeric("z3", z3).categorical("region", region).categorical("school", school).numeric("cohort", cohort)
                .build();
    }
}
