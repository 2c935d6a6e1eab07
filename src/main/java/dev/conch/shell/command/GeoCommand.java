package dev.conch.shell.command;

import dev.conch.shell.Session;
import java.util.List;

/**
 * {@code /geo} says which offline database {@code geo} uses; {@code /geo fetch [URL]} downloads
 * DB-IP Lite City (CC BY 4.0) into {@code ~/.conch/geo/}, from db-ip.com or from {@code URL}, such
 * as a teacher's {@code serve}. It runs as the line {@code geo.fetch(…)} would, so Ctrl-C stops it
 * and the download keeps its {@code .part}.
 */
final class GeoCommand extends Command {
  GeoCommand() {
    super("geo", "/geo [fetch [URL]]");
  }

  @Override
  public List<String> choices(Session session) {
    return List.of("fetch");
  }

  @Override
  public void execute(Session session, List<String> args) {
    if (args.isEmpty()) {
      session.evaluateAndReport("println geo", "/geo", false);
    } else if (args.get(0).equals("fetch") && args.size() <= 2) {
      String from = args.size() == 2 ? "from: '" + args.get(1).replace("'", "\\'") + "'" : "";
      session.evaluateAndReport("println geo.fetch(" + from + ")", "/geo fetch", false);
    } else {
      usage(session);
    }
  }
}
