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
