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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One block of a {@link ReportSection}: a paragraph, a highlighted callout, a bulleted list, a
 * table, preformatted text, or a figure (inline SVG). The same blocks render to Markdown and to a
 * self-contained HTML page ({@link ReportDocument}), so a result describes its report once. Text is
 * plain: renderers escape it for their format.
 */
public sealed interface ReportBlock permits ReportBlock.Paragraph, ReportBlock.Callout, ReportBlock.BulletList,
        ReportBlock.Table, ReportBlock.Code, ReportBlock.Figure {

    /**
     * A paragraph of plain text.
     *
     * @param text the text
     */
    record Paragraph(String text) implements ReportBlock {

        /** Validates. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** How a {@link Callout} is shown. */
    enum Tone {
        /** A neutral note. */
        NOTE,
        /** Good news: a check passed, an effect is identified. */
        SUCCESS,
        /** Something a reader must not miss: an effect not identified, a refuted assumption. */
        WARNING
    }

    /**
     * A short statement set apart from the text (a verdict, a warning).
     *
     * @param tone how it is shown
     * @param text the statement
     */
    record Callout(Tone tone, String text) implements ReportBlock {

        /** Validates. */
        public Callout {
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A bulleted list.
     *
     * @param items the items, in order
     */
    record BulletList(List<String> items) implements ReportBlock {

        /** Validates and copies. */
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table of text cells. Columns whose cells all read as numbers (or intervals of numbers) are
     * right-aligned.
     *
     * @param header the column names
     * @param rows the rows, each with one cell per column
     * @param caption a caption, or {@code ""}
     */
    record Table(List<String> header, List<List<String>> rows, String caption) implements ReportBlock {

        /** Validates (every row as wide as the header) and copies. */
        public Table {
            header = List.copyOf(header);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            List<List<String>> copy = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = List.copyOf(rows.get(i));
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("table row " + (i + 1) + " has " + row.size() + " cells, the header "
                            + header.size() + " (" + header + ")");
                }
                copy.add(row);
            }
            rows = List.copyOf(copy);
            Objects.requireNonNull(caption, "caption");
        }

        /**
         * @param header the column names
         * @param rows the rows
         * @return a table without caption
         */
        public static Table of(List<String> header, List<List<String>> rows) {
            return new Table(header, rows, "");
        }
    }

    /**
     * Preformatted text (a formula, a graph in dagitty syntax).
     *
     * @param text the text, lines separated by {@code \n}
     */
    record Code(String text) implements ReportBlock {

        /** Validates. */
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A picture as an SVG document, embedded inline in HTML. An XML prolog, a document type and
     * comments before the {@code <svg>} element are dropped. To keep a report self-contained and
     * free of scripts, an SVG with a {@code <script>} or {@code <foreignObject>} element, an event
     * handler attribute, or a reference to an external resource ({@code href} or {@code url(...)}
     * to {@code http:}, {@code https:} or {@code file:}) is rejected.
     *
     * @param svg the SVG text
     * @param caption the caption (also the text shown in Markdown, which has no inline SVG)
     */
    record Figure(String svg, String caption) implements ReportBlock {

        /** Validates and trims the SVG to its {@code <svg>} element. */
        public Figure {
            Objects.requireNonNull(caption, "caption");
            svg = SvgCheck.inlineable(Objects.requireNonNull(svg, "svg"));
        }
    }
}
