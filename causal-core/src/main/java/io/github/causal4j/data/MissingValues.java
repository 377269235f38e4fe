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
