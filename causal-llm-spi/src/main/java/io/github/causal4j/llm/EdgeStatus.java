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

/** What became of a voted edge when the suggestion's graph was assembled. */
public enum EdgeStatus {
    /** In the graph. */
    ACCEPTED,
    /** Its vote share is below the pipeline's minimum confidence. */
    BELOW_THRESHOLD,
    /** The opposite direction got at least as many votes (a tie drops both: the direction is undecided). */
    OUTVOTED,
    /** Adding it would have closed a directed cycle with edges of higher confidence. */
    CLOSES_CYCLE,
    /** The expert's knowledge forbids it (a forbidden edge, a tier order, a required opposite edge). */
    OVERRULED
}
