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
package io.github.causal4j.llm;

import io.github.causal4j.llm.internal.Sha256;
import java.util.Objects;

/**
 * A rendered prompt: the system and user messages for one {@link Question}, and the template they
 * came from. Providers add their output-format instructions (a JSON schema, tagged lines) to it.
 *
 * @param templateId the template's id, e.g. {@code "causal4j/edges"}
 * @param templateVersion the template's version; any change of wording bumps it
 * @param system the system message
 * @param user the user message
 */
public record Prompt(String templateId, String templateVersion, String system, String user) {

    /** Validates that no part is null. */
    public Prompt {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateVersion, "templateVersion");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }

    /**
     * @param extraUserText text appended to the user message, after a blank line
     * @return the prompt with that text added
     */
    public Prompt withUserSuffix(String extraUserText) {
        return new Prompt(templateId, templateVersion, system, user + "\n\n" + extraUserText);
    }

    /** @return SHA-256 of the two messages, unambiguously delimited */
    public String sha256() {
        StringBuilder sb = new StringBuilder();
        Sha256.field(sb, "system", system);
        Sha256.field(sb, "user", user);
        return Sha256.hex(sb.toString());
    }
}
