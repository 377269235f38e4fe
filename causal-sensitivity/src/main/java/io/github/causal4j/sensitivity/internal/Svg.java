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

import io.github.causal4j.result.Markup;
import java.util.Locale;

/**
 * A minimal SVG 1.1 writer: elements with numeric attributes printed with two decimals and text
 * escaped, so that the result is well-formed XML that browsers open directly.
 */
public final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    /**
     * @param width canvas width in pixels
     * @param height canvas height in pixels
     */
    public Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** @return a number formatted for an attribute */
    public static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Appends a line. @return this */
    public Svg line(double x1, double y1, double x2, double y2, String style) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" style=\"").append(style).append("\"/>\n");
        return this;
    }

    /** Appends a path from SVG path data. @return this */
    public Svg path(String d, String style) {
        body.append("<path d=\"").append(d).append("\" style=\"").append(style).append("\"/>\n");
        return this;
    }

    /** Appends a rectangle. @return this */
    public Svg rect(double x, double y, double w, double h, String style) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" style=\"").append(style).append("\"/>\n");
        return this;
    }

    /** Appends a polygon. @return this */
    public Svg polygon(double[] xy, String style) {
        StringBuilder pts = new StringBuilder();
        for (int k = 0; k < xy.length; k += 2) {
            pts.append(k == 0 ? "" : " ").append(n(xy[k])).append(',').append(n(xy[k + 1]));
        }
        body.append("<polygon points=\"").append(pts).append("\" style=\"").append(style).append("\"/>\n");
        return this;
    }

    /**
     * Appends text; {@code anchor} is start, middle or end; {@code rotate} in degrees about (x, y).
     *
     * @return this
     */
    public Svg text(double x, double y, String text, String anchor, int fontSize, String extraStyle, double rotate) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"").append(fontSize).append('"');
        if (rotate != 0.0) {
            body.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
        }
        if (!extraStyle.isEmpty()) {
            body.append(" style=\"").append(extraStyle).append('"');
        }
        body.append('>').append(Markup.escape(text)).append("</text>\n");
        return this;
    }

    /** @return the complete SVG document */
    public String document(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\">\n<title>" + Markup.escape(title) + "</title>\n"
                + "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" style=\"fill:white\"/>\n"
                + body + "</svg>\n";
    }
}
