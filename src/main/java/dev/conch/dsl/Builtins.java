package dev.conch.dsl;

import dev.conch.dsl.extensions.Spellings;
import dev.conch.dsl.net.NetBuiltins;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of built-ins, each row naming the class that implements it ({@link TaskBuiltins},
 * {@link SyncBuiltins}, {@link QueueBuiltins}, {@link PoolBuiltins}, {@link NetBuiltins}). Help,
 * completion, option checks, the imports of every script and the README check derive from it; each
 * owner has public static methods for its rows and no others (BuiltinsTest holds them together).
 * Immutable.
 */
public final class Builtins {
  private static final List<String> SPAWN_OPTIONS =
      List.of("name", "daemon", "kind", "args", "start", "target");
  private static final List<String> FIXED_KIND_OPTIONS =
      List.of("name", "daemon", "args", "start", "target");
  private static final List<String> QUEUE_OPTIONS = List.of("maxsize", "name", "redis");

  /** Every built-in, with the class that implements it. */
  public static final List<Builtin> ALL =
      List.of(
          new Builtin(
              "spawn",
              "spawn([name:, daemon:, kind: 'thread'|'virtual'|'process'|'coroutine', args: [],"
                  + " start: true])"
                  + " { … } | spawn(target: f, [args:, name:, …]) | spawn(f, arg, …)",
              SPAWN_OPTIONS,
              "t = spawn(name: 'sing') { 3.times { println \"la $it\"; sleep 300 } }",
              TaskBuiltins.class),
          new Builtin(
              "thread",
              "thread([name:, daemon:, args:, start:]) { … } | thread(target: f, [args:, name:, …])"
                  + " | thread(f, arg, …)",
              FIXED_KIND_OPTIONS,
              "thread { println current().name }",
              TaskBuiltins.class),
          new Builtin(
              "virtual",
              "virtual([name:, daemon:, args:, start:]) { … } | virtual(target: f, [args:, name:, …])"
                  + " | virtual(f, arg, …)",
              FIXED_KIND_OPTIONS,
              "1000.times { virtual { sleep 100 } }",
              TaskBuiltins.class),
          new Builtin(
              "process",
              "process([name:, daemon:, args:, start:]) { … } | process(target: f, [args:, name:, …])"
                  + " | process(f, arg, …)",
              FIXED_KIND_OPTIONS,
              "money = 100; p = process { money = 200; println \"child ${pid()}: $money\" };"
                  + " p.join(); println \"parent ${pid()}: $money\"",
              TaskBuiltins.class),
          new Builtin(
              "coroutine",
              "coroutine([name:, daemon:, args:, start:]) { … } | coroutine(target: f, [args:, name:, …])"
                  + " | coroutine(f, arg, …)",
              FIXED_KIND_OPTIONS,
              "3.times { n -> coroutine(name: \"c$n\") { 2.times { println \"$n.$it\"; sleep 10 } } }",
              TaskBuiltins.class),
          new Builtin(
              "yield",
              "yield() | yield value",
              List.of(),
              "g = generator { yield 1; yield 2 }; println next(g) + next(g)",
              TaskBuiltins.class),
          new Builtin(
              "generator",
              "generator([name]) { … yield value … }",
              List.of(),
              "g = generator { 3.times { yield it * 10 } }; for (v in g) println v",
              TaskBuiltins.class),
          new Builtin(
              "next",
              "next(generator)",
              List.of(),
              "g = generator { yield 'a' }; println next(g)",
              TaskBuiltins.class),
          new Builtin(
              "current", "current()", List.of(), "println current().name", TaskBuiltins.class),
          new Builtin(
              "tasks",
              "tasks()",
              List.of(),
              "tasks().each { println it.name }",
              TaskBuiltins.class),
          new Builtin(
              "active", "active()", List.of(), "println active().size()", TaskBuiltins.class),
          new Builtin("sleep", "sleep(ms)", List.of(), "sleep 500", TaskBuiltins.class),
          new Builtin(
              "input",
              "input([prompt])",
              List.of(),
              "name = input('your name: '); println \"hello $name\"",
              TaskBuiltins.class),
          new Builtin(
              "races",
              "races() | races(false) | races(true)",
              List.of(),
              "counter = 0; (1..2).collect { spawn { 1000.times { counter++ } } }*.join()",
              TaskBuiltins.class),
          new Builtin(
              "lock",
              "lock([name]) | lock(name, redis: URL)",
              List.of("name", "redis"),
              "a = lock('a'); a.withLock { println 'only one task at a time here' }",
              SyncBuiltins.class),
          new Builtin(
              "rlock",
              "rlock([name])",
              List.of(),
              "r = rlock('r'); r.withLock { r.withLock { println 'taken twice' } }",
              SyncBuiltins.class),
          new Builtin("cores", "cores", List.of(), "println cores", TaskBuiltins.class),
          new Builtin("pid", "pid()", List.of(), "println pid()", TaskBuiltins.class),
          new Builtin("ppid", "ppid()", List.of(), "println ppid()", TaskBuiltins.class),
          new Builtin(
              "queue",
              "queue([maxsize], [name])",
              QUEUE_OPTIONS,
              "q = queue(2, 'jobs'); q << 'a' << 'b'; println q.get()",
              QueueBuiltins.class),
          new Builtin(
              "lifoQueue",
              "lifoQueue([maxsize], [name])",
              QUEUE_OPTIONS,
              "s = lifoQueue(); s << 1 << 2 << 3; println s.get()",
              QueueBuiltins.class),
          new Builtin(
              "priorityQueue",
              "priorityQueue([maxsize], [name])",
              QUEUE_OPTIONS,
              "p = priorityQueue(); p << [2, 'later'] << [1, 'first']; println p.get()",
              QueueBuiltins.class),
          new Builtin(
              "joinableQueue",
              "joinableQueue([maxsize], [name])",
              QUEUE_OPTIONS,
              "q = joinableQueue(); spawn { for (j in q.takeUntil(null)) { println j; q.task_done() } };"
                  + " q << 'a' << 'b'; q.join(); q << null",
              QueueBuiltins.class),
          new Builtin(
              "semaphore",
              "semaphore([n], [name])",
              List.of(),
              "s = semaphore(2, 's'); 4.times { spawn { s.withLock { sleep 300 } } }",
              SyncBuiltins.class),
          new Builtin(
              "boundedSemaphore",
              "boundedSemaphore([n], [name])",
              List.of(),
              "s = boundedSemaphore(1, 's'); s.acquire(); s.release()",
              SyncBuiltins.class),
          new Builtin(
              "event",
              "event([name])",
              List.of(),
              "e = event('go'); spawn { e.wait(); println 'off we go' }; e.set()",
              SyncBuiltins.class),
          new Builtin(
              "condition",
              "condition([lock], [name])",
              List.of(),
              "c = condition('c'); ready = false; spawn { c.withLock { c.wait_for { ready } } }"
                  + "; c.withLock { ready = true; c.notify_all() }",
              SyncBuiltins.class),
          new Builtin(
              "barrier",
              "barrier(n, [name], [timeout: s]) [{ action }]",
              List.of("name", "action", "timeout"),
              "b = barrier(2, 'b') { println 'all here' }; spawn { b.wait() }; b.wait()",
              SyncBuiltins.class),
          new Builtin(
              "pool",
              "pool([n], [name:, kind: 'thread'|'virtual'|'process']) [{ p -> … }]",
              List.of("name", "kind", "processes"),
              "pool(2) { p -> p.map(1..10) { it * it } }",
              PoolBuiltins.class),
          new Builtin(
              "executor",
              "executor([n], [name:, kind: 'thread'|'virtual'|'process']) [{ ex -> … }]",
              List.of("name", "kind", "max_workers"),
              "executor(2) { ex -> ex.submit({ a, b -> a + b }, 1, 2).result() }",
              PoolBuiltins.class),
          new Builtin(
              "as_completed",
              "as_completed(futures, [timeout])",
              List.of(),
              "for (f in as_completed(futures)) { println f.result() }",
              PoolBuiltins.class),
          new Builtin(
              "asCompleted",
              "asCompleted(futures, [timeout])",
              List.of(),
              "asCompleted(futures).each { println it.result() }",
              PoolBuiltins.class),
          new Builtin(
              "pipe",
              "pipe([duplex: true, name:])",
              List.of("duplex", "name"),
              "def (a, b) = pipe(); a.send('ping'); println b.recv()",
              QueueBuiltins.class),
          new Builtin(
              "manager",
              "manager([name]) [{ m -> … }]",
              List.of(),
              "manager { m -> d = m.dict(); d['a'] = 1; v = m.value(0); v.update { it + 1 } }",
              QueueBuiltins.class),
          new Builtin(
              "time",
              "time([label]) { … }",
              List.of(),
              "time('sum') { (1..1_000_000).sum() }",
              PoolBuiltins.class),
          new Builtin(
              "scale",
              "scale([upTo: cores | workers: [1, 2, 4], repeat: 1, warmup: 1]) { n -> … }",
              List.of("upTo", "workers", "repeat", "warmup"),
              "scale { n -> pool(n) { p -> p.map(1..20000) { int k -> isPrime(k) } } }"
                  + "   // or split the work in n parts: scale(repeat: 3) { n ->"
                  + " (0..<n).collect { i -> spawn { countPrimes(i, n) } }*.join() }",
              PoolBuiltins.class),
          new Builtin(
              "sweep",
              "sweep(targets, [probe: 'auto'|'icmp'|'tcp'|'ping', ports: [80, 443, 22],"
                  + " timeout: 500, retries: 0, backoff: 1.5, interval: 1, workers:, limit: 4096,"
                  + " quiet: false])",
              List.of(
                  "probe",
                  "ports",
                  "timeout",
                  "retries",
                  "backoff",
                  "interval",
                  "workers",
                  "limit",
                  "quiet"),
              "r = sweep('10.213.0.0/24'); println r.alive   // in the lab: ./shell lab shell",
              NetBuiltins.class),
          new Builtin(
              "fetch",
              "fetch(url, [timeout: 30, headers: [:], method: 'GET', body:, check: false])",
              List.of("timeout", "headers", "method", "body", "check"),
              "s = serve(dir); p = fetch(s.url); println p.status; println p.html.title()",
              NetBuiltins.class),
          new Builtin(
              "serve",
              "serve(dir, [latency: 0, rate: '8 MiB/s', port: 0, host: '127.0.0.1'])",
              List.of("latency", "rate", "port", "host"),
              "s = serve('/tmp', latency: 40); println s.url; s.log.each { println it }; s.stop()",
              NetBuiltins.class),
          new Builtin(
              "download",
              "download(urls, [to: '.', workers: 8, perHost:, segments: 1, retries: 3, timeout: 10,"
                  + " sha256:, names: [:], quiet: false])",
              List.of(
                  "to",
                  "workers",
                  "perHost",
                  "segments",
                  "retries",
                  "timeout",
                  "sha256",
                  "names",
                  "quiet"),
              "s = serve('site'); r = download(['a.bin', 'b.bin'].collect { s.url + it }, to: 'got');"
                  + " r.each { println \"$it.name $it.size\" }",
              NetBuiltins.class),
          new Builtin(
              "geo",
              "geo(ip | ips, [provider: 'auto'|'offline'|'ip-api', database:, url:, fields: [],"
                  + " into: 'ips', db:, parallel: 4, timeout: 10, quiet: false])",
              List.of(
                  "provider",
                  "database",
                  "url",
                  "fields",
                  "into",
                  "db",
                  "parallel",
                  "timeout",
                  "quiet"),
              "rows = geo(['8.8.8.8', '1.1.1.1'], into: 'ips'); sql 'select ip, city from ips'",
              NetBuiltins.class),
          new Builtin(
              "database",
              "database([url, user:, password:])",
              List.of("user", "password"),
              "db = database(); db.execute('create table if not exists t (x int)');"
                  + " db.rows('select * from t')",
              NetBuiltins.class),
          new Builtin(
              "sql",
              "sql([db,] 'select …')",
              List.of(),
              "sql 'select country, count(*) as n from ips group by country'",
              NetBuiltins.class));

  /**
   * The classes that implement the built-ins, in the table's order: their static methods are
   * star-imported into every script and class a learner compiles, and calls are bound to them.
   */
  public static final List<Class<?>> OWNERS =
      ALL.stream().<Class<?>>map(Builtin::owner).distinct().toList();

  private static final Map<String, Builtin> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Builtin::name, b -> b));

  /** Each built-in's options in both spellings, so that checking a call's options is a lookup. */
  private static final Map<String, Set<String>> SPELLED_OPTIONS =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Builtin::name, Builtins::spellings));

  private Builtins() {}

  public static Optional<Builtin> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * Checks the named options given to {@code name} against the table, each in either of its
   * spellings ({@code max_workers:} or {@code maxWorkers:}, see {@link Spellings}).
   *
   * @throws UsageError naming the first unknown option, with the synopsis
   */
  public static void checkOptions(String name, Map<?, ?> given) {
    if (given.isEmpty()) {
      return;
    }
    Builtin builtin = find(name).orElseThrow();
    Set<String> accepted = SPELLED_OPTIONS.get(name);
    for (Object key : given.keySet()) {
      // a lookup, not a walk: a line that spawns 100,000 tasks checks 100,000 times
      if (key == null || !accepted.contains(key)) {
        throw new UsageError(builtin, "usage.option.unknown", key);
      }
    }
  }

  private static Set<String> spellings(Builtin builtin) {
    Set<String> all = new HashSet<>(builtin.options());
    builtin.options().forEach(o -> Spellings.SHIPPED.twin(o).ifPresent(all::add));
    return Set.copyOf(all);
  }
}
