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

/** Renders a {@link ReportDocument} as GitHub-flavoured Markdown. */
final class MarkdownRendering {

    private MarkdownRendering() {
    }

    static String render(ReportDocument doc) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(doc.title())).append("\n\n");
        for (String line : doc.subtitle()) {
            md.append("_").append(inline(line)).append("_  \n");
        }
        if (!doc.subtitle().isEmpty()) {
            md.append('\n');
        }
        for (ReportSection s : doc.sections()) {
            md.append("## ").append(inline(s.title())).append("\n\n");
            for (ReportBlock b : s.blocks()) {
                block(md, b);
                md.append('\n');
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static void block(StringBuilder md, ReportBlock b) {
        if (b instanceof ReportBlock.Paragraph p) {
            md.append(inline(p.text())).append('\n');
        } else if (b instanceof ReportBlock.Callout c) {
            String label = switch (c.tone()) {
                case NOTE -> "Note";
                case SUCCESS -> "OK";
                case WARNING -> "Warning";
            };
            md.append("> **").append(label).append(":** ").append(inline(c.text())).append('\n');
        } else if (b instanceof ReportBlock.BulletList l) {
            for (String item : l.items()) {
                md.append("- ").append(inline(item)).append('\n');
            }
        } else if (b instanceof ReportBlock.Table t) {
            table(md, t);
        } else if (b instanceof ReportBlock.Code c) {
            String fence = c.text().contains("```") ? "~~~~" : "```";
            md.append(fence).append('\n').append(c.text().stripTrailing()).append('\n').append(fence).append('\n');
        } else if (b instanceof ReportBlock.Figure f) {
            md.append("_Figure: ").append(inline(f.caption())).append(" (the picture is in the HTML report)._\n");
        }
    }

    private static void table(StringBuilder md, ReportBlock.Table t) {
        boolean[] numeric = TableLayout.numericColumns(t);
        row(md, t.header());
        md.append('|');
        for (boolean n : numeric) {
            md.append(n ? "---:|" : "---|");
        }
        md.append('\n');
        for (List<String> r : t.rows()) {
            row(md, r);
        }
        if (!t.caption().isEmpty()) {
            md.append("\n_").append(inline(t.caption())).append("_\n");
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(inline(c).replace("|", "\\|")).append(" |");
        }
        md.append('\n');
    }

    /** One line of text with the characters Markdown would read as markup escaped. */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
                continue;
            }
            if ("\\`*_<".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
