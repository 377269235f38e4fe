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

import java.util.List;

/**
 * What the checking pass of {@link SparkDataset} learned about one column: for a numeric column
 * (any Spark numeric type, or boolean as 0/1) the count of missing (null or NaN) and infinite
 * values, the range, the sum and the count of values other than 0 and 1; for a categorical (string)
 * column the count of nulls and its levels in the order of {@link String#compareTo}, as the local
 * {@link io.github.causal4j.data.CategoricalColumn} sorts them.
 *
 * @param name the column
 * @param categorical whether it is a string column
 * @param missing nulls (and NaNs for numeric columns)
 * @param infinite infinite values (numeric columns)
 * @param min the smallest value (numeric columns)
 * @param max the largest value (numeric columns)
 * @param sum the sum of the values (numeric columns)
 * @param nonBinary values other than 0 and 1 (numeric columns)
 * @param levels the sorted levels (categorical columns)
 */
record ColumnProfile(String name, boolean categorical, long missing, long infinite, double min, double max, double sum,
        long nonBinary, List<String> levels) {

    ColumnProfile {
        levels = List.copyOf(levels);
    }
}
