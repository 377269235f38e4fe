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
package io.github.causal4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What the example tests share: the data sets, running a {@code main} with its output captured, number checks. */
final class Programs {

    /** The repository's datasets/ (the root pom sets causal4j.datasets to {@code ${project.basedir}/../datasets}). */
    static final Path DATASETS = Path.of(System.getProperty("causal4j.datasets"));

    /** A {@code main} method. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    private Programs() {
    }

    /** @return what {@code main} printed on System.out, given the data-set directory and any further arguments */
    static synchronized String output(Main main, String... more) throws Exception {
        String[] args = new String[more.length + 1];
        args[0] = DATASETS.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);   // the build log shows what each example printed
        return text;
    }

    /** Asserts that the output shows every fragment. */
    static void mentions(String output, String... fragments) {
        for (String f : fragments) {
            assertTrue(output.contains(f), "the output does not show '" + f + "':\n" + output);
        }
    }

    /** A published number matches to every printed digit: |actual - printed| <= half a unit in its last place. */
    static void printed(String printed, double actual, String what) {
        BigDecimal p = new BigDecimal(printed);
        double halfUnit = 0.5 * Math.pow(10, -p.scale());
        if (!(Math.abs(actual - p.doubleValue()) <= halfUnit * (1 + 1e-12))) {
            fail(what + ": " + actual + " does not round to the published " + printed);
        }
    }

    /** |actual - expected| <= tol * |expected|. */
    static void relative(double expected, double actual, double tol, String what) {
        if (!(Math.abs(actual - expected) <= tol * Math.abs(expected))) {
            fail(what + ": expected " + expected + " but got " + actual + " (relative error "
                    + Math.abs(actual - expected) / Math.abs(expected) + " > " + tol + ")");
        }
    }
}
