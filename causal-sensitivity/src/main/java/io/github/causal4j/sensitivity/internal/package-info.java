/**
 * Implementation helpers of the sensitivity package (third-party numerics, SVG drawing, contour
 * tracing). Not API: may change without notice.
 */
package io.github.causal4j.sensitivity.internal;
