/**
 * Implementation details of the OpenAI-compatible provider: answer schemas, answer readers, the
 * HTTP transport with retries. Not API: the module does not export this package and javadoc skips it.
 */
package io.github.causal4j.llm.openai.internal;
