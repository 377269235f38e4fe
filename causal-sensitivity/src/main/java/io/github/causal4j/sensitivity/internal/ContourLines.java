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
package io.github.causal4j.sensitivity.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a function sampled on a rectangular grid by marching squares: for each level, the
 * line segments where the linear interpolation of the samples crosses it. Saddle cells are resolved
 * by the mean of their four corners. Cost O(nx &middot; ny) per level.
 */
public final class ContourLines {

    private ContourLines() {
    }

    /**
     * @param x grid abscissae (ascending), length nx
     * @param y grid ordinates (ascending), length ny
     * @param z samples, z[i][j] at (x[i], y[j]); non-finite samples make their cells skipped
     * @param level the level
     * @return segments as {x1, y1, x2, y2}
     */
    public static List<double[]> segments(double[] x, double[] y, double[][] z, double level) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < x.length; i++) {
            for (int j = 0; j + 1 < y.length; j++) {
                double a = z[i][j];
                double b = z[i + 1][j];
                double c = z[i + 1][j + 1];
                double d = z[i][j + 1];
                if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
                    continue;
                }
                int index = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (index == 0 || index == 15) {
                    continue;
                }
                // Edge crossing points: bottom (a-b), right (b-c), top (d-c), left (a-d).
                double[] bottom = {lerp(x[i], x[i + 1], a, b, level), y[j]};
                double[] right = {x[i + 1], lerp(y[j], y[j + 1], b, c, level)};
                double[] top = {lerp(x[i], x[i + 1], d, c, level), y[j + 1]};
                double[] left = {x[i], lerp(y[j], y[j + 1], a, d, level)};
                switch (index) {
                    case 1, 14 -> add(out, left, bottom);
                    case 2, 13 -> add(out, bottom, right);
                    case 3, 12 -> add(out, left, right);
                    case 4, 11 -> add(out, right, top);
                    case 6, 9 -> add(out, bottom, top);
                    case 7, 8 -> add(out, left, top);
                    case 5, 10 -> {
                        boolean centreAbove = (a + b + c + d) / 4.0 > level;
                        boolean aAbove = index == 5;
                        if (centreAbove == aAbove) {
                            add(out, left, top);
                            add(out, bottom, right);
                        } else {
                            add(out, left, bottom);
                            add(out, right, top);
                        }
                    }
                    default -> throw new IllegalStateException("case " + index);
                }
            }
        }
        return out;
    }

    /**
     * The segments of one level chained into polylines: neighbouring cells compute their shared edge
     * crossing with identical arithmetic, so matching endpoints are exactly equal. Dashed strokes need
     * this (a dash pattern restarts on every separate segment).
     *
     * @param segments segments as from {@link #segments}
     * @return polylines as {x0, y0, x1, y1, ...}
     */
    public static List<double[]> polylines(List<double[]> segments) {
        java.util.Map<java.util.List<Double>, java.util.List<Integer>> at = new java.util.HashMap<>();
        for (int k = 0; k < segments.size(); k++) {
            double[] s = segments.get(k);
            at.computeIfAbsent(java.util.List.of(s[0], s[1]), key -> new ArrayList<>()).add(k);
            at.computeIfAbsent(java.util.List.of(s[2], s[3]), key -> new ArrayList<>()).add(k);
        }
        boolean[] used = new boolean[segments.size()];
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            if (used[k]) {
                continue;
            }
            used[k] = true;
            double[] s = segments.get(k);
            java.util.ArrayDeque<double[]> points = new java.util.ArrayDeque<>();
            points.add(new double[] {s[0], s[1]});
            points.add(new double[] {s[2], s[3]});
            extend(points, false, segments, at, used);
            extend(points, true, segments, at, used);
            double[] line = new double[2 * points.size()];
            int i = 0;
            for (double[] p : points) {
                line[i++] = p[0];
                line[i++] = p[1];
            }
            out.add(line);
        }
        return out;
    }

    private static void extend(java.util.ArrayDeque<double[]> points, boolean atFront, List<double[]> segments,
            java.util.Map<java.util.List<Double>, java.util.List<Integer>> at, boolean[] used) {
        while (true) {
            double[] end = atFront ? points.peekFirst() : points.peekLast();
            int next = -1;
            for (int k : at.getOrDefault(java.util.List.of(end[0], end[1]), java.util.List.of())) {
                if (!used[k]) {
                    next = k;
                    break;
                }
            }
            if (next < 0) {
                return;
            }
            used[next] = true;
            double[] s = segments.get(next);
            double[] other = s[0] == end[0] && s[1] == end[1] ? new double[] {s[2], s[3]} : new double[] {s[0], s[1]};
            if (atFront) {
                points.addFirst(other);
            } else {
                points.addLast(other);
            }
        }
    }

    private static double lerp(double p0, double p1, double v0, double v1, double level) {
        double t = (level - v0) / (v1 - v0);
        return p0 + t * (p1 - p0);
    }

    private static void add(List<double[]> out, double[] p, double[] q) {
        out.add(new double[] {p[0], p[1], q[0], q[1]});
    }
}
