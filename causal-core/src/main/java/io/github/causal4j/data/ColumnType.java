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
