package dev.conch.process.channel;

/**
 * One child connected to the {@link Channel}: which connection it is and the pid it stated in its
 * {@link Wire#HELLO}. The channel makes it once the child is welcomed and hands it to every {@link
 * CallHandler} callback about that connection. Immutable.
 *
 * @param id the connection's number within its channel, from 1
 * @param pid the child's process id, as it stated it
 */
public record Peer(int id, long pid) {
  @Override
  public String toString() {
    return "child " + pid;
  }
}
