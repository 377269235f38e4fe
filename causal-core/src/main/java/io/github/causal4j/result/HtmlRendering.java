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

import static io.github.causal4j.result.Markup.escape;

import java.util.List;

/**
 * Renders a {@link ReportDocument} as one HTML5 page with its style sheet inline, figures as inline
 * SVG and a table of contents of in-page links: no script, no external resource.
 */
final class HtmlRendering {

    private static final String CSS = """
            :root { --fg: #1d2430; --muted: #5b6473; --line: #d9dee7; --accent: #2b5fb3; --bg: #ffffff;
              --note: #eef3fb; --ok: #e9f6ec; --warn: #fdf0e6; --warn-line: #d9822b; --ok-line: #2f9e55; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f4f6f9; color: var(--fg);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header { background: #1f3b66; color: #fff; padding: 28px 40px 22px; }
            header h1 { margin: 0 0 6px; font-size: 26px; font-weight: 600; }
            header p { margin: 2px 0; color: #d5def0; font-size: 14px; }
            nav { background: #fff; border-bottom: 1px solid var(--line); padding: 10px 40px; font-size: 14px; }
            nav a { color: var(--accent); text-decoration: none; margin-right: 18px; white-space: nowrap; }
            main { max-width: 1100px; margin: 0 auto; padding: 20px 24px 60px; }
            section { background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
              padding: 18px 26px 14px; margin: 18px 0; }
            section h2 { margin: 0 0 12px; font-size: 20px; font-weight: 600; color: #1f3b66;
              border-bottom: 2px solid #e4e9f2; padding-bottom: 6px; }
            p { margin: 8px 0; }
            table { border-collapse: collapse; margin: 10px 0 14px; font-size: 14px; }
            th, td { border-bottom: 1px solid var(--line); padding: 5px 12px; text-align: left; vertical-align: top; }
            th { background: #f0f3f8; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr:nth-child(even) td { background: #fafbfd; }
            caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 13px; padding-top: 4px; }
            pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px;
              overflow-x: auto; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            ul { margin: 8px 0; padding-left: 22px; }
            li { margin: 3px 0; }
            .callout { border-left: 5px solid var(--accent); background: var(--note); padding: 9px 14px;
              margin: 10px 0; border-radius: 4px; }
            .callout.success { border-color: var(--ok-line); background: var(--ok); }
            .callout.warning { border-color: var(--warn-line); background: var(--warn); }
            figure { margin: 12px 0; }
            figure svg { max-width: 100%; height: auto; display: block; }
            figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; }
            footer { text-align: center; color: var(--muted); font-size: 12px; padding: 10px 0 30px; }
            @media print { body { background: #fff; } nav { display: none; } section { break-inside: avoid-page; } }
            """;

    private HtmlRendering() {
    }

    static String render(ReportDocument doc) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(doc.title())).append("</h1>\n");
        for (String line : doc.subtitle()) {
            h.append("<p>").append(escape(line)).append("</p>\n");
        }
        h.append("</header>\n<nav>");
        for (ReportSection s : doc.sections()) {
            h.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title())).append("</a>");
        }
        h.append("</nav>\n<main>\n");
        for (ReportSection s : doc.sections()) {
            h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title())).append("</h2>\n");
            for (ReportBlock b : s.blocks()) {
                block(h, b);
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer>causal4j ").append(escape(Provenance.currentLibraryVersion()))
                .append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void block(StringBuilder h, ReportBlock b) {
        if (b instanceof ReportBlock.Paragraph p) {
            h.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (b instanceof ReportBlock.Callout c) {
            h.append("<div class=\"callout ").append(c.tone().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(escape(c.text())).append("</div>\n");
        } else if (b instanceof ReportBlock.BulletList l) {
            h.append("<ul>\n");
            for (String item : l.items()) {
                h.append("<li>").append(escape(item)).append("</li>\n");
            }
            h.append("</ul>\n");
        } else if (b instanceof ReportBlock.Table t) {
            table(h, t);
        } else if (b instanceof ReportBlock.Code c) {
            h.append("<pre>").append(escape(c.text().stripTrailing())).append("</pre>\n");
        } else if (b instanceof ReportBlock.Figure f) {
            h.append("<figure>\n").append(f.svg()).append("\n<figcaption>").append(escape(f.caption()))
                    .append("</figcaption>\n</figure>\n");
        }
    }

    private static void table(StringBuilder h, ReportBlock.Table t) {
        boolean[] numeric = TableLayout.numericColumns(t);
        h.append("<table>\n");
        if (!t.caption().isEmpty()) {
            h.append("<caption>").append(escape(t.caption())).append("</caption>\n");
        }
        h.append("<thead><tr>");
        for (int c = 0; c < numeric.length; c++) {
            h.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(escape(t.header().get(c))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < numeric.length; c++) {
                h.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
