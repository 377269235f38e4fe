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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References: sensemakr 0.1.6 (Cinelli &amp; Hazlett 2020, Table 1), to every printed digit. One
 * run of the program (a default {@code run()}: 100 simulations per refutation test); the
 * sensemakr numbers of {@link WholeAnalysis#analyze} at full precision are DarfurSensitivityTest's
 * and causal-sensitivity's AnalysisRunTest's.
 */
class WholeAnalysisTest {

    @Test
    void mainWritesTheHtmlReport(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("reports/darfur.html");
        String out = Programs.output(WholeAnalysis::main, html.toString());
        Programs.mentions(out, "back-door adjustment for [age, farmer_dar", "ols: 0.0973158 (SE 0.0232565)",
                "robustness value 0.138776", "HTML report: " + html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>"), page.substring(0, 40));
        assertTrue(page.contains("<section id=\"sensitivity\">") && page.contains("0.0973158"),
                "the report's sensitivity section and estimate");
    }
}
