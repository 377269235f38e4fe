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
import java.util.regex.Pattern;

/**
 * One titled section of a {@link ReportDocument}: the identification, the estimate table, the
 * sensitivity analysis. The id names it in links and tests ({@code "identification"}).
 *
 * @param id a stable identifier: lower-case letters, digits and hyphens, starting with a letter
 * @param title the heading
 * @param blocks the content, in order
 */
public record ReportSection(String id, String title, List<ReportBlock> blocks) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** Validates and copies. */
    public ReportSection {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("section id '" + id + "' must be lower-case letters, digits and hyphens,"
                    + " starting with a letter");
        }
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /**
     * @param id the identifier
     * @param title the heading
     * @return a builder of the section's blocks
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Collects the blocks of a section in order. */
    public static final class Builder {

        private final String id;
        private final String title;
        private final List<ReportBlock> blocks = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * @param block any block
         * @return this builder
         */
        public Builder add(ReportBlock block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * @param text a paragraph
         * @return this builder
         */
        public Builder paragraph(String text) {
            return add(new ReportBlock.Paragraph(text));
        }

        /**
         * @param tone how to show it
         * @param text a callout
         * @return this builder
         */
        public Builder callout(ReportBlock.Tone tone, String text) {
            return add(new ReportBlock.Callout(tone, text));
        }

        /**
         * @param items bullet items (nothing is added when empty)
         * @return this builder
         */
        public Builder bullets(List<String> items) {
            return items.isEmpty() ? this : add(new ReportBlock.BulletList(items));
        }

        /**
         * @param header column names
         * @param rows rows
         * @return this builder
         */
        public Builder table(List<String> header, List<List<String>> rows) {
            return add(ReportBlock.Table.of(header, rows));
        }

        /**
         * @param text preformatted text
         * @return this builder
         */
        public Builder code(String text) {
            return add(new ReportBlock.Code(text));
        }

        /**
         * @param svg an SVG document
         * @param caption its caption
         * @return this builder
         */
        public Builder figure(String svg, String caption) {
            return add(new ReportBlock.Figure(svg, caption));
        }

        /** @return the section */
        public ReportSection build() {
            return new ReportSection(id, title, blocks);
        }
    }
}
