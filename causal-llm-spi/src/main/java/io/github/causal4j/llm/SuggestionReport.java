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
package io.github.causal4j.llm;

import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link GraphSuggestion} as text and Markdown from the same tables. */
final class SuggestionReport {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder markdown = new StringBuilder();

    private SuggestionReport() {
    }

    static Report render(GraphSuggestion s) {
        SuggestionReport r = new SuggestionReport();
        SuggestionRequest q = s.request();
        r.heading("Graph suggestion: " + q.task().id()
                + q.treatment().map(t -> " for " + t + " -> " + q.outcome().get()).orElse(""));
        r.line(s.provenance().toString());
        if (!s.edges().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SuggestedEdge e : s.edges()) {
                rows.add(List.of(e.from() + " -> " + e.to(), e.votes() + "/" + e.samples(),
                        e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        e.flags().isEmpty() ? "" : "flagged by data", first(e.rationales())));
            }
            r.table("Edges", List.of("edge", "votes", "status", "data", "rationale"), rows);
        }
        if (!s.roles().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SuggestedRole role : s.roles()) {
                rows.add(List.of(role.variable(), role.role().id(), role.votes() + "/" + role.samples(),
                        role.accepted() ? "accepted" : "below threshold",
                        role.check().map(c -> c.satisfied() ? "holds" : "fails").orElse(""),
                        role.given().isEmpty() ? "" : String.join(", ", role.given()), first(role.rationales())));
            }
            r.table("Roles", List.of("variable", "role", "votes", "status", "criterion", "given", "rationale"), rows);
        }
        if (!s.critiques().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (EdgeCritique c : s.critiques()) {
                rows.add(List.of(c.from() + " -> " + c.to(), c.action().id(), votes(c.votes()),
                        c.applied() ? "applied" : "not applied", first(c.rationales())));
            }
            r.table("Verdicts", List.of("edge", "verdict", "votes", "status", "rationale"), rows);
        }
        if (!s.latents().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SuggestedLatent l : s.latents()) {
                rows.add(List.of(l.name(), String.join(", ", l.affects()), l.votes() + "/" + l.samples(),
                        l.accepted() ? "accepted" : "below threshold",
                        l.benchmarks().isEmpty() ? "" : l.benchmarks().get(0).toString(), first(l.rationales())));
            }
            r.table("Unmeasured confounders", List.of("name", "affects", "votes", "status", "benchmark", "rationale"), rows);
        }
        if (!s.dataChecks().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (DataCheck d : s.dataChecks()) {
                rows.add(List.of(d.flag().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), d.test().toString()
                        + (d.adjustedPValue() == d.test().pValue() ? "" : String.format(java.util.Locale.ROOT,
                                " (adjusted %.4g)", d.adjustedPValue()))));
            }
            r.table("Data checks", List.of("finding", "test"), rows);
        }
        if (!s.notes().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (ValidationNote n : s.notes()) {
                rows.add(List.of(n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), n.message()));
            }
            r.table("Notes", List.of("kind", "note"), rows);
        }
        r.heading2("Graph");
        r.text.append(s.graph().toDagitty());
        r.markdown.append("```\n").append(s.graph().toDagitty()).append("```\n");
        return new Report(r.text.toString().stripTrailing(), r.markdown.toString().stripTrailing());
    }

    private static String first(List<String> rationales) {
        return rationales.isEmpty() ? "" : rationales.get(0);
    }

    private static String votes(Map<EdgeAction, Integer> votes) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<EdgeAction, Integer> e : votes.entrySet()) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.getKey().id()).append(' ').append(e.getValue());
        }
        return sb.toString();
    }

    private void heading(String title) {
        text.append(title).append('\n');
        markdown.append("## ").append(title).append("\n\n");
    }

    private void heading2(String title) {
        text.append('\n').append(title).append('\n');
        markdown.append("\n### ").append(title).append("\n\n");
    }

    private void line(String s) {
        text.append(s).append('\n');
        markdown.append(s).append("\n");
    }

    private void table(String title, List<String> header, List<List<String>> rows) {
        heading2(title);
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        appendTextRow(header, width);
        for (List<String> row : rows) {
            appendTextRow(row, width);
        }
        markdown.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int c = 0; c < header.size(); c++) {
            markdown.append("---|");
        }
        markdown.append('\n');
        for (List<String> row : rows) {
            List<String> escaped = new ArrayList<>();
            for (String cell : row) {
                escaped.add(cell.replace("|", "\\|"));
            }
            markdown.append("| ").append(String.join(" | ", escaped)).append(" |\n");
        }
    }

    private void appendTextRow(List<String> row, int[] width) {
        StringBuilder sb = new StringBuilder("  ");
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            sb.append(cell);
            if (c < row.size() - 1) {
                sb.append(" ".repeat(width[c] - cell.length() + 2));
            }
        }
        text.append(sb.toString().stripTrailing()).append('\n');
    }
}
