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

import java.util.List;

/** Renders a {@link ReportDocument} as plain text for a terminal: underlined headings, aligned table columns. */
final class TextRendering {

    private TextRendering() {
    }

    static String render(ReportDocument doc) {
        StringBuilder t = new StringBuilder();
        t.append(doc.title()).append('\n').append("=".repeat(doc.title().length())).append('\n');
        for (String line : doc.subtitle()) {
            t.append(line).append('\n');
        }
        for (ReportSection s : doc.sections()) {
            t.append('\n').append(s.title()).append('\n').append("-".repeat(s.title().length())).append('\n');
            for (ReportBlock b : s.blocks()) {
                block(t, b);
            }
        }
        return t.toString();
    }

    private static void block(StringBuilder t, ReportBlock b) {
        if (b instanceof ReportBlock.Paragraph p) {
            t.append(p.text()).append('\n');
        } else if (b instanceof ReportBlock.Callout c) {
            t.append(c.tone() == ReportBlock.Tone.WARNING ? "!! " : c.tone() == ReportBlock.Tone.SUCCESS ? "OK " : "-- ")
                    .append(c.text()).append('\n');
        } else if (b instanceof ReportBlock.BulletList l) {
            for (String item : l.items()) {
                t.append("  - ").append(item).append('\n');
            }
        } else if (b instanceof ReportBlock.Table table) {
            table(t, table);
        } else if (b instanceof ReportBlock.Code c) {
            t.append(c.text().stripTrailing().indent(4));
        } else if (b instanceof ReportBlock.Figure f) {
            t.append("[figure: ").append(f.caption()).append("]\n");
        }
    }

    private static void table(StringBuilder t, ReportBlock.Table table) {
        boolean[] numeric = TableLayout.numericColumns(table);
        int k = table.header().size();
        int[] width = new int[k];
        for (int c = 0; c < k; c++) {
            width[c] = table.header().get(c).length();
            for (List<String> row : table.rows()) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        row(t, table.header(), width, numeric);
        StringBuilder rule = new StringBuilder("  ");
        for (int c = 0; c < k; c++) {
            rule.append("-".repeat(width[c])).append(c + 1 < k ? "  " : "");
        }
        t.append(rule).append('\n');
        for (List<String> r : table.rows()) {
            row(t, r, width, numeric);
        }
        if (!table.caption().isEmpty()) {
            t.append("  ").append(table.caption()).append('\n');
        }
    }

    private static void row(StringBuilder t, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(numeric[c] ? pad + cell : cell + pad).append(c + 1 < cells.size() ? "  " : "");
        }
        t.append(line.toString().stripTrailing()).append('\n');
    }
}
