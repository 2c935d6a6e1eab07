package dev.conch.shell.command;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.shell.Session;
import java.util.List;

/** {@code /lang en|zh}: switches the language of messages and help. */
final class LangCommand extends Command {
  LangCommand() {
    super("lang", "/lang en|zh");
  }

  @Override
  public List<String> choices(Session session) {
    return List.of("en", "zh");
  }

  @Override
  public void execute(Session session, List<String> args) {
    if (!args.isEmpty()) {
      Lang lang = Lang.parse(args.get(0));
      if (lang == null) {
        session.print(session.messages().get("error.lang", args.get(0)));
        return;
      }
      session.setMessages(Messages.of(lang));
    }
    session.print(session.messages().get("lang.now"));
  }
}
