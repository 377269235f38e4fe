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
package io.github.causal4j.llm.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lower-case hex, for prompt hashes and question fingerprints. */
public final class Sha256 {

    private Sha256() {
    }

    /**
     * @param text any text (hashed as UTF-8)
     * @return its SHA-256 digest, 64 lower-case hex digits
     */
    public static String hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc), so this cannot happen.
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * Appends one field to a canonical text in a form that cannot be confused with another split
     * of the same characters: the key, the value's length, then the value.
     *
     * @param sb the text being built
     * @param key the field name
     * @param value the field value
     */
    public static void field(StringBuilder sb, String key, String value) {
        sb.append(key).append(':').append(value.length()).append(':').append(value).append('\n');
    }
}
