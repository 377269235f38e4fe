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
package io.github.causal4j.data;

/** What reading a CSV file does with a missing value (an empty field or {@code NA}). */
public enum MissingValues {
    /** Fail with an error that names the column and the line of the file (the default). */
    ERROR,
    /** Drop every row that has a missing value in any column, and log how many were dropped. */
    DROP_ROWS,
    /**
     * Keep the row; the value is {@code NaN} in a numeric column and {@code null} in a categorical
     * one. Estimators still reject missing values in the columns they use, naming column and row.
     */
    KEEP
}
