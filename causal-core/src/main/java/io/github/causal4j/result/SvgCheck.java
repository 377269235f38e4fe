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
