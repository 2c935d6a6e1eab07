package dev.conch.shell;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.shell.command.CommandTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's tables of built-ins and /-commands beside the registries: which names a table lacks,
 * and which rows name nothing the registries have. Stateless.
 */
final class ReadmeRows {
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `(/?[A-Za-z_]+)` \\|");

  private ReadmeRows() {}

  /** The names of the registries, built-ins then /-commands with their slash. */
  static Set<String> registered() {
    Set<String> names = new LinkedHashSet<>();
    Builtins.ALL.stream().map(Builtin::name).forEach(names::add);
    CommandTable.ALL.stream().map(c -> "/" + c.name()).forEach(names::add);
    return names;
  }

  /** The names the README's rows give, in order. */
  static Set<String> rows(String readme) {
    Set<String> rows = new LinkedHashSet<>();
    Matcher m = ROW.matcher(readme);
    while (m.find()) {
      rows.add(m.group(1));
    }
    return rows;
  }

  /** Registered names the README has no row for. */
  static List<String> missing(String readme) {
    List<String> missing = new ArrayList<>(registered());
    missing.removeAll(rows(readme));
    return missing;
  }

  /** README rows that name no built-in or /-command. */
  static List<String> unknown(String readme) {
    List<String> unknown = new ArrayList<>(rows(readme));
    unknown.removeAll(registered());
    return unknown;
  }
}
