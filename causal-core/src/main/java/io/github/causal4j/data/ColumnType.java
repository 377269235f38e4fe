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

/** The kind of values a {@link Column} holds. */
public enum ColumnType {
    /** Real numbers, stored as {@code double}. */
    NUMERIC,
    /** Numbers that are all 0 or 1 (a treatment indicator, a binary outcome), stored as {@code double}. */
    BINARY,
    /** Text labels from a finite set of levels, one of which is the reference level of its dummy coding. */
    CATEGORICAL
}
