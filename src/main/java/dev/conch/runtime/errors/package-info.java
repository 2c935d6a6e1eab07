/**
 * What the runtime throws, by the names CPython gives the same errors ({@link
 * dev.conch.runtime.errors.ValueError}, {@link dev.conch.runtime.errors.TimeoutError}, {@link
 * dev.conch.runtime.errors.BrokenPipeError}, …), imported into every line a learner types. Each
 * misuse is a {@link dev.conch.runtime.errors.MisuseError}, and every message is a {@link
 * dev.conch.runtime.errors.KeyedError}: a key and its values, worded by the shell in the learner's
 * language. Pure Java; of the rest of the runtime it knows only tasks (to name the one that
 * failed), memory holders and relayed errors.
 */
package dev.conch.runtime.errors;
