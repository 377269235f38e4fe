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
package io.github.causal4j.estimate.stats;

/**
 * A block of rows in row-major order, as a {@link RowPasses} source hands them to
 * {@link BlockStatistics#add(RowBlock)}: the value of column {@code j} (in the source's
 * {@link RowLayout}) of the block's row {@code i} is {@code values()[i * width() + j]}. Every
 * value is finite. The source owns the block and refills it between calls; statistics read it and
 * never keep or modify it.
 *
 * <p>The block also knows where its rows come from, so that an error about a row can name it:
 * {@link #rowLabel(int)} is {@code "row 18"} (1-based, in data order) for data in memory, or
 * {@code "row 5 of partition 3"} for a partitioned source.
 */
public final class RowBlock {

    private final double[] values;
    private final int width;
    private int rows;
    private long firstRow = -1;
    private int partition = -1;

    /**
     * @param width values per row, at least 1
     * @param capacity the most rows the block holds, at least 1
     */
    public RowBlock(int width, int capacity) {
        if (width < 1 || capacity < 1) {
            throw new IllegalArgumentException("a block needs a positive width and capacity, got " + width + " x "
                    + capacity);
        }
        this.width = width;
        this.values = new double[Math.multiplyExact(width, capacity)];
    }

    /** @return the values, row-major ({@code values()[i * width() + j]}); the array may be longer than the rows in use */
    public double[] values() {
        return values;
    }

    /** @return the number of values per row */
    public int width() {
        return width;
    }

    /** @return the most rows the block can hold */
    public int capacity() {
        return values.length / width;
    }

    /** @return the number of rows currently in the block */
    public int rows() {
        return rows;
    }

    /** @return the position of the block's first row in its data or partition (0-based), or -1 if unknown */
    public long firstRow() {
        return firstRow;
    }

    /** @return the partition the rows come from, or -1 for unpartitioned data */
    public int partition() {
        return partition;
    }

    /**
     * Declares the rows now in the block (for sources).
     *
     * @param count rows filled, {@code 0 <= count <= capacity()}
     * @param first the position of the first of them in its data or partition (0-based), or -1 if unknown
     * @param partitionIndex the partition, or -1 for unpartitioned data
     */
    public void setRows(int count, long first, int partitionIndex) {
        if (count < 0 || count > capacity()) {
            throw new IllegalArgumentException("a block of capacity " + capacity() + " cannot hold " + count + " rows");
        }
        this.rows = count;
        this.firstRow = first;
        this.partition = partitionIndex;
    }

    /**
     * @param i a row of the block
     * @return a name for the row in error messages: {@code "row 18"}, {@code "row 5 of partition 3"} or {@code "a row"}
     */
    public String rowLabel(int i) {
        if (firstRow < 0) {
            return "a row";
        }
        String row = "row " + (firstRow + i + 1);
        return partition < 0 ? row : row + " of partition " + partition;
    }
}
