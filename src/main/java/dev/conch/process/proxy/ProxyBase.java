package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * What every plain proxy of a child shares: the parent's object it stands for (its handle), the way
 * to call it, and its label as its text. Thread-safe (each call is a message to the parent).
 */
public abstract class ProxyBase implements Proxied {
  final Remote remote;
  final Handle handle;

  ProxyBase(Remote remote, Handle handle) {
    this.remote = remote;
    this.handle = handle;
  }

  @Override
  public Handle handle() {
    return handle;
  }

  /** The parent's object's label, such as {@code queue jobs}. */
  @Override
  public String toString() {
    return handle.label();
  }
}
