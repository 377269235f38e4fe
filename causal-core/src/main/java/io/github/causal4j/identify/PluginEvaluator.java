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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an {@link Expression} on a {@link DiscreteData} by plug-in frequencies, with values
 * bound to variables by code. Sums rebind their variables (lexical scoping) over the values that
 * occur. An undefined term (a zero-probability conditioning event) is carried as an exception so
 * that a product can still be 0 when another factor is 0.
 */
final class PluginEvaluator {

    /** An undefined term: the conditioning event has probability 0. Cheap: no stack trace. */
    static final class Undefined extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Undefined(String message) {
            super(message, null, false, false);
        }
    }

    private final DiscreteData data;

    PluginEvaluator(DiscreteData data) {
        this.data = data;
    }

    double evaluate(Expression e, Map<String, Integer> values) {
        try {
            return value(e, values);
        } catch (Undefined u) {
            throw new ZeroProbabilityException(u.getMessage());
        }
    }

    double probability(Probability p, Map<String, Integer> values) {
        return evaluate(p, values);
    }

    private double value(Expression e, Map<String, Integer> values) {
        if (e instanceof Probability p) {
            return term(p, values);
        }
        if (e instanceof Product p) {
            return product(p.factors(), values);
        }
        if (e instanceof Sum s) {
            return sum(s, values);
        }
        Fraction f = (Fraction) e;
        double denominator = value(f.denominator(), values);
        if (denominator == 0) {
            throw new Undefined("the formula divides by " + f.denominator().toText() + ", which is 0 in the data at "
                    + describe(f.denominator().freeVariables(), values));
        }
        return value(f.numerator(), values) / denominator;
    }

    private double term(Probability p, Map<String, Integer> values) {
        List<String> all = new ArrayList<>(p.variables());
        all.addAll(p.given());
        double joint = weight(all, values);
        if (p.given().isEmpty()) {
            return joint / data.total();
        }
        double condition = weight(p.given(), values);
        if (condition == 0) {
            throw new Undefined(p.toText() + " is undefined: the conditioning event " + describe(p.given(), values)
                    + " has probability 0 in the data");
        }
        return joint / condition;
    }

    private double weight(List<String> names, Map<String, Integer> values) {
        List<String> sorted = DiscreteData.sorted(names);
        long[] radix = data.radices(sorted);
        long key = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Integer code = values.get(sorted.get(i));
            if (code == null) {
                throw new IllegalStateException("no value bound to '" + sorted.get(i) + "'");
            }
            key += code * radix[i];
        }
        return data.table(sorted).getOrDefault(key, 0.0);
    }

    private double product(List<Expression> factors, Map<String, Integer> values) {
        double result = 1;
        Undefined undefined = null;
        for (Expression f : factors) {
            try {
                double v = value(f, values);
                if (v == 0) {
                    return 0;
                }
                result *= v;
            } catch (Undefined u) {
                if (undefined == null) {
                    undefined = u;
                }
            }
        }
        if (undefined != null) {
            throw undefined;
        }
        return result;
    }

    private double sum(Sum s, Map<String, Integer> values) {
        List<String> over = s.over();
        int[][] supports = new int[over.size()][];
        Integer[] saved = new Integer[over.size()];
        for (int i = 0; i < over.size(); i++) {
            supports[i] = data.support(over.get(i));
            saved[i] = values.get(over.get(i));
        }
        int[] position = new int[over.size()];
        double total = 0;
        try {
            while (true) {
                for (int i = 0; i < over.size(); i++) {
                    values.put(over.get(i), supports[i][position[i]]);
                }
                total += value(s.body(), values);
                int i = 0;
                while (i < over.size() && ++position[i] == supports[i].length) {
                    position[i] = 0;
                    i++;
                }
                if (i == over.size()) {
                    break;
                }
            }
        } finally {
            for (int i = 0; i < over.size(); i++) {
                if (saved[i] == null) {
                    values.remove(over.get(i));
                } else {
                    values.put(over.get(i), saved[i]);
                }
            }
        }
        return total;
    }

    private String describe(Iterable<String> names, Map<String, Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n).append('=').append(data.values(n).get(values.get(n)));
        }
        return sb.toString();
    }
}
