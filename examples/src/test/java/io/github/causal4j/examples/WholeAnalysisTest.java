package io.github.causal4j.examples;

import static io.github.causal4j.examples.Programs.printed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import io.github.causal4j.sensitivity.BenchmarkBound;
import io.github.causal4j.sensitivity.SensitivityReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References: sensemakr 0.1.6 (Cinelli &amp; Hazlett 2020, Table 1), to every printed digit. */
class WholeAnalysisTest {

    @Test
    void oneCallGivesTheSensemakrNumbers() {
        AnalysisResult r = WholeAnalysis.analyze(Programs.DATASETS);
        Estimate ols = r.primaryEstimate().orElseThrow();
        printed("0.0973158", ols.value(), "estimate");
        printed("0.0232565", ols.stdError(), "se");
        SensitivityReport s = r.contribution(SensitivityReport.class).orElseThrow();
        printed("0.138776", s.robustnessValue(), "RV_q");
        BenchmarkBound female3 = s.bounds().stream().filter(b -> b.label().equals("3x female")).findFirst()
                .orElseThrow();
        printed("0.030396", female3.adjusted().estimate(), "3x female");
    }

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
