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
package io.github.causal4j;

/**
 * Root of the unchecked exceptions causal4j throws for domain failures: a cyclic graph, a
 * singular design, a malformed data file, a provider that fails. Bad arguments to a method
 * (a {@code null}, an unknown variable name, a probability outside [0, 1]) are reported with the
 * JDK's {@link IllegalArgumentException} or {@link NullPointerException} instead.
 *
 * <p>Every message names what is at fault: the column and row, the variables, the edge or the
 * nodes of a cycle. No causal4j method returns a silent {@code NaN} in place of throwing.
 */
public class CausalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names what is at fault.
     *
     * @param message the message
     */
    public CausalException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message the message
     * @param cause the underlying failure
     */
    public CausalException(String message, Throwable cause) {
        super(message, cause);
    }
}
