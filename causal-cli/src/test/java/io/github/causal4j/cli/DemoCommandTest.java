package io.github.causal4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void runsOnTheBundledData() {
        CliRunner r = CliRunner.run("demo");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1276 rows, 14 columns"), r.out());
        assertTrue(r.out().contains("village                categorical 486 levels"), r.out());
        assertTrue(r.out().contains("without the direct edge: d-separated"), r.out());
    }

    @Test
    void helpAndVersion() {
        CliRunner help = CliRunner.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("dsep") && help.out().contains("demo"));
        CliRunner version = CliRunner.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("causal4j "));
    }
}
