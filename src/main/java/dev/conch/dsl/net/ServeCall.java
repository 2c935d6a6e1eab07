package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.CurrentRuntime;
import dev.conch.dsl.UsageError;
import dev.conch.net.serve.FileServer;
import dev.conch.net.serve.ServeInputError;
import dev.conch.runtime.ConchRuntime;

/**
 * The built-in {@code serve}: starts the server, warns in one line when it is open to other
 * machines, and has the session stop it when it ends. Stateless.
 */
final class ServeCall {
  private ServeCall() {}

  /** Starts serving as {@code args} say for {@code runtime}'s session. */
  static FileServer start(ConchRuntime runtime, ServeArgs args) {
    FileServer server;
    try {
      server = FileServer.start(args.dir(), args.options());
    } catch (ServeInputError e) {
      throw new UsageError(Builtins.find("serve").orElseThrow(), e.key(), e.args());
    }
    runtime.tasks().onClose(server);
    if (server.sharedBeyondThisMachine()) {
      runtime
          .output()
          .out()
          .println(CurrentRuntime.look(runtime).messages().get("serve.shared", server.port()));
    }
    return server;
  }
}
