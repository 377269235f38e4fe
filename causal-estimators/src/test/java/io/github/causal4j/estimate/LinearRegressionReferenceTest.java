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
package io.github.causal4j.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Least squares against R. Expected values: docs/reference-scripts/estimation_ols.R
 * (R 4.2.2, sandwich 3.0-2, lmtest 0.9-40), printed to 17 digits; tolerance 1e-9 relative unless noted.
 */
class LinearRegressionReferenceTest {

    private static final double TOL = 1e-9;

    private static void close(double expected, double actual, double relTol, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relTol, what);
    }

    private static List<String> lalondeTerms() {
        List<String> terms = new ArrayList<>(List.of("treat"));
        terms.addAll(TestData.LALONDE_COVARIATES);
        return terms;
    }

    private static final String[] LALONDE_NAMES = {"(Intercept)", "treat", "age", "educ", "black", "hispan", "married",
        "nodegree", "re74", "re75"};

    @Test
    void lalondeClassical() {
        RegressionFit fit = LinearRegression.ols().fit(TestData.lalonde(), "re78", lalondeTerms());
        double[] coef = {66.51451970473034692, 1548.24380199957886362, 12.97763371283466149, 403.94123085573073695,
            -1240.64408203187099389, 498.89686495894494556, 406.62084542419063382, 259.81736804216035353,
            0.29637744288604156, 0.23152587573794484};
        double[] se = {2.4367458027785078e+03, 7.8127929745978690e+02, 3.2488906074873796e+01, 1.5890623814196553e+02,
            7.6876440714456066e+02, 9.4194254893828122e+02, 6.9547232279739887e+02, 8.4744205235572952e+02,
            5.8272636061389299e-02, 1.0461988362162408e-01};
        for (int j = 0; j < coef.length; j++) {
            Coefficient c = fit.coefficient(LALONDE_NAMES[j]);
            close(coef[j], c.estimate(), TOL, "coefficient " + LALONDE_NAMES[j]);
            close(se[j], c.stdError(), TOL, "SE " + LALONDE_NAMES[j]);
        }
        // The published numbers (R lm): treat = 1548.244, SE 781.279.
        assertEquals(1548.244, fit.coefficient("treat").estimate(), 5e-4);
        assertEquals(781.279, fit.coefficient("treat").stdError(), 5e-4);
        assertEquals(604, fit.dof());
        close(6947.9165507518564, fit.residualStandardError(), TOL, "sigma");
        close(0.14776478108614927, fit.rSquared(), TOL, "R2");
        close(0.13506591193014816, fit.adjustedRSquared(), TOL, "adjusted R2");
        close(0.04796824155360143, fit.coefficient("treat").pValue(), 1e-8, "p");
        close(13.889909816807403, fit.coefficient("treat").ciLower(), 1e-8, "CI lower");
        close(3082.597694182350097, fit.coefficient("treat").ciUpper(), TOL, "CI upper");
    }

    @Test
    void lalondeHeteroskedasticityConsistent() {
        double[][] se = {
            {2.5093311496464194e+03, 7.3452054235825142e+02, 3.1444636214498139e+01, 1.5908308991386801e+02,
                6.9007696694002198e+02, 9.4506508418805811e+02, 6.5316470373437096e+02, 8.8449371191048465e+02,
                7.0687111350933751e-02, 1.1847608236802851e-01},
            {2.5300184836289163e+03, 7.4057604913293130e+02, 3.1703870907940207e+01, 1.6039459677197047e+02,
                6.9576607365300777e+02, 9.5285635439738905e+02, 6.5854949974803662e+02, 8.9178562187868204e+02,
                7.1269867389715233e-02, 1.1945281845373960e-01},
            {2.5394321129865007e+03, 7.4218167731471044e+02, 3.1805527379126644e+01, 1.6109383457090860e+02,
                6.9734536486513502e+02, 9.5707183544743725e+02, 6.5962574297583171e+02, 8.9312619555888671e+02,
                7.1897272643653823e-02, 1.2128064289870430e-01},
            {2.5702950888126948e+03, 7.4998675886314936e+02, 3.2173197133209975e+01, 1.6315062597502344e+02,
                7.0472990763440725e+02, 9.6928086739957530e+02, 6.6618243231102929e+02, 9.0194263852393419e+02,
                7.3140096635078367e-02, 1.2422511111091067e-01}};
        CovarianceType[] types = {CovarianceType.HC0, CovarianceType.HC1, CovarianceType.HC2, CovarianceType.HC3};
        for (int t = 0; t < 4; t++) {
            RegressionFit fit = LinearRegression.ols().withCovariance(types[t]).fit(TestData.lalonde(), "re78",
                    lalondeTerms());
            for (int j = 0; j < LALONDE_NAMES.length; j++) {
                close(se[t][j], fit.coefficient(LALONDE_NAMES[j]).stdError(), TOL, types[t] + " SE " + LALONDE_NAMES[j]);
            }
            if (types[t] == CovarianceType.HC3) {
                // coeftest(fit, vcovHC(fit, "HC3"))["treat", 3:4]
                close(2.064361515323883456, fit.coefficient("treat").statistic(), TOL, "HC3 t");
                close(0.039409846074488601, fit.coefficient("treat").pValue(), 1e-8, "HC3 p");
            }
            if (types[t] == CovarianceType.HC1) {
                close(680.71789393115284, fit.covariance("treat", "age"), TOL, "HC1 cov(treat, age)");
            }
        }
    }

    @Test
    void petersenClusteredByFirmYearAndBoth() {
        Dataset pet = TestData.read("petersen_cl.csv");
        List<String> x = List.of("x");
        RegressionFit firm = LinearRegression.ols().clusteredBy("firm").fit(pet, "y", x);
        // The published number: SE of x clustered by firm (vcovCL default) = 0.0505957.
        assertEquals(0.0505957, firm.coefficient("x").stdError(), 5e-8);
        close(0.050595725884029649, firm.coefficient("x").stdError(), TOL, "firm HC1 x");
        close(0.067012703698772824, firm.coefficient("(Intercept)").stdError(), TOL, "firm HC1 intercept");
        close(2.0452981380949769e+01, firm.coefficient("x").statistic(), TOL, "firm t");
        close(2.3520336654195943e-89, firm.coefficient("x").pValue(), 1e-6, "firm p");
        assertEquals(CovarianceType.HC1, firm.covarianceType());
        assertEquals(List.of(500), firm.clusterCounts());

        RegressionFit firm0 = LinearRegression.ols().withCovariance(CovarianceType.HC0).clusteredBy("firm").fit(pet, "y", x);
        close(0.050590665046219140, firm0.coefficient("x").stdError(), TOL, "firm HC0 x");
        close(0.067006000752649661, firm0.coefficient("(Intercept)").stdError(), TOL, "firm HC0 intercept");

        RegressionFit year = LinearRegression.ols().clusteredBy("year").fit(pet, "y", x);
        close(0.033388913411926541, year.coefficient("x").stdError(), TOL, "year HC1 x");
        close(0.023386721100948929, year.coefficient("(Intercept)").stdError(), TOL, "year HC1 intercept");

        RegressionFit both = LinearRegression.ols().clusteredBy("firm", "year").fit(pet, "y", x);
        close(0.053558022944937868, both.coefficient("x").stdError(), TOL, "firm+year HC1 x");
        close(0.065063918199389351, both.coefficient("(Intercept)").stdError(), TOL, "firm+year HC1 intercept");
        RegressionFit both0 = LinearRegression.ols().withCovariance(CovarianceType.HC0).clusteredBy("firm", "year")
                .fit(pet, "y", x);
        close(0.053552665803344585, both0.coefficient("x").stdError(), TOL, "firm+year HC0 x");
        close(0.065057410180548433, both0.coefficient("(Intercept)").stdError(), TOL, "firm+year HC0 intercept");
    }

    @Test
    void darfurWithA486LevelCategorical() {
        RegressionFit fit = LinearRegression.ols().fit(TestData.read("darfur.csv"), "peacefactor",
                List.of("directlyharmed", "age", "farmer_dar", "herder_dar", "pastvoted", "hhsize_darfur", "female",
                        "village"));
        close(0.097315819284955821, fit.coefficient("directlyharmed").estimate(), TOL, "directlyharmed");
        close(0.023256537809811035, fit.coefficient("directlyharmed").stdError(), TOL, "SE");
        close(-0.2320514358007314, fit.coefficient("female").estimate(), TOL, "female");
        assertEquals(783, fit.dof());
        assertEquals(493, fit.rank());
        close(0.31016364955513465, fit.residualStandardError(), TOL, "sigma");
        close(0.51152179713962997, fit.rSquared(), TOL, "R2");
        // sensemakr 0.1.6 (Cinelli & Hazlett 2020; issue 6): t 4.18445, partial R2(Y~D|X) 0.0218731
        assertEquals(4.18445, fit.coefficient("directlyharmed").statistic(), 5e-6);
        assertEquals(0.0218731, fit.partialRSquared("directlyharmed"), 5e-8);
    }
}
