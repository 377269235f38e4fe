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
package io.github.causal4j.estimate.internal;

import io.github.causal4j.estimate.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BinaryOperator;
import java.util.stream.IntStream;

/**
 * The one way passes over data run: rows are cut into chunks of {@link #CHUNK_ROWS} (a constant,
 * so the cut never depends on the number of threads), each chunk's partial statistics are
 * computed independently, then folded left in chunk order. One thread and many threads therefore
 * give bit-for-bit identical sums, and a distributed engine can compute the same partials on its
 * partitions.
 */
public final class RowChunks {

    /** Rows per chunk: the unit of parallel work and of reproducible merging. */
    public static final int CHUNK_ROWS = 1 << 14;

    /** Rows per block inside a chunk: a block of a few hundred rows of doubles stays in cache. */
    public static final int BLOCK_ROWS = 256;

    private RowChunks() {
    }

    /** Computes the partial statistics of rows {@code [from, to)}. */
    @FunctionalInterface
    public interface ChunkTask<S> {
        /**
         * @param from first row, inclusive
         * @param to last row, exclusive
         * @return the partial statistics of those rows
         */
        S compute(int from, int to);
    }

    /**
     * @param rows rows of an analysis
     * @return their number as an {@code int}, the type of row counts in results
     * @throws IllegalArgumentException if there are more than {@code Integer.MAX_VALUE}
     */
    public static int rowCount(io.github.causal4j.estimate.stats.RowPasses rows) {
        long n = rows.rowCount();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(n + " rows: results count rows as int, so one analysis takes at most "
                    + Integer.MAX_VALUE + " rows; analyse a sample or a partition of the data");
        }
        return (int) n;
    }

    /**
     * @param rows the number of rows
     * @return the number of chunks the rows are cut into (at least 1)
     */
    public static int chunkCount(int rows) {
        return Math.max(1, (rows + CHUNK_ROWS - 1) / CHUNK_ROWS);
    }

    /**
     * Runs {@code task} on every chunk and folds the partials left in chunk order.
     *
     * @param rows number of rows
     * @param parallelism threads to use
     * @param task partial statistics of a chunk
     * @param merge combines two partials (may update and return its first argument)
     * @param <S> partial statistics
     * @return the merged statistics
     */
    public static <S> S reduce(int rows, Parallelism parallelism, ChunkTask<S> task, BinaryOperator<S> merge) {
        List<S> partials = map(rows, parallelism, task);
        S result = partials.get(0);
        for (int k = 1; k < partials.size(); k++) {
            result = merge.apply(result, partials.get(k));
        }
        return result;
    }

    /**
     * Runs {@code task} on every chunk and returns the partials in chunk order.
     *
     * @param rows number of rows
     * @param parallelism threads to use
     * @param task per-chunk work
     * @param <S> the partial result
     * @return one result per chunk
     */
    public static <S> List<S> map(int rows, Parallelism parallelism, ChunkTask<S> task) {
        int chunks = chunkCount(rows);
        if (chunks == 1 || parallelism.isSequential()) {
            List<S> out = new ArrayList<>(chunks);
            for (int k = 0; k < chunks; k++) {
                out.add(task.compute(k * CHUNK_ROWS, Math.min(rows, (k + 1) * CHUNK_ROWS)));
            }
            return out;
        }
        if (parallelism.threadCount() == 0) {
            return parallelMap(rows, chunks, task);
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism.threadCount());
        try {
            return pool.submit(() -> parallelMap(rows, chunks, task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static <S> List<S> parallelMap(int rows, int chunks, ChunkTask<S> task) {
        return IntStream.range(0, chunks).parallel()
                .mapToObj(k -> task.compute(k * CHUNK_ROWS, Math.min(rows, (k + 1) * CHUNK_ROWS)))
                .toList();
    }

    /**
     * Runs independent tasks {@code 0..count-1} (bootstrap replicates, folds) with the given
     * parallelism and returns their results in index order.
     *
     * @param count number of tasks
     * @param parallelism threads to use
     * @param task the work of one index
     * @param <S> result type
     * @return results in index order
     */
    public static <S> List<S> mapIndices(int count, Parallelism parallelism, java.util.function.IntFunction<S> task) {
        if (count <= 1 || parallelism.isSequential()) {
            List<S> out = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                out.add(task.apply(k));
            }
            return out;
        }
        if (parallelism.threadCount() == 0) {
            return IntStream.range(0, count).parallel().mapToObj(task).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism.threadCount());
        try {
            return pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(task).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
