package io.github.causal4j.identify;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Lists every valid adjustment set {@code Z} with {@code I ⊆ Z ⊆ R} with polynomial delay: the
 * backtracking of ListSep (van der Zander, Liśkiewicz &amp; Textor 2019, Alg. 5). A state
 * {@code (I', R')} holds some valid set iff {@code An(X ∪ Y ∪ I') ∩ R'} is one (Lemma 3.6), a
 * linear test; each state branches on one undecided node (left out first, so small sets tend to
 * come early) and only states that hold a set are entered. Delay {@code O(|R| (V + E))}.
 */
final class ValidSetEnumeration implements Iterator<BitSet> {

    private final AdjustmentProblem p;
    private final Deque<BitSet[]> stack = new ArrayDeque<>();
    private BitSet next;

    ValidSetEnumeration(AdjustmentProblem p) {
        this.p = p;
        BitSet r = NodeSets.union(p.allowed, p.include);
        if (p.includeAllowed() && holdsValidSet(p.include, r)) {
            stack.push(new BitSet[] {p.include, r});
        }
    }

    private boolean holdsValidSet(BitSet in, BitSet r) {
        BitSet z = p.g.ancestors(NodeSets.union(p.paths.treatments, p.paths.outcomes, in));
        z.and(r);
        return AdjustmentCriterion.separates(p.g, p.paths, z);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public BitSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BitSet out = next;
        next = null;
        return out;
    }

    private BitSet advance() {
        while (!stack.isEmpty()) {
            BitSet[] state = stack.pop();
            BitSet in = state[0];
            BitSet r = state[1];
            int v = NodeSets.minus(r, in).nextSetBit(0);
            if (v < 0) {
                return (BitSet) in.clone();
            }
            BitSet withV = (BitSet) in.clone();
            withV.set(v);
            BitSet withoutV = (BitSet) r.clone();
            withoutV.clear(v);
            // Pushed in reverse so that "v left out" is explored first.
            if (holdsValidSet(withV, r)) {
                stack.push(new BitSet[] {withV, r});
            }
            if (holdsValidSet(in, withoutV)) {
                stack.push(new BitSet[] {in, withoutV});
            }
        }
        return null;
    }
}
