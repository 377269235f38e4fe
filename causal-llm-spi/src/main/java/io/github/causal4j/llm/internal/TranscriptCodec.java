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
package io.github.causal4j.llm.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The line format of recording files: each line is a tag and fields separated by tabs, with
 * backslash escapes for backslash, tab, line feed and carriage return, so that any text survives
 * a round trip exactly. Lists are a count followed by their items.
 */
public final class TranscriptCodec {

    private TranscriptCodec() {
    }

    /**
     * @param tag the line's tag (no tab or line break)
     * @param fields the fields
     * @return the encoded line, without a line end
     */
    public static String line(String tag, List<String> fields) {
        StringBuilder sb = new StringBuilder(tag);
        for (String f : fields) {
            sb.append('\t');
            escape(sb, f);
        }
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    /**
     * @param line an encoded line
     * @return the tag followed by the decoded fields
     * @throws IllegalArgumentException on a malformed escape
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new IllegalArgumentException("dangling backslash");
                }
                char e = line.charAt(++i);
                switch (e) {
                    case '\\' -> cur.append('\\');
                    case 't' -> cur.append('\t');
                    case 'n' -> cur.append('\n');
                    case 'r' -> cur.append('\r');
                    default -> throw new IllegalArgumentException("unknown escape \\" + e);
                }
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
