package dev.conch.process;

import dev.conch.process.calls.Exports;
import java.io.Serializable;

/**
 * What travels to a child in place of a runtime object of the parent (a lock, a queue, an event…):
 * its number in the parent's {@link Exports}, its kind and its label. The child turns it into a
 * proxy that calls the parent for every operation. Immutable.
 *
 * @param id the object's number in the parent's exports
 * @param kind what it is, such as {@code lock} or {@code queue}
 * @param label how messages name it, such as {@code lock a}
 */
public record Handle(long id, String kind, String label) implements Serializable {
  private static final long serialVersionUID = 1L;
}
