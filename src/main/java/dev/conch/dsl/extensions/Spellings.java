package dev.conch.dsl.extensions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of learner-facing names in both spellings, Python's ({@code put_nowait}) and
 * camelCase ({@code putNowait}), read from {@code spellings.txt} beside this class: {@link
 * SpellingTwins} gives each runtime object the other spelling of every name it has, and named
 * options ({@code error_callback:}, {@code cancel_futures:}) accept both. Immutable.
 */
public final class Spellings {
  private static final String TABLE = "spellings.txt";
  private static final String[] ACCESSORS = {"get", "set", "is"};

  /** The table as shipped. */
  public static final Spellings SHIPPED = load();

  private final Map<String, String> pythonToCamel;
  private final Map<String, String> twins;

  private Spellings(Map<String, String> pythonToCamel) {
    this.pythonToCamel = Map.copyOf(pythonToCamel);
    Map<String, String> both = new LinkedHashMap<>();
    pythonToCamel.forEach(
        (python, camel) -> {
          both.put(python, camel);
          both.put(camel, python);
        });
    this.twins = Map.copyOf(both);
  }

  /** Each pair, Python's spelling to camelCase. */
  public Map<String, String> pairs() {
    return pythonToCamel;
  }

  /** The other spelling of {@code name} ({@code putNowait} of {@code put_nowait}), if any. */
  public Optional<String> twin(String name) {
    return Optional.ofNullable(twins.get(name));
  }

  /**
   * The other spelling of a method's name: of the name itself, else of the property an accessor
   * reads or writes ({@code getExitCode} of {@code getExitcode}).
   */
  Optional<String> twinOfMethod(String method) {
    Optional<String> direct = twin(method);
    if (direct.isPresent()) {
      return direct;
    }
    for (String prefix : ACCESSORS) {
      String rest = method.startsWith(prefix) ? method.substring(prefix.length()) : "";
      boolean accessor =
          !rest.isEmpty()
              && (Character.isUpperCase(rest.charAt(0))
                  || rest.length() > 1 && Character.isUpperCase(rest.charAt(1)));
      if (accessor) {
        Optional<String> property = twin(propertyOf(rest));
        if (property.isPresent()) {
          return Optional.of(prefix + accessorPart(property.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code options.get(key)}, or the value given under the key's other spelling. */
  public Object option(Map<String, ?> options, String key) {
    Object value = options.get(key);
    return value != null ? value : twin(key).map(options::get).orElse(null);
  }

  /** Whether {@code given} is {@code key} in one of its spellings. */
  public boolean sameName(Object given, String key) {
    return key.equals(given) || twin(key).map(t -> t.equals(given)).orElse(false);
  }

  /**
   * The property an accessor's name ends in, as Groovy reads it: {@code N_waiting} is {@code
   * n_waiting}, {@code nWaiting} itself.
   */
  private static String propertyOf(String rest) {
    boolean keep = rest.length() > 1 && Character.isUpperCase(rest.charAt(1));
    return keep ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /**
   * How an accessor spells {@code property}, as Groovy looks for it: {@code getnWaiting}, {@code
   * getExitCode}.
   */
  private static String accessorPart(String property) {
    boolean keep = property.length() > 1 && Character.isUpperCase(property.charAt(1));
    return keep ? property : Character.toUpperCase(property.charAt(0)) + property.substring(1);
  }

  private static Spellings load() {
    try (InputStream in = Spellings.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("spellings: " + TABLE + " is missing from the class path");
      }
      Map<String, String> pairs = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] words = text.split("\\s+");
        if (words.length != 2) {
          throw new IllegalStateException("spellings: not two names: " + text);
        }
        pairs.put(words[0], words[1]);
      }
      return new Spellings(pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
