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
package io.github.causal4j.spark;

import java.io.Serializable;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Turns a Spark row of the projected columns into a row of a {@link io.github.causal4j.estimate.stats.RowBlock}
 * in the layout of {@link SparkRows}: the intercept, each term's design columns (the value of a
 * numeric term; the 0/1 dummies of a categorical one, the reference level all zeros), then the
 * variables (numeric values, or the level code of a categorical cluster key). Numeric columns arrive
 * cast to double by the projection. Runs on the executors, so it is serializable.
 */
final class RowEncoder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One slot of the output row: where its value comes from. */
    record Slot(String name, int field, Map<String, Integer> dummyOffset, int dummies, Map<String, Integer> codes)
            implements Serializable {

        /** A numeric value, from a double field. */
        static Slot numeric(String name, int field) {
            return new Slot(name, field, null, 0, null);
        }

        /** The dummies of a categorical term: every level to its offset among the term's columns, -1 for the reference. */
        static Slot dummies(String name, int field, Map<String, Integer> dummyOffset, int dummies) {
            return new Slot(name, field, Map.copyOf(dummyOffset), dummies, null);
        }

        /** The code of a categorical cluster key: its level's index. */
        static Slot code(String name, int field, Map<String, Integer> codes) {
            return new Slot(name, field, null, 0, Map.copyOf(codes));
        }

        int width() {
            return dummyOffset == null ? 1 : dummies;
        }
    }

    private final boolean intercept;
    private final Slot[] slots;

    RowEncoder(boolean intercept, Slot[] slots) {
        this.intercept = intercept;
        this.slots = slots.clone();
    }

    /**
     * @param row a projected row
     * @param target the block's values
     * @param offset where the output row starts
     * @param partition the partition, for messages
     */
    void fill(Row row, double[] target, int offset, int partition) {
        int at = offset;
        if (intercept) {
            target[at++] = 1.0;
        }
        for (Slot slot : slots) {
            if (row.isNullAt(slot.field)) {
                throw new IllegalStateException("column '" + slot.name + "' has a null in partition " + partition
                        + ", though none was there when the data were checked: the DataFrame is not deterministic; "
                        + "cache or checkpoint it before the analysis");
            }
            if (slot.dummyOffset != null) {
                for (int j = 0; j < slot.dummies; j++) {
                    target[at + j] = 0.0;
                }
                Integer j = slot.dummyOffset.get(row.getString(slot.field));
                if (j == null) {
                    throw new IllegalStateException("column '" + slot.name + "' has a level in partition " + partition
                            + " that was not there when the data were checked: cache or checkpoint the DataFrame");
                }
                if (j >= 0) {
                    target[at + j] = 1.0;
                }
            } else if (slot.codes != null) {
                Integer code = slot.codes.get(row.getString(slot.field));
                if (code == null) {
                    throw new IllegalStateException("column '" + slot.name + "' has a level in partition " + partition
                            + " that was not there when the data were checked: cache or checkpoint the DataFrame");
                }
                target[at] = code;
            } else {
                double v = row.getDouble(slot.field);
                if (!Double.isFinite(v)) {
                    throw new IllegalStateException("column '" + slot.name + "' has the value " + v + " in partition "
                            + partition + ", though it was finite when the data were checked: cache or checkpoint the "
                            + "DataFrame");
                }
                target[at] = v;
            }
            at += slot.width();
        }
    }
}
