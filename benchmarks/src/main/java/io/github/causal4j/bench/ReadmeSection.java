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

import java.util.Objects;

/**
 * A generated section of a Markdown document, between two marker lines (HTML comments, invisible
 * when rendered). Everything between the markers belongs to the generator; everything outside is
 * left byte for byte as it was.
 *
 * @param begin the line that opens the section, e.g. {@code <!-- perf:begin -->}
 * @param end the line that closes it, e.g. {@code <!-- perf:end -->}
 */
public record ReadmeSection(String begin, String end) {

    /** The README's performance section. */
    public static final ReadmeSection PERFORMANCE = new ReadmeSection("<!-- perf:begin -->", "<!-- perf:end -->");

    /** Checks the markers are given and distinct. */
    public ReadmeSection {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        if (begin.isBlank() || begin.equals(end)) {
            throw new IllegalArgumentException("the markers must be non-blank and distinct: '" + begin + "', '" + end + "'");
        }
    }

    /**
     * @param document the whole document
     * @param content the new section body (a trailing newline is added if missing)
     * @return the document with the body between the markers replaced
     * @throws IllegalArgumentException if a marker is missing, appears twice, or the end comes first
     */
    public String replace(String document, String content) {
        int b = only(document, begin);
        int e = only(document, end);
        if (e < b) {
            throw new IllegalArgumentException("'" + end + "' comes before '" + begin + "'");
        }
        int bodyStart = b + begin.length();
        String body = content.endsWith("\n") ? content : content + "\n";
        return document.substring(0, bodyStart) + "\n" + body + document.substring(e);
    }

    private static int only(String document, String marker) {
        int at = document.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("the document has no marker '" + marker + "'");
        }
        if (document.indexOf(marker, at + 1) >= 0) {
            throw new IllegalArgumentException("the marker '" + marker + "' appears more than once");
        }
        return at;
    }
}
