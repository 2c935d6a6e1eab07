package dev.conch.dsl.process;

import dev.conch.dsl.SessionVariables;
import dev.conch.dsl.compile.CapturingClassLoader;
import dev.conch.dsl.compile.SessionAccess;
import dev.conch.process.ConstantStrings;
import dev.conch.process.JvmCopies;
import dev.conch.process.Shipment;
import dev.conch.process.SynchronizedLists;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.task.Task;
import groovy.lang.Closure;
import groovy.lang.Reference;
import groovy.lang.Script;
import java.io.NotSerializableException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.NetworkChannel;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.codehaus.groovy.runtime.MethodClosure;

/**
 * Packs a closure for a child JVM, as Python's "spawn" start method does with a function: the
 * session classes it needs (as bytes), the copies of the session variables its code names, its
 * captured local variables and its arguments. A captured local that cannot be copied is refused,
 * naming it; a session variable that cannot be copied travels as a marker that fails, naming it,
 * when the child uses it (its name in the code may be only a string). Stateless; thread-safe.
 */
final class ProcessShipping {
  private static final String NOT_SHIPPED = "out";

  /**
   * How often a copy that another task's change spoiled is made again. A pool's callbacks append to
   * a list the script names while its workers' next jobs are packed (P22's shape); with the
   * callbacks taking turns, the next copy succeeds.
   */
  static final int COPY_ATTEMPTS = 5;

  private ProcessShipping() {}

  /**
   * The shipment that runs {@code body} with {@code args} in a child as task {@code name}; {@code
   * replace} puts handles in place of runtime objects.
   *
   * @throws MisuseError naming a captured or used variable that cannot be copied
   */
  static Shipment pack(
      String builtin, String name, Closure<?> body, Object[] args, UnaryOperator<Object> replace) {
    Object self = body instanceof MethodClosure mc ? mc.getOwner() : body.getThisObject();
    Map<String, byte[]> compiled =
        CapturingClassLoader.compiledFor(
            body instanceof MethodClosure && self != null ? self.getClass() : body.getClass());
    String script = self instanceof Script s ? s.getClass().getName() : null;
    Map<?, ?> session = self instanceof Script s ? s.getBinding().getVariables() : Map.of();
    UnaryOperator<Object> swap = o -> replace.apply(methodRef(captured(o)));
    checkCaptured(builtin, body, swap);
    Set<String> roots = new HashSet<>();
    roots.add(body.getClass().getName());
    Set<String> maybe = closureStrings(body.getClass(), compiled);
    if (script != null) {
      roots.add(script);
      maybe.addAll(strings(compiled.get(script)));
    }
    if (body instanceof MethodClosure mc) {
      // this.&name written inside a closure: the name is in the closure's class, not the script's,
      // and a method typed on an earlier line is a session variable the child must have
      maybe.add(mc.getMethod());
    }
    Map<String, Object> variables = used(builtin, session, maybe, compiled, roots, swap);
    ProcessWork work =
        body instanceof MethodClosure mc && script != null
            ? ProcessWork.method(mc.getMethod(), script, variables, args)
            : new ProcessWork(body.dehydrate(), script, variables, args);
    try {
      byte[] bytes = writeSteadily(builtin, "the variables and arguments it uses", work, swap);
      return new Shipment(name, Shipment.needed(compiled, roots), bytes);
    } catch (NotSerializableException e) {
      throw uncopyable(builtin, "its arguments", e.getMessage());
    }
  }

  /**
   * The session variables named in {@code maybe} (text constants of the code to ship), as they
   * travel: copies, or markers for what cannot be copied. A method typed at the prompt brings the
   * names its own script uses, and its script joins {@code roots}.
   */
  private static Map<String, Object> used(
      String builtin,
      Map<?, ?> session,
      Set<String> maybe,
      Map<String, byte[]> compiled,
      Set<String> roots,
      UnaryOperator<Object> swap) {
    Map<String, Object> variables = new LinkedHashMap<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(maybe);
    while (!todo.isEmpty()) {
      String used = todo.pop();
      if (used.equals(NOT_SHIPPED) || !session.containsKey(used) || variables.containsKey(used)) {
        continue;
      }
      Object value = session.get(used);
      if (value instanceof MethodClosure mc
          && mc.getOwner() instanceof Script owner
          && roots.add(owner.getClass().getName())) {
        todo.addAll(strings(compiled.get(owner.getClass().getName())));
      }
      variables.put(used, copyable(builtin, used, value, swap));
    }
    return variables;
  }

  /**
   * The shipment that runs a learner's {@link Process} subclass in a child: the object, with the
   * fields its classes declare, the session classes it needs, and copies of the session variables
   * its code names, which its methods see in the child as they would here.
   *
   * @throws MisuseError when one of its fields cannot be copied
   */
  static Shipment pack(String builtin, Process process, UnaryOperator<Object> replace) {
    Class<?> type = process.getClass();
    Map<String, byte[]> compiled = CapturingClassLoader.compiledFor(type);
    Map<String, Object> session = CapturingClassLoader.variablesFor(type);
    UnaryOperator<Object> swap = o -> o == process ? o : replace.apply(methodRef(o));
    Set<String> roots = new HashSet<>(Set.of(type.getName()));
    Map<String, Object> variables =
        used(
            builtin,
            session == null ? Map.of() : session,
            closureStrings(type, compiled),
            compiled,
            roots,
            swap);
    try {
      byte[] work = JvmCopies.write(new RunWork(process, variables), swap);
      return new Shipment(process.getName(), Shipment.needed(compiled, roots), work);
    } catch (NotSerializableException e) {
      throw uncopyable(builtin, "a field of " + type.getSimpleName(), e.getMessage());
    }
  }

  /** Runs a learner's process object's {@code run()} in the child, over the shipped variables. */
  @SuppressWarnings("serial") // the values are checked, one by one, when the work is packed
  private record RunWork(Process process, Map<String, Object> variables)
      implements java.util.concurrent.Callable<Object>, java.io.Serializable {
    @Override
    public Object call() throws Exception {
      process.setName(Task.current().getName()); // the name lives in Task, which is not copied
      ClassLoader loader = process.getClass().getClassLoader();
      SessionAccess.useShipped(
          (SessionVariables) ProcessWork.bindingOf(variables, loader).getVariables());
      return process.run();
    }
  }

  /**
   * The value itself when it can be copied, else a marker that fails when the child uses it: a name
   * in the closure's code may be a string that only looks like a variable ({@code 'ping'}).
   */
  private static Object copyable(
      String builtin, String name, Object value, UnaryOperator<Object> swap) {
    try {
      writeSteadily(builtin, "variable '" + name + "'", value, swap);
      return value;
    } catch (NotSerializableException e) {
      return new ProcessWork.Missing(name, typeOf(value));
    }
  }

  private static void checkCaptured(String builtin, Closure<?> body, UnaryOperator<Object> swap) {
    for (Field field : body.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.getType() != Reference.class) {
        continue;
      }
      try {
        field.setAccessible(true);
        Object value = ((Reference<?>) field.get(body)).get();
        JvmCopies.write(value, swap);
      } catch (NotSerializableException e) {
        throw uncopyable(builtin, "variable '" + field.getName() + "'", e.getMessage());
      } catch (ReflectiveOperationException | RuntimeException e) {
        // a field Groovy made for its own use: the whole copy below will say if it cannot go
      }
    }
  }

  /** Whether the class named {@code type} is a network connection: no copy takes one elsewhere. */
  private static boolean isConnection(String type) {
    try {
      Class<?> c = Class.forName(type, false, ProcessShipping.class.getClassLoader());
      return Socket.class.isAssignableFrom(c)
          || ServerSocket.class.isAssignableFrom(c)
          || NetworkChannel.class.isAssignableFrom(c);
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // a class of the session's, or none: not one of the JDK's connections
    }
  }

  /**
   * The copy of {@code value}, made again when another task changed a list or map in it meanwhile
   * (Java serialization then fails with ConcurrentModificationException), up to {@link
   * #COPY_ATTEMPTS} times.
   *
   * @throws RuntimeError naming {@code what} when every attempt was spoiled
   */
  static byte[] writeSteadily(String builtin, String what, Object value, UnaryOperator<Object> swap)
      throws NotSerializableException {
    for (int attempt = 1; ; attempt++) {
      try {
        return JvmCopies.write(value, swap);
      } catch (ConcurrentModificationException e) {
        if (attempt == COPY_ATTEMPTS) {
          // Python's "dictionary changed size during iteration" is a RuntimeError too
          throw new RuntimeError(
              "process.changing",
              "%s: %s changed while being copied to the process, %d times in a row: another task"
                  + " changes it meanwhile; hold one lock around the change and the start, or"
                  + " pass the values as arguments",
              builtin,
              what,
              COPY_ATTEMPTS);
        }
        Thread.yield(); // let the other task finish its change
      }
    }
  }

  /**
   * A captured variable holding a synchronized list, with the list copied under its lock: the copy
   * of the list itself would not take it ({@link SynchronizedLists}).
   */
  static Object captured(Object o) {
    return o instanceof Reference<?> ref && SynchronizedLists.isOne(ref.get())
        ? new Reference<Object>(SynchronizedLists.snapshot((List<?>) ref.get()))
        : o;
  }

  private static Object methodRef(Object o) {
    if (o instanceof MethodClosure mc && mc.getOwner() instanceof Script owner) {
      return new ProcessWork.MethodRef(owner.getClass().getName(), mc.getMethod());
    }
    return o;
  }

  /** The text constants of a closure class and of the closures nested in it. */
  private static Set<String> closureStrings(Class<?> closure, Map<String, byte[]> compiled) {
    Set<String> strings = new HashSet<>();
    String prefix = closure.getName();
    compiled.forEach(
        (name, bytes) -> {
          if (name.equals(prefix) || name.startsWith(prefix + "$")) {
            strings.addAll(ConstantStrings.of(bytes));
          }
        });
    return strings;
  }

  private static Set<String> strings(byte[] bytes) {
    return bytes == null ? Set.of() : ConstantStrings.of(bytes);
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  private static MisuseError uncopyable(String builtin, String what, String type) {
    if (isConnection(type)) {
      // Python's multiprocessing hands a socket to a child (the seeds' chat server does); a JVM
      // cannot, and a thread per connection is the way here
      return new TypeError(
          "process.connection",
          "%s: %s (a %s) cannot go to another process: a connection stays in the JVM that opened"
              + " it; serve it with a thread instead, spawn(target: f, args: [conn])",
          builtin,
          what,
          type);
    }
    return new TypeError(
        "process.uncopyable",
        "%s: %s (a %s) cannot be copied to a process; pass the values it holds, or share it"
            + " through a queue, pipe or manager",
        builtin,
        what,
        type);
  }
}
