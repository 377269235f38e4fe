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
package io.github.causal4j.llm.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local chat-completions endpoint on the loopback interface (JDK {@link HttpServer}) that plays
 * scripted responses in order and records the requests it gets. An unscripted request gets HTTP 500.
 */
final class FakeChatServer implements AutoCloseable {

    /** One scripted response. */
    record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
        Reply after(long millis) {
            return new Reply(status, body, headers, millis);
        }
    }

    /** One request received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-chat-server");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static Reply ok(String fixture) {
        return new Reply(200, fixture(fixture), Map.of(), 0);
    }

    static Reply status(int status, String fixture, Map<String, String> headers) {
        return new Reply(status, fixture(fixture), headers, 0);
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/openai", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized FakeChatServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply;
        synchronized (this) {
            received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()),
                    body));
            reply = script.pollFirst();
        }
        if (reply == null) {
            reply = new Reply(500, "{\"error\": {\"message\": \"no scripted response left\"}}", Map.of(), 0);
        }
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        try {
            ex.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // The client timed out and closed the connection: expected in the timeout tests.
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
