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

import java.util.List;
import java.util.regex.Pattern;

/** Which columns of a {@link ReportBlock.Table} hold numbers, so that renderers right-align them. */
final class TableLayout {

    private static final String NUMBER = "[-+−]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?%?|[<>]\\s*[\\d.eE-]+|-|NA|inf|-inf";
    private static final Pattern NUMERIC = Pattern.compile("(" + NUMBER + ")|\\[\\s*(" + NUMBER + ")\\s*,\\s*("
            + NUMBER + ")\\s*\\]");

    private TableLayout() {
    }

    static boolean[] numericColumns(ReportBlock.Table t) {
        int k = t.header().size();
        boolean[] numeric = new boolean[k];
        for (int c = 0; c < k; c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : t.rows()) {
                String cell = row.get(c).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                any = true;
                if (!NUMERIC.matcher(cell).matches()) {
                    all = false;
                    break;
                }
            }
            numeric[c] = any && all;
        }
        return numeric;
    }
}
