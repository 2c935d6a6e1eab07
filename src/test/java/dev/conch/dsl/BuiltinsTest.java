package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.compile.BuiltinCallRewriter;
import dev.conch.dsl.net.NetBuiltins;
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
  void everyRowIsImplementedByItsOwnerAndEveryOwnerMethodIsARow() {
    for (Class<?> owner : Builtins.OWNERS) {
      Set<String> methods =
          Arrays.stream(owner.getDeclaredMethods())
              .filter(
                  m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
              .map(Method::getName)
              .map(
                  n ->
                      n.startsWith("get") ? Character.toLowerCase(n.charAt(3)) + n.substring(4) : n)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> rows =
          Builtins.ALL.stream()
              .filter(b -> b.owner() == owner)
              .map(Builtin::name)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(methods).as(owner.getSimpleName()).isEqualTo(rows);
    }
  }

  @Test
  void theOwnersAreStarImportedAndCallsAreBoundToThem() {
    assertThat(Builtins.OWNERS)
        .containsExactly(
            TaskBuiltins.class,
            SyncBuiltins.class,
            QueueBuiltins.class,
            PoolBuiltins.class,
            NetBuiltins.class);
    assertThat(BuiltinCallRewriter.OWNERS).isSameAs(Builtins.OWNERS);
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
