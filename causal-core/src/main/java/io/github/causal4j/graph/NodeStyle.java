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
package io.github.causal4j.graph;

import java.util.Set;

/**
 * How {@link GraphPicture} shows a node, by role, in the colours dagitty uses: the exposure
 * yellow-green, the outcome blue, latent variables grey with a dashed outline, adjusted variables
 * white with a heavy outline, other variables light grey. A node with several roles takes the first
 * in that order.
 */
enum NodeStyle {
    EXPOSURE("#bed403", "#5a6600", "#1d2430", false, 1.6),
    OUTCOME("#00a2e0", "#005a80", "#ffffff", false, 1.6),
    LATENT("#e6e6e6", "#7a7a7a", "#4d4d4d", true, 1.3),
    ADJUSTED("#ffffff", "#1d2430", "#1d2430", false, 2.8),
    OTHER("#f2f4f7", "#5b6473", "#1d2430", false, 1.2);

    final String fill;
    final String stroke;
    final String text;
    final boolean dashed;
    final double strokeWidth;

    NodeStyle(String fill, String stroke, String text, boolean dashed, double strokeWidth) {
        this.fill = fill;
        this.stroke = stroke;
        this.text = text;
        this.dashed = dashed;
        this.strokeWidth = strokeWidth;
    }

    static NodeStyle of(CausalGraph g, String node, Set<String> adjusted) {
        if (g.hasRole(node, NodeRole.EXPOSURE)) {
            return EXPOSURE;
        }
        if (g.hasRole(node, NodeRole.OUTCOME)) {
            return OUTCOME;
        }
        if (g.hasRole(node, NodeRole.LATENT)) {
            return LATENT;
        }
        if (adjusted.contains(node) || g.hasRole(node, NodeRole.ADJUSTED)) {
            return ADJUSTED;
        }
        return OTHER;
    }

    /** The colour of directed edges. */
    static final String EDGE = "#333a45";
    /** The colour of bidirected (latent-confounding) arcs. */
    static final String BIDIRECTED = "#8b3fa8";
}
