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
package io.github.causal4j.estimate.internal;

import java.util.SplittableRandom;

/**
 * Seeds for the random parts of an analysis. Each replicate, fold assignment or refutation run
 * gets its own generator derived from the user's seed and the replicate's index (SplitMix64
 * mixing, Steele, Lea &amp; Flood 2014), never from a shared generator, so results do not depend on
 * the order in which threads run them.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * @param seed the analysis seed
     * @param stream a label separating independent uses of the same seed (e.g. bootstrap vs folds)
     * @param index the replicate index
     * @return a generator for that replicate
     */
    public static SplittableRandom random(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(stream)) + index));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniformly random permutation of {@code 0..n-1} (Fisher–Yates).
     *
     * @param n size
     * @param random generator
     * @return the permutation
     */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * Balanced random folds: row {@code perm[j]} goes to fold {@code j mod k}, perm a random
     * permutation drawn from {@code random(seed, FOLDS, 0)}.
     *
     * @param n rows
     * @param k folds, at least 2
     * @param seed the seed
     * @return the fold (0..k-1) of every row
     */
    public static int[] folds(int n, int k, long seed) {
        int[] perm = permutation(n, random(seed, FOLDS, 0));
        int[] fold = new int[n];
        for (int j = 0; j < n; j++) {
            fold[perm[j]] = j % k;
        }
        return fold;
    }

    /** Stream label of cross-fitting folds. */
    public static final long FOLDS = 0x464f4c4453L;
    /** Stream label of bootstrap resamples. */
    public static final long BOOTSTRAP = 0x424f4f54L;
    /** Stream label of refuters. */
    public static final long REFUTE = 0x524546L;
}
