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
package io.github.causal4j.sensitivity;

import io.github.causal4j.result.Markup;
import java.util.Locale;

/**
 * The minimal-reporting table Cinelli &amp; Hazlett (2020, Sec. 6) recommend for every regression
 * estimate (sensemakr's {@code ovb_minimal_reporting}): estimate, standard error, t-value,
 * R&sup2;<sub>Y~D|X</sub>, RV<sub>q</sub> and RV<sub>q,&alpha;</sub>, with a footnote giving the degrees of
 * freedom and the first bound. Numbers are R's {@code round(x, digits)}; the three partial R&sup2;
 * statistics are shown as 100 &times; the rounded value, in percent.
 */
final class MinimalReporting {

    private MinimalReporting() {
    }

    static String render(SensitivityReport r, TableFormat format, int digits) {
        Cells c = new Cells(r, digits);
        switch (format) {
            case MARKDOWN:
                return markdown(c);
            case HTML:
                return html(c);
            default:
                return latex(c);
        }
    }

    /** The table's content, formatted once for every output format. */
    private static final class Cells {
        final String outcome;
        final String treatment;
        final String estimate;
        final String se;
        final String t;
        final String r2;
        final String rv;
        final String rva;
        final String q;
        final String alpha;
        final String dof;
        final String boundLabel;
        final String boundR2yz;
        final String boundR2dz;

        Cells(SensitivityReport r, int digits) {
            outcome = r.outcome();
            treatment = r.treatment();
            estimate = Numbers.round(r.estimate(), digits);
            se = Numbers.round(r.standardError(), digits);
            t = Numbers.round(r.tValue(), digits);
            r2 = Numbers.percentOfRounded(r.partialR2(), digits);
            rv = Numbers.percentOfRounded(r.robustnessValue(), digits);
            rva = Numbers.percentOfRounded(r.robustnessValueAlpha(), digits);
            q = Numbers.round(r.options().q(), 6);
            alpha = Numbers.round(r.options().alpha(), 6);
            dof = Numbers.dof(r.dof());
            AdjustedEstimate first = null;
            String label = null;
            if (!r.hypotheticalConfounders().isEmpty()) {
                first = r.hypotheticalConfounders().get(0).adjusted();
                label = r.hypotheticalConfounders().get(0).label();
            } else if (!r.bounds().isEmpty()) {
                first = r.bounds().get(0).adjusted();
                label = r.bounds().get(0).label();
            }
            boundLabel = label;
            boundR2yz = first == null ? null : Numbers.percentOfRounded(first.confounder().r2yzDX(), digits);
            boundR2dz = first == null ? null : Numbers.percentOfRounded(first.confounder().r2dzX(), digits);
        }
    }

    private static String markdown(Cells c) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Outcome: *").append(c.outcome).append("* | | | | | | |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        // a '|' inside a Markdown table cell must be escaped; the footnote below the table keeps it plain
        sb.append("| **Treatment** | **Est.** | **S.E.** | **t-value** | **R²<sub>Y~D\\|X</sub>** | **RV<sub>q=")
                .append(c.q).append("</sub>** | **RV<sub>q=").append(c.q).append(", α=").append(c.alpha).append("</sub>** |\n");
        sb.append("| *").append(c.treatment).append("* | ").append(c.estimate).append(" | ").append(c.se).append(" | ")
                .append(c.t).append(" | ").append(c.r2).append("% | ").append(c.rv).append("% | ").append(c.rva).append("% |\n");
        sb.append("\n").append(footnote(c, "R²<sub>Y~Z|X,D</sub>", "R²<sub>D~Z|X</sub>", "%")).append('\n');
        return sb.toString();
    }

    private static String footnote(Cells c, String r2yz, String r2dz, String percent) {
        String s = "Note: df = " + c.dof;
        if (c.boundLabel != null) {
            s += "; Bound (" + c.boundLabel + "): " + r2yz + " = " + c.boundR2yz + percent + ", " + r2dz + " = " + c.boundR2dz + percent;
        }
        return s;
    }

    private static String html(Cells c) {
        String th = "<th style=\"text-align:right;border-top:1px solid black\">";
        String td = "<td style=\"text-align:right;border-bottom:1px solid black\">";
        StringBuilder sb = new StringBuilder("<table style=\"border-collapse:collapse\">\n<thead>\n<tr>\n");
        sb.append("  <th style=\"text-align:left;border-top:1px solid black\"></th>\n");
        sb.append("  <th colspan=\"6\" style=\"text-align:center;border-top:1px solid black;border-bottom:1px solid black\">Outcome: <i>")
                .append(Markup.escape(c.outcome)).append("</i></th>\n</tr>\n<tr>\n");
        sb.append("  <th style=\"text-align:left;border-top:1px solid black\">Treatment</th>\n");
        for (String h : new String[] {"Est.", "S.E.", "t-value", "R<sup>2</sup><sub>Y~D|X</sub>", "RV<sub>q = " + c.q + "</sub>",
            "RV<sub>q = " + c.q + ", α = " + c.alpha + "</sub>"}) {
            sb.append("  ").append(th).append(h).append("</th>\n");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n<tr>\n");
        sb.append("  <td style=\"text-align:left;border-bottom:1px solid black\"><i>").append(Markup.escape(c.treatment)).append("</i></td>\n");
        for (String v : new String[] {c.estimate, c.se, c.t, c.r2 + "%", c.rv + "%", c.rva + "%"}) {
            sb.append("  ").append(td).append(v).append("</td>\n");
        }
        sb.append("</tr>\n<tr>\n  <td colspan=\"7\" style=\"text-align:right;font-size:11px\">")
                .append(footnote(c, "R<sup>2</sup><sub>Y~Z|X,D</sub>", "R<sup>2</sup><sub>D~Z|X</sub>", "%")
                        .replace("(" + c.boundLabel + ")", "(" + Markup.escape(String.valueOf(c.boundLabel)) + ")"))
                .append("</td>\n</tr>\n</tbody>\n</table>\n");
        return sb.toString();
    }

    private static String latex(Cells c) {
        StringBuilder sb = new StringBuilder();
        sb.append("\\begin{table}[!h]\n\\centering\n\\begin{tabular}{lrrrrrr}\n");
        sb.append("\\multicolumn{7}{c}{Outcome: \\textit{").append(escapeLatex(c.outcome)).append("}} \\\\\n");
        sb.append("\\hline \\hline\n");
        sb.append(String.format(Locale.ROOT,
                "Treatment: & Est. & S.E. & t-value & $R^2_{Y \\sim D |{\\bf X}}$ & $RV_{q = %s}$ & $RV_{q = %s, \\alpha = %s}$ \\\\\n",
                c.q, c.q, c.alpha));
        sb.append("\\hline\n");
        sb.append("\\textit{").append(escapeLatex(c.treatment)).append("} & ").append(c.estimate).append(" & ").append(c.se)
                .append(" & ").append(c.t).append(" & ").append(c.r2).append("\\% & ").append(c.rv).append("\\% & ")
                .append(c.rva).append("\\% \\\\\n");
        sb.append("\\hline\n");
        sb.append("df = ").append(c.dof).append(" & & \\multicolumn{5}{r}{");
        if (c.boundLabel != null) {
            sb.append("\\small \\textit{Bound (").append(escapeLatex(c.boundLabel)).append(")}: $R^2_{Y\\sim Z| {\\bf X}, D}$ = ")
                    .append(c.boundR2yz).append("\\%, $R^2_{D\\sim Z| {\\bf X} }$ = ").append(c.boundR2dz).append("\\%");
        }
        sb.append("} \\\\\n\\end{tabular}\n\\end{table}\n");
        return sb.toString();
    }

    static String escapeLatex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '_', '%', '&', '#', '$', '{', '}' -> sb.append('\\').append(ch);
                case '\\' -> sb.append("\\textbackslash{}");
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
