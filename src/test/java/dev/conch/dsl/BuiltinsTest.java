package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in table and the methods that implement it name the same built-ins. */
class BuiltinsTest {
  @Test
  void everyEntryHasAMethodAndEveryMethodAnEntry() {
    Set<String> methods =
        BuiltinCallRewriter.OWNERS.stream()
            .flatMap(owner -> Arrays.stream(owner.getDeclaredMethods()))
            .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .map(n -> n.startsWith("get") ? Character.toLowerCase(n.charAt(3)) + n.substring(4) : n)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> table =
        Builtins.ALL.stream().map(Builtin::name).collect(Collectors.toCollection(TreeSet::new));
    assertThat(methods).isEqualTo(table);
  }

  @Test
  void everyEntryHasASummaryInBothLanguages() {
    for (Builtin builtin : Builtins.ALL) {
      for (var lang : dev.conch.i18n.Lang.values()) {
        assertThat(dev.conch.i18n.Messages.of(lang).get(builtin.summaryKey()))
            .as(builtin.name())
            .isNotEqualTo(builtin.summaryKey());
      }
    }
  }
}
