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
package io.github.causal4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeSectionTest {

    private static final ReadmeSection S = ReadmeSection.PERFORMANCE;

    @Test
    void onlyTheTextBetweenTheMarkersChanges() {
        String doc = "# Title\n\nprose\n\n<!-- perf:begin -->\n| old | table |\n<!-- perf:end -->\n\n## Next\n";
        String out = S.replace(doc, "| new | table |");
        assertEquals("# Title\n\nprose\n\n<!-- perf:begin -->\n| new | table |\n<!-- perf:end -->\n\n## Next\n", out);
        // idempotent
        assertEquals(out, S.replace(out, "| new | table |\n"));
    }

    @Test
    void missingDuplicatedOrReversedMarkersAreErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> S.replace("no markers\n", "x"));
        assertTrue(e.getMessage().contains("<!-- perf:begin -->"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> S.replace("<!-- perf:begin -->\n", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> S.replace("<!-- perf:end -->\n<!-- perf:begin -->\n", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> S.replace("<!-- perf:begin -->\n<!-- perf:end -->\n<!-- perf:end -->\n", "x"));
        assertThrows(IllegalArgumentException.class, () -> new ReadmeSection("<!-- a -->", "<!-- a -->"));
    }

    @Test
    void theProjectReadmeHasThePerformanceMarkers() throws Exception {
        // benchmarks/ sits one level below the root, beside README.md
        Path readme = Path.of(System.getProperty("causal4j.datasets")).resolveSibling("README.md");
        String text = Files.readString(readme);
        String replaced = S.replace(text, "generated\n");
        assertTrue(replaced.contains("<!-- perf:begin -->\ngenerated\n<!-- perf:end -->"));
        // everything outside the section is untouched
        int b = text.indexOf("<!-- perf:begin -->");
        assertEquals(text.substring(0, b), replaced.substring(0, b));
        assertTrue(replaced.endsWith(text.substring(text.indexOf("<!-- perf:end -->"))));
    }
}
