package dev.conch.shell.errors;

import dev.conch.dsl.ErrorWording;
import dev.conch.dsl.python.PythonEquivalents;
import dev.conch.i18n.Messages;
import groovy.lang.MetaProperty;
import groovy.lang.MissingPropertyException;
import groovy.lang.ReadOnlyPropertyException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * What to say about a property a value does not have, in place of Groovy's "No such property: nme
 * for class: dev.conch.runtime.task.Task": {@code Task has no property nme: did you mean name?}; a
 * method read as a property ({@code xs.size}) says to call it; a property read from each item of a
 * list ({@code xs.foo}) names the item type that lacks it; a property that can only be read ({@code
 * q.maxsize = 3}) says so; Python's name for it ({@code page.status_code}) gives Conch's. A
 * variable the session lacks is {@link NameAdvice}'s. Stateless.
 */
final class PropertyAdvice {
  /** Groovy's words for a property read from each item of a collection that an item lacks. */
  private static final Pattern SPREAD =
      Pattern.compile(
          "Exception evaluating property '([\\w$]+)' for ([\\w.$]+), Reason: "
              + "groovy\\.lang\\.MissingPropertyException: No such property: ([\\w$]+) for class:"
              + " ([\\w.$]+)");

  private PropertyAdvice() {}

  /** The line for {@code error}; empty for a session variable, or words it cannot read. */
  static Optional<String> advice(MissingPropertyException error, Messages m) {
    Class<?> type = error.getType();
    if (type == null) {
      return spread(error.getMessage(), m);
    }
    if (ErrorWording.ofLine(type) || error.getProperty() == null) {
      return Optional.empty();
    }
    String name = error.getProperty();
    String label = MethodAdvice.label(type);
    if (error instanceof ReadOnlyPropertyException) { // Groovy's own words say "no such property"
      return Optional.of(m.get("error.property.readonly", label, name));
    }
    if (MethodAdvice.takesNothing(type, name)) {
      return Optional.of(m.get("error.property.method", label, name));
    }
    Optional<PythonEquivalents.Equivalent> python = PythonEquivalents.forMethod(type, name);
    if (python.isPresent()) {
      return Optional.of(NameAdvice.instead(python.get(), m));
    }
    return Optional.of(
        NearestName.among(name, propertyNames(type))
            .map(near -> m.get("error.property.near", label, name, near))
            .orElseGet(() -> m.get("error.property.none", label, name)));
  }

  private static Optional<String> spread(String message, Messages m) {
    Matcher words = message == null ? null : SPREAD.matcher(message);
    if (words == null || !words.find()) {
      return Optional.empty();
    }
    String name = words.group(1);
    Optional<Class<?>> list = loaded(words.group(2));
    String label = list.map(MethodAdvice::label).orElse(simpleName(words.group(2)));
    if (name.equals("length")) {
      return Optional.of(m.get("error.property.length", label));
    }
    if (list.isPresent() && MethodAdvice.takesNothing(list.get(), name)) {
      return Optional.of(m.get("error.property.method", label, name));
    }
    String item = simpleName(words.group(4));
    return Optional.of(m.get("error.property.each", item, words.group(3), name));
  }

  /** The JDK's class named {@code name} ({@code java.util.ArrayList}), if it is one. */
  private static Optional<Class<?>> loaded(String name) {
    try {
      return Optional.of(Class.forName(name, false, ClassLoader.getPlatformClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Every property name of {@code type}, for "did you mean". */
  private static Set<String> propertyNames(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    for (MetaProperty property : InvokerHelper.getMetaClass(type).getProperties()) {
      names.add(property.getName());
    }
    names.remove("class");
    names.removeIf(n -> n.contains("$"));
    return names;
  }

  private static String simpleName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1);
  }
}
