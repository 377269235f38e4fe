/**
 * Implementation helpers of {@code io.github.causal4j.identify} that use third-party libraries
 * (JGraphT flows). Not API: these types may change without notice.
 */
package io.github.causal4j.identify.internal;
