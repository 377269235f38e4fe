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

import io.github.causal4j.estimate.CollinearityException;
import io.github.causal4j.estimate.DesignMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Words for collinear design columns, shared by the linear and logistic fits. */
public final class Collinearity {

    private Collinearity() {
    }

    /**
     * @param dropped the collinear columns and their representations
     * @param norms every design column's norm
     * @param names the design column names
     * @return the exception naming them
     */
    public static CollinearityException exception(List<OrderedPivotingQr.Dependence> dropped, double[] norms, List<String> names) {
        return new CollinearityException("collinear design columns: " + describe(dropped, norms, names)
                + "; remove one of each group, or fit with RankDeficiency.DROP to drop the later columns as R's lm does",
                dependencies(dropped, norms, names));
    }

    /**
     * @param dropped the collinear columns
     * @param norms every design column's norm
     * @param names the design column names
     * @return e.g. {@code "'white' = 1 '(Intercept)' - 1 'black' - 1 'hispan'"} or {@code "'x' is constant"}
     */
    public static String describe(List<OrderedPivotingQr.Dependence> dropped, double[] norms, List<String> names) {
        List<String> parts = new ArrayList<>();
        for (OrderedPivotingQr.Dependence d : dropped) {
            String name = "'" + names.get(d.column()) + "'";
            double own = norms[d.column()];
            if (own == 0.0) {
                parts.add(name + " is all zero");
                continue;
            }
            StringBuilder combination = new StringBuilder();
            List<String> used = significantTerms(d, norms, own, names, combination);
            if (used.size() == 1 && used.get(0).equals(DesignMatrix.INTERCEPT)) {
                parts.add(name + " is constant");
            } else if (used.isEmpty()) {
                parts.add(name + " is numerically zero");
            } else {
                parts.add(name + " = " + combination);
            }
        }
        return String.join("; ", parts);
    }

    private static List<String> significantTerms(OrderedPivotingQr.Dependence d, double[] norms, double own,
            List<String> names, StringBuilder combination) {
        List<String> used = new ArrayList<>();
        for (int a = 0; a < d.keptColumns().length; a++) {
            double coefficient = d.coefficients()[a];
            int column = d.keptColumns()[a];
            if (Math.abs(coefficient) * norms[column] < 1e-8 * own) {
                continue;
            }
            used.add(names.get(column));
            String magnitude = Formatting.number(Math.abs(coefficient));
            if (combination.length() == 0) {
                combination.append(coefficient < 0 ? "-" : "");
            } else {
                combination.append(coefficient < 0 ? " - " : " + ");
            }
            combination.append(magnitude).append(" '").append(names.get(column)).append("'");
        }
        return used;
    }

    /**
     * @param dropped the collinear columns
     * @param norms every design column's norm
     * @param names the design column names
     * @return each collinear column and the earlier columns it is a combination of
     */
    public static Map<String, List<String>> dependencies(List<OrderedPivotingQr.Dependence> dropped, double[] norms,
            List<String> names) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (OrderedPivotingQr.Dependence d : dropped) {
            out.put(names.get(d.column()), significantTerms(d, norms, Math.max(norms[d.column()], Double.MIN_VALUE), names,
                    new StringBuilder()));
        }
        return out;
    }

}
