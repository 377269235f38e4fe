package io.github.causal4j.cli;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated lists on the command line: {@code --x a,b --x c} gives [a, b, c]. */
final class Lists {

    private Lists() {
    }

    static List<String> split(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String item : raw) {
            for (String part : item.split(",")) {
                String name = part.strip();
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
