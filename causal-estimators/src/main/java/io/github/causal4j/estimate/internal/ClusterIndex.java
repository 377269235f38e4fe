package io.github.causal4j.estimate.internal;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import java.util.HashMap;
import java.util.Map;

/**
 * The clusters of a clustering variable as codes {@code 0..count-1} per row, in order of first
 * appearance. The count is the number of distinct values that occur (levels no row has are not
 * counted, as R's {@code sandwich::vcovCL} does for non-factor clusters).
 *
 * @param name the clustering variable(s), e.g. {@code "firm"} or {@code "firm&year"}
 * @param codes per row, the cluster code
 * @param count the number of clusters G
 */
public record ClusterIndex(String name, int[] codes, int count) {

    /**
     * @param data the data
     * @param column a numeric, binary or categorical column without missing values
     * @return its clusters
     */
    public static ClusterIndex of(Dataset data, String column) {
        Column c = data.column(column);
        data.requireComplete(java.util.List.of(column));
        int n = data.rowCount();
        int[] codes = new int[n];
        int count = 0;
        if (c instanceof CategoricalColumn categorical) {
            int[] map = new int[categorical.levels().size()];
            java.util.Arrays.fill(map, -1);
            for (int i = 0; i < n; i++) {
                int level = categorical.code(i);
                if (map[level] < 0) {
                    map[level] = count++;
                }
                codes[i] = map[level];
            }
        } else {
            NumericColumn numeric = (NumericColumn) c;
            Map<Double, Integer> map = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double v = numeric.get(i) + 0.0;
                Integer code = map.get(v);
                if (code == null) {
                    code = count++;
                    map.put(v, code);
                }
                codes[i] = code;
            }
        }
        return new ClusterIndex(column, codes, count);
    }

    /**
     * @param a one clustering
     * @param b another, on the same rows
     * @return the clusters of their intersection (pairs of codes that occur)
     */
    public static ClusterIndex intersection(ClusterIndex a, ClusterIndex b) {
        int n = a.codes.length;
        int[] codes = new int[n];
        Map<Long, Integer> map = new HashMap<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            long key = ((long) a.codes[i] << 32) | (b.codes[i] & 0xffffffffL);
            Integer code = map.get(key);
            if (code == null) {
                code = count++;
                map.put(key, code);
            }
            codes[i] = code;
        }
        return new ClusterIndex(a.name + "&" + b.name, codes, count);
    }
}
