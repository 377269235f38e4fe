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
package io.github.causal4j.identify;

import io.github.causal4j.graph.GraphIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy enumeration of node sets: the next set is computed only when asked for, so a caller that
 * stops early pays only for the sets it read (what makes polynomial-delay listing useful when
 * there are exponentially many). Subclasses say how to reach the next set ({@link #advance()});
 * this class holds the one set looked ahead, and turns the enumeration into a bounded
 * {@link AdjustmentSetList} (with whether it ran to its end) or a stream of node names.
 */
abstract class SetEnumeration implements Iterator<BitSet> {

    private BitSet next;

    /** @return the next set, or {@code null} when there is none (called again only after a set) */
    abstract BitSet advance();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final BitSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BitSet out = next;
        next = null;
        return out;
    }

    /**
     * @param g the graph the ids index
     * @param limit the most sets to take ({@code >= 0})
     * @return up to {@code limit} sets as names, complete iff the enumeration has no more
     */
    final AdjustmentSetList list(GraphIndex g, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        List<Set<String>> out = new ArrayList<>();
        while (out.size() < limit && hasNext()) {
            out.add(NodeSets.names(g, next()));
        }
        return new AdjustmentSetList(out, !hasNext());
    }

    /**
     * @param g the graph the ids index
     * @return the remaining sets as names, lazily
     */
    final Stream<Set<String>> names(GraphIndex g) {
        Iterator<Set<String>> names = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return SetEnumeration.this.hasNext();
            }

            @Override
            public Set<String> next() {
                return NodeSets.names(g, SetEnumeration.this.next());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(names, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
