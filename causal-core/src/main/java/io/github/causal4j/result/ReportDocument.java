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
package io.github.causal4j.result;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A report made of titled {@link ReportSection}s, rendered as Markdown or as one self-contained
 * HTML page: inline CSS, inline SVG figures, a table of contents of in-page links, no scripts and
 * no external resources, so the file opens offline in any browser and can be mailed or archived
 * as it is.
 *
 * <pre>{@code
 * ReportDocument doc = new ReportDocument("Effect of d on y", List.of("1276 rows"), sections);
 * Files.writeString(Path.of("report.html"), doc.toHtml());
 * }</pre>
 *
 * @param title the page title
 * @param subtitle lines shown under the title (may be empty)
 * @param sections the sections, in order; their ids must be distinct
 */
public record ReportDocument(String title, List<String> subtitle, List<ReportSection> sections) {

    /** Validates (distinct section ids) and copies. */
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        subtitle = List.copyOf(subtitle);
        sections = List.copyOf(sections);
        Set<String> ids = new HashSet<>();
        for (ReportSection s : sections) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two sections have the id '" + s.id() + "'");
            }
        }
    }

    /** @return the report as plain text for a terminal (figures by their caption) */
    public String toText() {
        return TextRendering.render(this);
    }

    /** @return the report as GitHub-flavoured Markdown (figures by their caption) */
    public String toMarkdown() {
        return MarkdownRendering.render(this);
    }

    /** @return the report as one self-contained HTML5 page */
    public String toHtml() {
        return HtmlRendering.render(this);
    }

    /**
     * @param id a section id
     * @return whether the report has that section
     */
    public boolean hasSection(String id) {
        return sections.stream().anyMatch(s -> s.id().equals(id));
    }
}
