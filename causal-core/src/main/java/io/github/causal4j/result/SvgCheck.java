package io.github.causal4j.result;

import java.util.Locale;
import java.util.regex.Pattern;

/** Makes an SVG document safe and self-contained to inline in an HTML report (see {@link ReportBlock.Figure}). */
final class SvgCheck {

    private static final Pattern EXTERNAL = Pattern.compile(
            "(href\\s*=\\s*[\"']\\s*(https?|file|ftp):)|(url\\(\\s*[\"']?\\s*(https?|file|ftp):)|(@import)");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=");

    private SvgCheck() {
    }

    static String inlineable(String svg) {
        int start = svg.indexOf("<svg");
        int end = svg.lastIndexOf("</svg>");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a figure needs an <svg>...</svg> element");
        }
        String body = svg.substring(start, end + "</svg>".length());
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.contains("<script") || lower.contains("<foreignobject")) {
            throw new IllegalArgumentException("a figure's SVG must not contain scripts or foreign objects");
        }
        if (HANDLER.matcher(lower).find()) {
            throw new IllegalArgumentException("a figure's SVG must not contain event-handler attributes");
        }
        if (EXTERNAL.matcher(lower).find()) {
            throw new IllegalArgumentException("a figure's SVG must not load external resources (href/url to a URL)");
        }
        return body;
    }
}
