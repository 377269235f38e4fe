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
package io.github.causal4j.llm.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.causal4j.llm.SuggestionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs JSON to a chat-completions URL with the JDK {@link HttpClient}, retrying what is worth
 * retrying: a timeout, a dropped connection, HTTP 429 and 5xx. Waits double from the initial
 * back-off, or follow the server's {@code Retry-After} (seconds or an HTTP date, RFC 9110 §10.2.3),
 * each capped at the maximum wait. A refused connection fails at once (no server is listening);
 * every other status goes back to the caller. Nothing secret is logged or put in a message: the
 * API key travels in the {@code Authorization} header only, and server messages are scrubbed of it.
 */
public final class ChatTransport {

    private static final Logger LOG = LoggerFactory.getLogger(ChatTransport.class);

    private final HttpClient client;
    private final URI url;
    private final String host;
    private final Optional<String> apiKey;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxWait;

    /** The final answer of the server to one logical request. */
    public record Outcome(int status, String body, int requests) {
    }

    /**
     * @param url the chat-completions URL
     * @param host host and port, for messages
     * @param apiKey the key, if any (kept in this object only)
     * @param connectTimeout connection timeout
     * @param requestTimeout per-request timeout
     * @param maxRetries retries after the first request
     * @param initialBackoff first wait
     * @param maxWait longest wait
     */
    public ChatTransport(URI url, String host, Optional<String> apiKey, Duration connectTimeout, Duration requestTimeout,
            int maxRetries, Duration initialBackoff, Duration maxWait) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
        this.url = url;
        this.host = host;
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxWait = maxWait;
    }

    /**
     * @param json the request body
     * @return the first non-retryable answer (2xx or a client error other than 429)
     * @throws SuggestionException when retries run out, the connection is refused, or the wait asked is too long
     */
    public Outcome post(String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        apiKey.ifPresent(k -> b.header("Authorization", "Bearer " + k));
        HttpRequest request = b.build();
        String lastProblem = "";
        for (int attempt = 0; ; attempt++) {
            Duration wait;
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = r.statusCode();
                if (status != 429 && status < 500) {
                    return new Outcome(status, r.body(), attempt + 1);
                }
                lastProblem = "HTTP " + status + serverMessage(r.body());
                Optional<Duration> retryAfter = retryAfter(r.headers().firstValue("Retry-After"));
                if (retryAfter.isPresent() && retryAfter.get().compareTo(maxWait) > 0 && attempt < maxRetries) {
                    throw new SuggestionException("the endpoint " + host + " answered " + lastProblem + " and asks to retry after "
                            + retryAfter.get().toSeconds() + " s, longer than the maximum wait of " + maxWait.toSeconds() + " s");
                }
                wait = retryAfter.orElse(backoff(attempt));
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + requestTimeout.toMillis() / 1000.0 + " s";
                wait = backoff(attempt);
            } catch (ConnectException e) {
                throw new SuggestionException("cannot connect to " + host + " (" + url.getScheme() + "): is the server running? ("
                        + e.getClass().getSimpleName() + ")", e);
            } catch (IOException e) {
                lastProblem = "connection failed: " + scrub(String.valueOf(e.getMessage()));
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SuggestionException("interrupted while waiting for " + host, e);
            }
            if (attempt >= maxRetries) {
                throw new SuggestionException("the endpoint " + host + " failed " + (attempt + 1) + " time"
                        + (attempt == 0 ? "" : "s") + "; last: " + lastProblem);
            }
            LOG.info("{}: {}; retrying in {} ms ({} of {} retries)", host, lastProblem, wait.toMillis(), attempt + 1, maxRetries);
            sleep(wait);
        }
    }

    private Duration backoff(int attempt) {
        long ms = initialBackoff.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(ms, maxWait.toMillis()));
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuggestionException("interrupted while waiting to retry " + host, e);
        }
    }

    /**
     * @param header a {@code Retry-After} value
     * @return the wait it asks for: delay-seconds, or the time until an HTTP date (never negative)
     */
    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /**
     * @param body an error response
     * @return {@code ": <message>"} from OpenAI's {@code {"error": {"message"}}}, Ollama's {@code {"error": "..."}},
     *         a {@code detail} field or the raw text, at most 300 characters, scrubbed of the key
     */
    public String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String m = body.strip();
        try {
            JsonNode root = AnswerSchema.MAPPER.readTree(body);
            JsonNode e = root.path("error");
            if (e.isObject() && e.path("message").isTextual()) {
                m = e.path("message").asText();
            } else if (e.isTextual()) {
                m = e.asText();
            } else if (root.path("detail").isTextual()) {
                m = root.path("detail").asText();
            } else if (root.has("detail")) {
                m = root.path("detail").toString();
            }
        } catch (IOException notJson) {
            // keep the raw text
        }
        m = scrub(m).replaceAll("\\s+", " ");
        return ": " + (m.length() > 300 ? m.substring(0, 300) + "..." : m);
    }

    /** Removes the API key, and anything shaped like an OpenAI key, from a text. */
    String scrub(String text) {
        String s = text;
        if (apiKey.isPresent() && !apiKey.get().isEmpty()) {
            s = s.replace(apiKey.get(), "[redacted]");
        }
        return s.replaceAll("sk-[A-Za-z0-9_*.-]{4,}", "sk-[redacted]");
    }
}
