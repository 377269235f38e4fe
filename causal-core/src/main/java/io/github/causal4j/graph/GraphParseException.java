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
package io.github.causal4j.graph;

import io.github.causal4j.CausalException;

/** Graph text (dagitty or DOT) that cannot be parsed; the message gives the line and column. */
public class GraphParseException extends CausalException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line of the error. */
    private final int line;
    /** The 1-based column of the error. */
    private final int column;

    /**
     * @param message what is wrong
     * @param line 1-based line of the error
     * @param column 1-based column of the error
     */
    public GraphParseException(String message, int line, int column) {
        super("line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    /**
     * @param message what is wrong (no position known)
     * @param cause the underlying failure
     */
    public GraphParseException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
        this.column = 0;
    }

    /** @return 1-based line of the error, or 0 if unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column of the error, or 0 if unknown */
    public int column() {
        return column;
    }
}
