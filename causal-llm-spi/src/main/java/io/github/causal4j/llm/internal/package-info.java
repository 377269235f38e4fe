/**
 * Implementation details of {@code io.github.causal4j.llm}: hashing, the normal tail and the
 * partial-correlation test behind the data checks, the recording file format. Not API: the module
 * does not export this package and javadoc skips it.
 */
package io.github.causal4j.llm.internal;
