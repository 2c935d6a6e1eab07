package dev.conch.dsl;

import dev.conch.dsl.process.Processes;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import groovy.lang.Closure;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The named options of {@code spawn}, {@code thread} and {@code virtual}, checked against the
 * built-in table, with one clear error per mistake. Immutable.
 */
record SpawnArgs(TaskSpec spec, Closure<?> body, Object[] args, boolean startNow) {

  static SpawnArgs parse(String builtin, Map<String, ?> options, Closure<?> block, TaskKind kind) {
    Builtin entry = Builtins.find(builtin).orElseThrow();
    Builtins.checkOptions(builtin, options);
    TaskSpec spec = TaskSpec.defaults().withKind(kind == null ? TaskKind.THREAD : kind);
    Object name = options.get("name");
    if (name != null) {
      spec = spec.withName(name.toString());
    }
    spec = spec.withDaemon(flag(entry, options, "daemon", false));
    Object kindWord = options.get("kind");
    if (kindWord != null) {
      try {
        spec = spec.withKind(TaskKind.parse(kindWord.toString()));
      } catch (MisuseError unknown) {
        throw new UsageError(entry, "usage.kind.unknown", kindWord, TaskKind.choices());
      }
    }
    Object target = options.get("target");
    if (target != null && !(target instanceof Closure)) {
      throw new UsageError(entry, "usage.target.type");
    }
    if (target != null && block != null) {
      throw new UsageError(entry, "usage.target.both");
    }
    Closure<?> body = block != null ? block : (Closure<?>) target;
    if (body == null) {
      throw new UsageError(entry, "usage.target.none");
    }
    return new SpawnArgs(
        spec, body, arguments(entry, options.get("args")), flag(entry, options, "start", true));
  }

  private static boolean flag(Builtin entry, Map<String, ?> options, String key, boolean dflt) {
    Object value = options.get(key);
    if (value == null) {
      return dflt;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw new UsageError(entry, "usage.flag", key, value);
  }

  private static Object[] arguments(Builtin entry, Object args) {
    if (args == null) {
      return new Object[0];
    }
    if (args instanceof Collection<?> c) {
      return c.toArray();
    }
    if (args instanceof Object[] array) {
      return array.clone();
    }
    throw new UsageError(entry, "usage.args");
  }

  Task start(String builtin) {
    ConchRuntime runtime = CurrentRuntime.runtime();
    Callable<?> work =
        spec.kind() == TaskKind.PROCESS
            ? Processes.body(runtime, builtin, spec.name(), body, args)
            : callable(body, args);
    Task task = runtime.tasks().create(spec, work);
    return startNow ? task.start() : task;
  }

  private static Callable<Object> callable(Closure<?> body, Object[] args) {
    if (args.length == 0) {
      return () -> DirectCall.callWithoutArguments(body);
    }
    return () -> ClosureJob.unwrapped(() -> body.call(args));
  }
}
