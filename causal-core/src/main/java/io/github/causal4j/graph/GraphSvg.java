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
package io.github.causal4j.graph;

import io.github.causal4j.result.Markup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a causal graph as SVG from node positions computed elsewhere (a layout algorithm or the
 * graph's own positions): the positions are scaled so that the median distance between nearest
 * neighbours is {@value #SPACING} pixels, then nodes become labelled ellipses and edges straight
 * arrows (directed) or dashed arcs with two arrowheads (bidirected), clipped at the ellipses.
 */
final class GraphSvg {

    static final double SPACING = 140;
    private static final double MARGIN = 20;
    private static final double RY = 17;
    private static final double CHAR_WIDTH = 7.0;

    private GraphSvg() {
    }

    static String draw(CausalGraph graph, Set<String> adjusted, double[][] raw) {
        List<String> nodes = graph.nodes();
        int n = nodes.size();
        double[] rx = new double[n];
        double widest = 0;
        for (int i = 0; i < n; i++) {
            rx[i] = Math.max(26, nodes.get(i).length() * CHAR_WIDTH / 2 + 14);
            widest = Math.max(widest, rx[i]);
        }
        double[][] p = scaled(raw, Math.max(SPACING, 2 * widest + 30));
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, p[i][0] - rx[i]);
            maxX = Math.max(maxX, p[i][0] + rx[i]);
            minY = Math.min(minY, p[i][1] - RY);
            maxY = Math.max(maxY, p[i][1] + RY);
        }
        if (n == 0) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        for (double[] q : p) {
            q[0] += MARGIN - minX;
            q[1] += MARGIN - minY;
        }
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n", width,
                height, width, height));
        svg.append("<title>causal graph</title>\n<defs>\n");
        marker(svg, "causal4j-arrow", NodeStyle.EDGE);
        marker(svg, "causal4j-arrow-bi", NodeStyle.BIDIRECTED);
        svg.append("</defs>\n<g class=\"edges\">\n");
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < n; i++) {
            id.put(nodes.get(i), i);
        }
        for (Edge e : graph.edges()) {
            int a = id.get(e.from());
            int b = id.get(e.to());
            if (e.type() == EdgeType.DIRECTED) {
                directed(svg, p[a], rx[a], p[b], rx[b]);
            } else {
                bidirected(svg, p[a], rx[a], p[b], rx[b]);
            }
        }
        svg.append("</g>\n<g class=\"nodes\">\n");
        for (int i = 0; i < n; i++) {
            NodeStyle s = NodeStyle.of(graph, nodes.get(i), adjusted);
            String name = Markup.escape(nodes.get(i));
            svg.append(String.format(Locale.ROOT, "<g class=\"node %s\"><title>%s</title><ellipse cx=\"%.1f\" cy=\"%.1f\" "
                    + "rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>", s.name()
                    .toLowerCase(Locale.ROOT), name, p[i][0], p[i][1], rx[i], RY, s.fill, s.stroke,
                    s.strokeWidth, s.dashed ? " stroke-dasharray=\"4 3\"" : ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "dominant-baseline=\"central\" fill=\"%s\">%s</text></g>%n", p[i][0], p[i][1], s.text,
                    name));
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static void marker(StringBuilder svg, String id, String colour) {
        svg.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\" markerUnits=\"strokeWidth\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
    }

    private static void directed(StringBuilder svg, double[] a, double rxA, double[] b, double rxB) {
        double[] from = boundary(a, rxA, b[0] - a[0], b[1] - a[1]);
        double[] to = boundary(b, rxB, a[0] - b[0], a[1] - b[1]);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"1.5\" marker-end=\"url(#causal4j-arrow)\"/>%n", from[0], from[1], to[0], to[1],
                NodeStyle.EDGE));
    }

    /** A quadratic curve bowed to one side, so that it does not hide a directed edge between the same nodes. */
    private static void bidirected(StringBuilder svg, double[] a, double rxA, double[] b, double rxB) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double cx = (a[0] + b[0]) / 2 - dy / length * 0.25 * length;
        double cy = (a[1] + b[1]) / 2 + dx / length * 0.25 * length;
        double[] from = boundary(a, rxA, cx - a[0], cy - a[1]);
        double[] to = boundary(b, rxB, cx - b[0], cy - b[1]);
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"6 4\" marker-start=\"url(#causal4j-arrow-bi)\" "
                + "marker-end=\"url(#causal4j-arrow-bi)\"/>%n", from[0], from[1], cx, cy, to[0], to[1], NodeStyle.BIDIRECTED));
    }

    /** The point where the ray from the ellipse's centre in direction (dx, dy) leaves it. */
    private static double[] boundary(double[] centre, double rx, double dx, double dy) {
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return centre.clone();
        }
        double ux = dx / length;
        double uy = dy / length;
        double t = 1 / Math.sqrt(ux * ux / (rx * rx) + uy * uy / (RY * RY));
        return new double[] {centre[0] + t * ux, centre[1] + t * uy};
    }

    /** Positions scaled so that the median nearest-neighbour distance is {@code spacing}. */
    private static double[][] scaled(double[][] raw, double spacing) {
        int n = raw.length;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = raw[i].clone();
        }
        if (n < 2) {
            return p;
        }
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]);
                nearest[i] = Math.min(nearest[i], d);
                nearest[j] = Math.min(nearest[j], d);
            }
        }
        List<Double> positive = new ArrayList<>();
        for (double d : nearest) {
            if (d > 0) {
                positive.add(d);
            }
        }
        if (positive.isEmpty()) {
            return p;
        }
        positive.sort(null);
        double factor = spacing / positive.get(positive.size() / 2);
        for (double[] q : p) {
            q[0] *= factor;
            q[1] *= factor;
        }
        return p;
    }
}
