package dev.conch.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one table of built-ins. Help, completion, option checks and the README check derive from it;
 * {@link BuiltinMethods} and {@link NetBuiltins} have public methods for each entry and no others
 * (BuiltinsTest holds the two together). Immutable.
 */
public final class Builtins {
  private static final List<String> SPAWN_OPTIONS =
      List.of("name", "daemon", "kind", "args", "start", "target");
  private static final List<String> FIXED_KIND_OPTIONS =
      List.of("name", "daemon", "args", "start", "target");
  private static final List<String> QUEUE_OPTIONS = List.of("maxsize", "name");

  public static final List<Builtin> ALL =
      List.of(
          new Builtin(
              "spawn",
              "spawn([name:, daemon:, kind: 'thread'|'virtual'|'process'|'coroutine', args: [],"
                  + " start: true])"
                  + " { … } | spawn(target: f, [args:, name:, …])",
              SPAWN_OPTIONS,
              "t = spawn(name: 'sing') { 3.times { println \"la $it\"; sleep 300 } }"),
          new Builtin(
              "thread",
              "thread([name:, daemon:, args:, start:]) { … } | thread(target: f, [args:, name:, …])",
              FIXED_KIND_OPTIONS,
              "thread { println current().name }"),
          new Builtin(
              "virtual",
              "virtual([name:, daemon:, args:, start:]) { … } | virtual(target: f, [args:, name:, …])",
              FIXED_KIND_OPTIONS,
              "1000.times { virtual { sleep 100 } }"),
          new Builtin(
              "process",
              "process([name:, daemon:, args:, start:]) { … } | process(target: f, [args:, name:, …])",
              FIXED_KIND_OPTIONS,
              "money = 100; p = process { money = 200; println \"child ${pid()}: $money\" };"
                  + " p.join(); println \"parent ${pid()}: $money\""),
          new Builtin(
              "coroutine",
              "coroutine([name:, daemon:, args:, start:]) { … } | coroutine(target: f, [args:, name:, …])",
              FIXED_KIND_OPTIONS,
              "3.times { n -> coroutine(name: \"c$n\") { 2.times { println \"$n.$it\"; sleep 10 } } }"),
          new Builtin(
              "yield",
              "yield() | yield value",
              List.of(),
              "g = generator { yield 1; yield 2 }; println next(g) + next(g)"),
          new Builtin(
              "generator",
              "generator([name]) { … yield value … }",
              List.of(),
              "g = generator { 3.times { yield it * 10 } }; for (v in g) println v"),
          new Builtin(
              "next", "next(generator)", List.of(), "g = generator { yield 'a' }; println next(g)"),
          new Builtin("current", "current()", List.of(), "println current().name"),
          new Builtin("tasks", "tasks()", List.of(), "tasks().each { println it.name }"),
          new Builtin("active", "active()", List.of(), "println active().size()"),
          new Builtin("sleep", "sleep(ms)", List.of(), "sleep 500"),
          new Builtin(
              "lock",
              "lock([name])",
              List.of(),
              "a = lock('a'); a.withLock { println 'only one task at a time here' }"),
          new Builtin(
              "rlock",
              "rlock([name])",
              List.of(),
              "r = rlock('r'); r.withLock { r.withLock { println 'taken twice' } }"),
          new Builtin("cores", "cores", List.of(), "println cores"),
          new Builtin("pid", "pid()", List.of(), "println pid()"),
          new Builtin("ppid", "ppid()", List.of(), "println ppid()"),
          new Builtin(
              "queue",
              "queue([maxsize], [name])",
              QUEUE_OPTIONS,
              "q = queue(2, 'jobs'); q << 'a' << 'b'; println q.get()"),
          new Builtin(
              "lifoQueue",
              "lifoQueue([maxsize], [name])",
              QUEUE_OPTIONS,
              "s = lifoQueue(); s << 1 << 2 << 3; println s.get()"),
          new Builtin(
              "priorityQueue",
              "priorityQueue([maxsize], [name])",
              QUEUE_OPTIONS,
              "p = priorityQueue(); p << [2, 'later'] << [1, 'first']; println p.get()"),
          new Builtin(
              "joinableQueue",
              "joinableQueue([maxsize], [name])",
              QUEUE_OPTIONS,
              "q = joinableQueue(); spawn { for (j in q.takeUntil(null)) { println j; q.task_done() } };"
                  + " q << 'a' << 'b'; q.join(); q << null"),
          new Builtin(
              "semaphore",
              "semaphore([n], [name])",
              List.of(),
              "s = semaphore(2, 's'); 4.times { spawn { s.withLock { sleep 300 } } }"),
          new Builtin(
              "boundedSemaphore",
              "boundedSemaphore([n], [name])",
              List.of(),
              "s = boundedSemaphore(1, 's'); s.acquire(); s.release()"),
          new Builtin(
              "event",
              "event([name])",
              List.of(),
              "e = event('go'); spawn { e.wait(); println 'off we go' }; e.set()"),
          new Builtin(
              "condition",
              "condition([lock], [name])",
              List.of(),
              "c = condition('c'); ready = false; spawn { c.withLock { c.wait_for { ready } } }"
                  + "; c.withLock { ready = true; c.notify_all() }"),
          new Builtin(
              "barrier",
              "barrier(n, [name], [timeout: s]) [{ action }]",
              List.of("name", "action", "timeout"),
              "b = barrier(2, 'b') { println 'all here' }; spawn { b.wait() }; b.wait()"),
          new Builtin(
              "pool",
              "pool([n], [name:, kind: 'thread'|'virtual'|'process']) [{ p -> … }]",
              List.of("name", "kind", "processes"),
              "pool(2) { p -> p.map(1..10) { it * it } }"),
          new Builtin(
              "executor",
              "executor([n], [name:, kind: 'thread'|'virtual'|'process']) [{ ex -> … }]",
              List.of("name", "kind", "max_workers"),
              "executor(2) { ex -> ex.submit({ a, b -> a + b }, 1, 2).result() }"),
          new Builtin(
              "as_completed",
              "as_completed(futures, [timeout])",
              List.of(),
              "for (f in as_completed(futures)) { println f.result() }"),
          new Builtin(
              "asCompleted",
              "asCompleted(futures, [timeout])",
              List.of(),
              "asCompleted(futures).each { println it.result() }"),
          new Builtin(
              "pipe",
              "pipe([duplex: true, name:])",
              List.of("duplex", "name"),
              "def (a, b) = pipe(); a.send('ping'); println b.recv()"),
          new Builtin(
              "manager",
              "manager([name]) [{ m -> … }]",
              List.of(),
              "manager { m -> d = m.dict(); d['a'] = 1; v = m.value(0); v.update { it + 1 } }"),
          new Builtin(
              "time", "time([label]) { … }", List.of(), "time('sum') { (1..1_000_000).sum() }"),
          new Builtin(
              "scale",
              "scale([upTo: cores | workers: [1, 2, 4], repeat: 1, warmup: 1]) { n -> … }",
              List.of("upTo", "workers", "repeat", "warmup"),
              "scale { n -> pool(n) { p -> p.map(1..20000) { int k -> isPrime(k) } } }"
                  + "   // or split the work in n parts: scale(repeat: 3) { n ->"
                  + " (0..<n).collect { i -> spawn { countPrimes(i, n) } }*.join() }"),
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
              "r = sweep('10.213.0.0/24'); println r.alive   // in the lab: ./shell lab shell"),
          new Builtin(
              "fetch",
              "fetch(url, [timeout: 30, headers: [:], method: 'GET', body:, check: false])",
              List.of("timeout", "headers", "method", "body", "check"),
              "s = serve(dir); p = fetch(s.url); println p.status; println p.html.title()"),
          new Builtin(
              "serve",
              "serve(dir, [latency: 0, rate: '8 MiB/s', port: 0, host: '127.0.0.1'])",
              List.of("latency", "rate", "port", "host"),
              "s = serve('/tmp', latency: 40); println s.url; s.log.each { println it }; s.stop()"),
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
                  + " r.each { println \"$it.name $it.size\" }"),
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
              "rows = geo(['8.8.8.8', '1.1.1.1'], into: 'ips'); sql 'select ip, city from ips'"),
          new Builtin(
              "database",
              "database([url, user:, password:])",
              List.of("user", "password"),
              "db = database(); db.execute('create table if not exists t (x int)');"
                  + " db.rows('select * from t')"),
          new Builtin(
              "sql",
              "sql([db,] 'select …')",
              List.of(),
              "sql 'select country, count(*) as n from ips group by country'"));

  private static final Map<String, Builtin> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Builtin::name, b -> b));

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
    for (Object key : given.keySet()) {
      if (builtin.options().stream().noneMatch(o -> Spellings.SHIPPED.sameName(key, o))) {
        throw new UsageError(builtin, "usage.option.unknown", key);
      }
    }
  }
}
