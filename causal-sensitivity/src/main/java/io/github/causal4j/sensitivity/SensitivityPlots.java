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

import io.github.causal4j.sensitivity.internal.ContourLines;
import io.github.causal4j.sensitivity.internal.NiceScale;
import io.github.causal4j.sensitivity.internal.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two sensitivity plots of Cinelli &amp; Hazlett (2020, Sec. 5) as standalone SVG documents, drawn
 * the way sensemakr draws them: grey labelled contours, the critical contour dashed red, the
 * unadjusted estimate as a black triangle at the origin and the bounds as red diamonds with labels;
 * extreme scenarios as curves with the null as a dashed red line and the bounds as red ticks.
 */
final class SensitivityPlots {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 600;
    private static final double LEFT = 80;
    private static final double RIGHT = 30;
    private static final double TOP = 50;
    private static final double BOTTOM = 80;
    private static final String GREY = "stroke:#666666;stroke-width:1;fill:none";
    private static final String CRITICAL = "stroke:red;stroke-width:2;stroke-dasharray:8,5;fill:none";
    private static final String HALO = "stroke:white;stroke-width:3;paint-order:stroke";

    private SensitivityPlots() {
    }

    /** A linear map from data to canvas coordinates. */
    private record Frame(double x0, double x1, double y0, double y1) {
        double px(double x) {
            return LEFT + (x - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
        }

        double py(double y) {
            return HEIGHT - BOTTOM - (y - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
        }
    }

    static String contour(SensitivityReport r, ContourGrid grid) {
        double[] x = grid.r2dzX();
        double[] y = grid.r2yzDX();
        double lim = x[x.length - 1];
        Frame f = new Frame(0, lim, 0, lim);
        Svg svg = new Svg(WIDTH, HEIGHT);
        axes(svg, f, "Partial R\u00b2 of confounder(s) with the treatment", "Partial R\u00b2 of confounder(s) with the outcome");
        svg.text(WIDTH / 2.0, 28, "Sensitivity contours of the " + grid.quantity().label() + " of '" + r.treatment() + "'",
                "middle", 15, "", 0);

        double[][] z = grid.valuesView();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : z) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double threshold = grid.threshold();
        double step = NiceScale.step(min, max, 12);
        for (double level : NiceScale.values(min, max, 12)) {
            if (Math.abs(level - threshold) < step * 1e-6) {
                continue;
            }
            drawLevel(svg, f, ContourLines.segments(x, y, z, level), GREY, NiceScale.format(level, step), "#444444");
        }
        drawLevel(svg, f, ContourLines.segments(x, y, z, threshold), CRITICAL,
                String.format(Locale.ROOT, "%.4g", threshold), "red");

        double unadjusted = grid.quantity() == ContourQuantity.T_VALUE ? r.tValue() : grid.quantity() == ContourQuantity.ESTIMATE
                ? r.estimate() : grid.quantity().valueOf(r.omittedVariableBias().adjust(new Confounder(0, 0), r.options()));
        marker(svg, f, 0, 0, true);
        svg.text(f.px(0) + 8, f.py(0) - 10, String.format(Locale.ROOT, "Unadjusted (%.3g)", unadjusted), "start", 12, HALO, 0);
        List<String[]> labelled = new ArrayList<>();
        for (HypotheticalConfounder h : r.hypotheticalConfounders()) {
            labelled.add(point(h.label(), h.adjusted(), grid.quantity()));
        }
        for (BenchmarkBound b : r.bounds()) {
            labelled.add(point(b.label(), b.adjusted(), grid.quantity()));
        }
        for (String[] p : labelled) {
            double bx = Math.min(Double.parseDouble(p[1]), lim);
            double by = Math.min(Double.parseDouble(p[2]), lim);
            marker(svg, f, bx, by, false);
            svg.text(f.px(bx) + 8, f.py(by) - 6, p[0], "start", 12, HALO, 0);
        }
        return svg.document("Sensitivity contour plot: " + grid.quantity().label() + " of " + r.treatment());
    }

    private static String[] point(String label, AdjustedEstimate a, ContourQuantity q) {
        return new String[] {String.format(Locale.ROOT, "%s (%.3g)", label, q.valueOf(a)),
            Double.toString(a.confounder().r2dzX()), Double.toString(a.confounder().r2yzDX())};
    }

    private static void marker(Svg svg, Frame f, double x, double y, boolean triangle) {
        double px = f.px(x);
        double py = f.py(y);
        if (triangle) {
            svg.polygon(new double[] {px, py - 7, px - 6, py + 4, px + 6, py + 4}, "fill:black");
        } else {
            svg.polygon(new double[] {px, py - 6, px + 6, py, px, py + 6, px - 6, py}, "fill:red;stroke:darkred;stroke-width:1");
        }
    }

    /** Draws one level's segments as one path and labels it at its most interior segment. */
    private static void drawLevel(Svg svg, Frame f, List<double[]> segments, String style, String label, String labelColour) {
        if (segments.isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        double best = -1;
        double lx = 0;
        double ly = 0;
        for (double[] line : ContourLines.polylines(segments)) {
            for (int k = 0; k < line.length; k += 2) {
                d.append(k == 0 ? 'M' : 'L').append(Svg.n(f.px(line[k]))).append(',').append(Svg.n(f.py(line[k + 1])));
                double fx = (line[k] - f.x0()) / (f.x1() - f.x0());
                double fy = (line[k + 1] - f.y0()) / (f.y1() - f.y0());
                // prefer points away from the edges and near the diagonal, where labels do not crowd
                double interior = Math.min(Math.min(fx, 1 - fx), Math.min(fy, 1 - fy)) - 0.3 * Math.abs(fx - fy);
                if (interior > best) {
                    best = interior;
                    lx = line[k];
                    ly = line[k + 1];
                }
            }
        }
        svg.path(d.toString(), style);
        svg.text(f.px(lx), f.py(ly) + 4, label, "middle", 11, HALO + ";fill:" + labelColour, 0);
    }

    private static void axes(Svg svg, Frame f, String xLabel, String yLabel) {
        String axis = "stroke:black;stroke-width:1;fill:none";
        svg.rect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM, axis);
        double xStep = NiceScale.step(f.x0(), f.x1(), 6);
        for (double t : NiceScale.values(f.x0(), f.x1(), 6)) {
            svg.line(f.px(t), HEIGHT - BOTTOM, f.px(t), HEIGHT - BOTTOM + 6, axis);
            svg.text(f.px(t), HEIGHT - BOTTOM + 20, NiceScale.format(t, xStep), "middle", 12, "", 0);
        }
        double yStep = NiceScale.step(f.y0(), f.y1(), 6);
        for (double t : NiceScale.values(f.y0(), f.y1(), 6)) {
            svg.line(LEFT - 6, f.py(t), LEFT, f.py(t), axis);
            svg.text(LEFT - 10, f.py(t) + 4, NiceScale.format(t, yStep), "end", 12, "", 0);
        }
        svg.text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 30, xLabel, "middle", 13, "", 0);
        svg.text(24, TOP + (HEIGHT - TOP - BOTTOM) / 2.0, yLabel, "middle", 13, "", -90);
    }

    static String extreme(SensitivityReport r, List<ExtremeScenario> scenarios) {
        double lim = scenarios.get(0).r2dzX()[scenarios.get(0).r2dzX().length - 1];
        double min = r.nullValue();
        double max = r.nullValue();
        for (ExtremeScenario s : scenarios) {
            for (double v : s.adjustedEstimate()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double pad = 0.05 * (max - min);
        Frame f = new Frame(0, lim, min - pad, max + pad);
        Svg svg = new Svg(WIDTH, HEIGHT);
        axes(svg, f, "Partial R\u00b2 of confounder(s) with the treatment", "Adjusted estimate of '" + r.treatment() + "'");
        svg.text(WIDTH / 2.0, 28, "Extreme scenarios for '" + r.treatment() + "'", "middle", 15, "", 0);
        svg.line(f.px(0), f.py(r.nullValue()), f.px(lim), f.py(r.nullValue()), CRITICAL);
        String[] dash = {"", ";stroke-dasharray:10,5", ";stroke-dasharray:3,4", ";stroke-dasharray:12,4,3,4"};
        int k = 0;
        for (ExtremeScenario s : scenarios) {
            double[] x = s.r2dzX();
            double[] y = s.adjustedEstimate();
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < x.length; i++) {
                d.append(i == 0 ? 'M' : 'L').append(Svg.n(f.px(x[i]))).append(',').append(Svg.n(f.py(y[i])));
            }
            String style = "stroke:black;stroke-width:1.5;fill:none" + dash[k % dash.length];
            svg.path(d.toString(), style);
            double ly = TOP + 18 + 18 * k;
            svg.line(WIDTH - RIGHT - 150, ly - 4, WIDTH - RIGHT - 115, ly - 4, style);
            svg.text(WIDTH - RIGHT - 108, ly, "R\u00b2 Y~Z|D,X = " + Numbers.round(s.r2yzDX(), 3), "start", 12, HALO, 0);
            k++;
        }
        for (BenchmarkBound b : r.bounds()) {
            double bx = Math.min(b.r2dzX(), lim);
            svg.line(f.px(bx), HEIGHT - BOTTOM, f.px(bx), HEIGHT - BOTTOM - 12, "stroke:red;stroke-width:2");
            svg.text(f.px(bx), HEIGHT - BOTTOM - 16, b.label(), "middle", 10, HALO + ";fill:red", -45);
        }
        return svg.document("Extreme-scenario plot of " + r.treatment());
    }
}
