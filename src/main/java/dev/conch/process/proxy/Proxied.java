package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * A proxy in a child process for a runtime object of the parent. When it is sent back to the parent
 * (put in a queue, say) it travels as its handle and arrives as the object itself.
 */
public interface Proxied {
  /** The handle this proxy was made from. */
  Handle handle();
}
