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
package io.github.causal4j.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** JsonWriter against an independent parser (Jackson 2), and its escaping and refusals by hand. */
class JsonWriterTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return JACKSON.readTree(json);
    }

    @Test
    void writesEveryKindOfValueInOrder() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("z", 1);
        tree.put("a", 0.0973158);
        tree.put("big", 12345678901L);
        tree.put("integral", 3.0);
        tree.put("tiny", 1e-300);
        tree.put("neg_zero", -0.0);
        tree.put("flag", true);
        tree.put("none", null);
        tree.put("list", List.of(1, "two", List.of()));
        tree.put("doubles", new double[] {0.5, -2});
        tree.put("empty", Map.of());
        tree.put("opt", Optional.of("x"));
        tree.put("opt_empty", OptionalDouble.empty());
        tree.put("opt_int", OptionalInt.of(7));
        tree.put("kind", Thread.State.NEW);
        String json = JsonWriter.write(tree);
        // hand-derived: keys in insertion order, integral doubles without ".0"
        assertTrue(json.startsWith("{\"z\":1,\"a\":0.0973158,\"big\":12345678901,\"integral\":3,"), json);
        JsonNode j = parse(json);
        assertEquals(List.of("z", "a", "big", "integral", "tiny", "neg_zero", "flag", "none", "list", "doubles", "empty",
                "opt", "opt_empty", "opt_int", "kind"), fieldNames(j));
        assertEquals(0.0973158, j.get("a").doubleValue(), 0);
        assertEquals(1e-300, j.get("tiny").doubleValue(), 0);
        assertEquals(12345678901L, j.get("big").longValue());
        assertTrue(j.get("none").isNull() && j.get("opt_empty").isNull());
        assertEquals("two", j.get("list").get(1).asText());
        assertEquals(0, j.get("list").get(2).size());
        assertEquals(-2.0, j.get("doubles").get(1).doubleValue(), 0);
        assertEquals("x", j.get("opt").asText());
        assertEquals(7, j.get("opt_int").intValue());
        assertEquals("NEW", j.get("kind").asText());
        assertEquals(JACKSON.readTree(json), JACKSON.readTree(JsonWriter.writePretty(tree)));
        assertTrue(JsonWriter.writePretty(tree).contains("\n  \"a\": 0.0973158,\n"));
    }

    @Test
    void escapesStrings() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t cr \r bell \u0007 nul \u0000 sep \u2028 emoji \uD83D\uDE00 é";
        String json = JsonWriter.write(Map.of("k\"ey", nasty));
        assertTrue(json.contains("\\u0007") && json.contains("\\u0000") && json.contains("\\u2028"), json);
        assertTrue(json.contains("\\\"") && json.contains("\\\\") && json.contains("\\n"), json);
        for (char c : json.toCharArray()) {
            assertTrue(c >= 0x20, "raw control character in " + json);
        }
        JsonNode j = parse(json);
        assertEquals(nasty, j.get("k\"ey").asText());
        assertEquals("\"a\\/b\"".replace("\\/", "/"), JsonWriter.quote("a/b"));
    }

    @Test
    void refusesWhatJsonCannotCarry() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write(Map.of("estimates", List.of(Map.of("std_error", 1.0), Map.of("std_error", Double.NaN)))));
        assertTrue(nan.getMessage().contains("$.estimates[1].std_error"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write(List.of(Double.POSITIVE_INFINITY)));
        assertTrue(inf.getMessage().contains("$[0]") && inf.getMessage().contains("Infinity"), inf.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write(Map.of("when", new Object())));
        assertTrue(type.getMessage().contains("$.when") && type.getMessage().contains("java.lang.Object"),
                type.getMessage());
        IllegalArgumentException surrogate = assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write("a\uD800b"));
        assertTrue(surrogate.getMessage().contains("unpaired surrogate"), surrogate.getMessage());
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(cycle));
    }

    /** Every finite double reads back as the same double through an independent parser. */
    @Property(tries = 500)
    void doublesRoundTrip(@ForAll double x) throws Exception {
        if (!Double.isFinite(x)) {
            return;
        }
        JsonNode j = parse(JsonWriter.write(List.of(x)));
        assertEquals(Double.doubleToLongBits(x == 0 ? x : x), Double.doubleToLongBits(j.get(0).doubleValue()),
                () -> "wrote " + JsonWriter.write(List.of(x)) + " for " + x);
    }

    /** Any string survives the round trip. */
    @Property(tries = 500)
    void stringsRoundTrip(@ForAll String s) throws Exception {
        boolean unpaired = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    unpaired = true;
                }
            } else if (Character.isLowSurrogate(c)) {
                unpaired = true;
            }
        }
        if (unpaired) {
            assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(s));
            return;
        }
        assertEquals(s, parse(JsonWriter.write(Arrays.asList(s, null))).get(0).asText());
    }

    private static List<String> fieldNames(JsonNode j) {
        List<String> out = new ArrayList<>();
        j.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
