package dev.conch.shell;

import dev.conch.i18n.Lang;
import java.nio.file.Path;

/**
 * How the REPL starts: its language, colours, whether this is the start-up training run of the AOT
 * cache, Conch's home folder (where {@code scripts/} is) and the history file (null for none).
 * Immutable.
 */
public record ReplOptions(Lang lang, boolean color, boolean train, Path home, Path historyFile) {}
