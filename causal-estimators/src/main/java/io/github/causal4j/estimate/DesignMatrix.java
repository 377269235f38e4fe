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
package io.github.causal4j.estimate;

import io.github.causal4j.data.CategoricalColumn;
import io.github.causal4j.data.Column;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.data.NumericColumn;
import io.github.causal4j.estimate.stats.DesignTerm;
import io.github.causal4j.estimate.stats.RowLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The design matrix {@code X} of a regression, built from columns of a {@link Dataset} without
 * materialising it: an optional intercept, one column per numeric or binary term, and for each
 * categorical term one 0/1 column per level other than the reference level (treatment coding, as
 * R's {@code model.matrix} with {@code contr.treatment}).
 *
 * <p>Design columns are named {@code "(Intercept)"} (R's name), the term's name for numeric and
 * binary terms, and {@code "term=level"} for dummies (e.g. {@code "village=Abu Gamra"}). Levels
 * that no row of the data has are left out, so a row subset (a bootstrap sample, a fold) never
 * gets an all-zero dummy; if the reference level itself is absent, the first present level (in
 * code-point order) becomes the reference.
 *
 * <p>Estimators read the design in row blocks with {@link #fill(int, int, double[], int)}, which
 * writes a row-major block into a caller-owned array, so a pass over 10<sup>6</sup> rows needs no
 * more memory than one block. {@link #onRows(int[])} evaluates the <em>same</em> columns on other
 * rows (cross-fitting: fit on some folds, predict on another).
 *
 * <pre>{@code
 * DesignMatrix x = DesignMatrix.of(darfur, List.of("directlyharmed", "age", "female", "village"));
 * x.columnNames();   // [(Intercept), directlyharmed, age, female, village=Abu Gamra, ...]
 * }</pre>
 */
public final class DesignMatrix {

    /** The name R gives the intercept column. */
    public static final String INTERCEPT = RowLayout.INTERCEPT;

    private final Dataset data;
    private final boolean intercept;
    private final List<String> terms;
    private final List<String> columnNames;
    private final Map<String, Integer> columnIndex;
    /** Per design column: index into {@link #terms} or -1 for the intercept. */
    private final int[] termOfColumn;
    /** Per design column: the level code of a dummy, or -1. */
    private final int[] levelOfColumn;
    /** Per term: its first design column. */
    private final int[] firstColumnOfTerm;
    /** Per term: for categorical terms, level code to design column (or -1 for the reference / absent levels). */
    private final int[][] dummyColumnOfLevel;
    private final Column[] termColumns;

    private DesignMatrix(Dataset data, boolean intercept, List<String> terms, List<String> columnNames,
            int[] termOfColumn, int[] levelOfColumn, int[] firstColumnOfTerm, int[][] dummyColumnOfLevel) {
        this.data = data;
        this.intercept = intercept;
        this.terms = terms;
        this.columnNames = columnNames;
        this.termOfColumn = termOfColumn;
        this.levelOfColumn = levelOfColumn;
        this.firstColumnOfTerm = firstColumnOfTerm;
        this.dummyColumnOfLevel = dummyColumnOfLevel;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int j = 0; j < columnNames.size(); j++) {
            if (index.put(columnNames.get(j), j) != null) {
                throw new IllegalArgumentException("two design columns are named '" + columnNames.get(j)
                        + "'; rename a column or a level");
            }
        }
        this.columnIndex = Collections.unmodifiableMap(index);
        this.termColumns = new Column[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            termColumns[t] = data.column(terms.get(t));
        }
    }

    /**
     * The design with an intercept and the given terms.
     *
     * @param data the data
     * @param terms column names of {@code data}, in order; numeric, binary or categorical
     * @return the design
     * @throws IllegalArgumentException if a term is unknown or repeated
     * @throws io.github.causal4j.data.DataFormatException naming the column and row of a missing value
     */
    public static DesignMatrix of(Dataset data, List<String> terms) {
        return of(data, terms, true);
    }

    /**
     * The design with or without an intercept.
     *
     * @param data the data
     * @param terms column names of {@code data}, in order
     * @param intercept whether to add the intercept column first
     * @return the design
     * @throws IllegalArgumentException if a term is unknown or repeated, or the design has no column
     * @throws io.github.causal4j.data.DataFormatException naming the column and row of a missing value
     */
    public static DesignMatrix of(Dataset data, List<String> terms, boolean intercept) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(terms, "terms");
        List<String> termList = List.copyOf(terms);
        Set<String> seen = new HashSet<>();
        for (String t : termList) {
            data.column(t);
            if (!seen.add(t)) {
                throw new IllegalArgumentException("term '" + t + "' is listed twice");
            }
        }
        data.requireComplete(termList);
        List<String> names = new ArrayList<>();
        List<Integer> termOf = new ArrayList<>();
        List<Integer> levelOf = new ArrayList<>();
        int[] first = new int[termList.size()];
        int[][] dummyOfLevel = new int[termList.size()][];
        if (intercept) {
            names.add(INTERCEPT);
            termOf.add(-1);
            levelOf.add(-1);
        }
        for (int t = 0; t < termList.size(); t++) {
            String term = termList.get(t);
            Column column = data.column(term);
            first[t] = names.size();
            if (column instanceof CategoricalColumn c) {
                int[] counts = c.levelCounts();
                int reference = c.referenceCode();
                if (counts[reference] == 0) {
                    reference = firstPresent(counts);
                }
                List<String> present = new ArrayList<>();
                for (int level = 0; level < counts.length; level++) {
                    if (counts[level] > 0) {
                        present.add(c.levels().get(level));
                    }
                }
                Iterator<String> dummies = DesignTerm.categorical(term, present, c.levels().get(reference)).columns()
                        .iterator();
                int[] map = new int[counts.length];
                java.util.Arrays.fill(map, -1);
                for (int level = 0; level < counts.length; level++) {
                    if (level != reference && counts[level] > 0) {
                        map[level] = names.size();
                        names.add(dummies.next());
                        termOf.add(t);
                        levelOf.add(level);
                    }
                }
                dummyOfLevel[t] = map;
            } else {
                names.add(term);
                termOf.add(t);
                levelOf.add(-1);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the design has no column: give a term or an intercept");
        }
        return new DesignMatrix(data, intercept, termList, List.copyOf(names), toArray(termOf), toArray(levelOf),
                first, dummyOfLevel);
    }

    private static int firstPresent(int[] counts) {
        for (int level = 0; level < counts.length; level++) {
            if (counts[level] > 0) {
                return level;
            }
        }
        return 0;
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /**
     * The same design columns (same names, same dummy coding) evaluated on some rows of the data.
     * Dummies of levels that none of these rows has become all-zero columns; a least-squares fit
     * then reports them as collinear.
     *
     * @param rows 0-based row indices of this design's data, repeats allowed
     * @return the design on those rows
     */
    public DesignMatrix onRows(int[] rows) {
        return new DesignMatrix(data.rows(rows), intercept, terms, columnNames, termOfColumn, levelOfColumn,
                firstColumnOfTerm, dummyColumnOfLevel);
    }

    /**
     * The same design columns evaluated on another dataset that has the same term columns (for
     * prediction on new data). Categorical terms must have the same levels.
     *
     * @param other data with the same term columns
     * @return the design on that data
     * @throws IllegalArgumentException if a term is missing, has another type, or other levels
     */
    public DesignMatrix on(Dataset other) {
        Objects.requireNonNull(other, "other");
        for (int t = 0; t < terms.size(); t++) {
            Column mine = termColumns[t];
            Column theirs = other.column(terms.get(t));
            if ((mine instanceof CategoricalColumn) != (theirs instanceof CategoricalColumn)) {
                throw new IllegalArgumentException("term '" + terms.get(t) + "' is " + mine.type() + " in the design but "
                        + theirs.type() + " in the new data");
            }
            if (mine instanceof CategoricalColumn a && !a.levels().equals(((CategoricalColumn) theirs).levels())) {
                throw new IllegalArgumentException("term '" + terms.get(t) + "' has other levels in the new data");
            }
        }
        other.requireComplete(terms);
        return new DesignMatrix(other, intercept, terms, columnNames, termOfColumn, levelOfColumn, firstColumnOfTerm,
                dummyColumnOfLevel);
    }

    /**
     * The layout of rows that hold this design's columns followed by per-row variables.
     *
     * @param variables names of the per-row variables after the design columns
     * @return the layout
     */
    public RowLayout layout(List<String> variables) {
        List<DesignTerm> designTerms = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            int from = firstColumnOfTerm[t];
            int to = t + 1 < terms.size() ? firstColumnOfTerm[t + 1] : columnNames.size();
            designTerms.add(new DesignTerm(terms.get(t), columnNames.subList(from, to)));
        }
        return RowLayout.of(intercept, designTerms, variables);
    }

    /** @return the data the design reads */
    public Dataset data() {
        return data;
    }

    /** @return the number of rows */
    public int rowCount() {
        return data.rowCount();
    }

    /** @return the number of design columns */
    public int columnCount() {
        return columnNames.size();
    }

    /** @return whether the first column is the intercept */
    public boolean hasIntercept() {
        return intercept;
    }

    /** @return the terms (data columns) in order */
    public List<String> terms() {
        return terms;
    }

    /** @return the names of the design columns in order */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * @param name a design column name ({@code "age"}, {@code "village=Abu Gamra"}, {@code "(Intercept)"})
     * @return its 0-based index
     * @throws IllegalArgumentException if there is no such design column
     */
    public int columnIndex(String name) {
        Integer j = columnIndex.get(Objects.requireNonNull(name, "name"));
        if (j == null) {
            throw new IllegalArgumentException("no design column '" + name + "'; the design columns are "
                    + abbreviate(columnNames));
        }
        return j;
    }

    /**
     * @param name a design column name
     * @return whether the design has it
     */
    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /**
     * @param column a design column index
     * @return the term (data column) it comes from, or {@code null} for the intercept
     */
    public String termOf(int column) {
        int t = termOfColumn[java.util.Objects.checkIndex(column, termOfColumn.length)];
        return t < 0 ? null : terms.get(t);
    }

    /**
     * @param term one of {@link #terms()}
     * @return the indices of the design columns made from it (one for numeric terms, the dummies for categorical ones)
     */
    public int[] columnsOfTerm(String term) {
        int t = terms.indexOf(Objects.requireNonNull(term, "term"));
        if (t < 0) {
            throw new IllegalArgumentException("'" + term + "' is not a term of the design; the terms are " + terms);
        }
        int from = firstColumnOfTerm[t];
        int to = t + 1 < terms.size() ? firstColumnOfTerm[t + 1] : columnNames.size();
        int[] out = new int[to - from];
        for (int j = 0; j < out.length; j++) {
            out[j] = from + j;
        }
        return out;
    }

    /**
     * Writes rows {@code [fromRow, toRow)} as a row-major block: design column {@code j} of row
     * {@code fromRow + i} goes to {@code target[i * rowStride + j]}. Entries
     * {@code columnCount() .. rowStride-1} of each row are left untouched (room for responses).
     *
     * @param fromRow first row, inclusive
     * @param toRow last row, exclusive
     * @param target the block, at least {@code (toRow - fromRow) * rowStride} long
     * @param rowStride distance between rows in {@code target}, at least {@link #columnCount()}
     */
    public void fill(int fromRow, int toRow, double[] target, int rowStride) {
        Objects.checkFromToIndex(fromRow, toRow, rowCount());
        int m = toRow - fromRow;
        int p = columnNames.size();
        if (rowStride < p) {
            throw new IllegalArgumentException("rowStride " + rowStride + " < column count " + p);
        }
        if (target.length < (long) m * rowStride) {
            throw new IllegalArgumentException("target holds " + target.length + " values, the block needs " + m * rowStride);
        }
        if (intercept) {
            for (int i = 0; i < m; i++) {
                target[i * rowStride] = 1.0;
            }
        }
        double[] scratch = null;
        for (int t = 0; t < terms.size(); t++) {
            Column column = termColumns[t];
            int j0 = firstColumnOfTerm[t];
            if (column instanceof NumericColumn numeric) {
                if (scratch == null) {
                    scratch = new double[m];
                }
                numeric.copyTo(fromRow, toRow, scratch, 0);
                for (int i = 0, k = j0; i < m; i++, k += rowStride) {
                    target[k] = scratch[i];
                }
            } else {
                CategoricalColumn categorical = (CategoricalColumn) column;
                int[] map = dummyColumnOfLevel[t];
                int j1 = t + 1 < terms.size() ? firstColumnOfTerm[t + 1] : p;
                for (int i = 0; i < m; i++) {
                    int base = i * rowStride;
                    for (int j = j0; j < j1; j++) {
                        target[base + j] = 0.0;
                    }
                    int level = categorical.code(fromRow + i);
                    int j = level < map.length ? map[level] : -1;
                    if (j >= 0) {
                        target[base + j] = 1.0;
                    }
                }
            }
        }
    }

    /**
     * @param column a design column index
     * @return a fresh copy of that column over all rows
     */
    public double[] column(int column) {
        Objects.checkIndex(column, columnNames.size());
        int n = rowCount();
        double[] out = new double[n];
        int t = termOfColumn[column];
        if (t < 0) {
            java.util.Arrays.fill(out, 1.0);
        } else if (termColumns[t] instanceof NumericColumn numeric) {
            numeric.copyTo(0, n, out, 0);
        } else {
            CategoricalColumn categorical = (CategoricalColumn) termColumns[t];
            int level = levelOfColumn[column];
            for (int i = 0; i < n; i++) {
                out[i] = categorical.code(i) == level ? 1.0 : 0.0;
            }
        }
        return out;
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return "DesignMatrix[" + rowCount() + " x " + columnCount() + ": " + abbreviate(columnNames) + "]";
    }

    static String abbreviate(List<String> names) {
        if (names.size() <= 12) {
            return names.toString();
        }
        return names.subList(0, 10) + " ... (" + names.size() + " in all)";
    }
}
