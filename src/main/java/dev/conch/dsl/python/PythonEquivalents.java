package dev.conch.dsl.python;

import dev.conch.net.fetch.Page;
import dev.conch.runtime.sync.Semaphore;
import dev.conch.runtime.task.Generator;
import dev.conch.runtime.task.Task;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one table of what the seed tutorials write in Python and how Conch writes it: the hints for a
 * name that is not defined, {@code /help time.sleep} and "did you mean" all read it. A row may have
 * a note, the bundle entry {@code python.note.<note>} ("milliseconds: sleep 1000 is one second").
 * Immutable.
 */
public final class PythonEquivalents {
  /**
   * One Python spelling and Conch's.
   *
   * @param python as the tutorials write it, {@code time.sleep(s)}
   * @param conch as Conch writes it, {@code sleep ms}
   * @param note the key of a note after {@code python.note.}, or empty
   */
  public record Equivalent(String python, String conch, String note) {
    private static final Pattern CALL = Pattern.compile("[(\\s=].*$");

    /** The name as code uses it: {@code time.sleep}, {@code True}, {@code Thread}. */
    public String dotted() {
      return CALL.matcher(python).replaceFirst("");
    }

    /** The first name of the spelling, the one a compiler reports as not defined: {@code time}. */
    public String head() {
      String dotted = dotted();
      int dot = dotted.indexOf('.');
      return dot < 0 ? dotted : dotted.substring(0, dot);
    }
  }

  /** Every row, the likeliest first where several share a first name. */
  public static final List<Equivalent> ALL =
      List.of(
          row("time.sleep(s)", "sleep ms", "ms"),
          row("time.time()", "System.currentTimeMillis() / 1000", "time"),
          row("time.ctime()", "new Date()", ""),
          row("time.perf_counter()", "System.nanoTime() / 1e9", "time"),
          row("ctime()", "new Date()", ""),
          row("True", "true", ""),
          row("False", "false", ""),
          row("None", "null", ""),
          row("print(x)", "println x", "print"),
          row("exit()", "/exit", "eof"),
          row("quit()", "/exit", "eof"),
          row("help()", "/help", ""),
          row("range(n)", "0..<n", "range"),
          row("len(x)", "x.size()", ""),
          row("sum(xs)", "xs.sum()", ""),
          row("max(xs)", "xs.max()", "max"),
          row("min(xs)", "xs.min()", "min"),
          row("sorted(xs)", "xs.toSorted()", ""),
          row("abs(x)", "Math.abs(x)", ""),
          row("round(x)", "Math.round(x)", ""),
          row("str(x)", "\"${x}\"", ""),
          row("int(s)", "s as int", ""),
          row("float(s)", "s as double", ""),
          row("list(xs)", "xs.toList()", ""),
          row("enumerate(xs)", "xs.eachWithIndex { x, i -> … }", ""),
          row("zip(xs, ys)", "[xs, ys].transpose()", ""),
          row("type(x)", "x.getClass()", ""),
          row("isinstance(x, int)", "x instanceof Integer", ""),
          row("self", "this", ""),
          row("threading.Thread(target=f)", "spawn(target: f)", "thread"),
          row("threading.current_thread()", "current()", ""),
          row("threading.enumerate()", "active()", ""),
          row("threading.active_count()", "active().size()", ""),
          row("threading.Lock()", "lock()", ""),
          row("threading.RLock()", "rlock()", ""),
          row("threading.Semaphore(n)", "semaphore(n)", ""),
          row("threading.Event()", "event()", ""),
          row("threading.Condition()", "condition()", ""),
          row("threading.Timer(s, f)", "spawn { sleep ms; f() }", "ms"),
          row("Thread(target=f)", "spawn(target: f)", "thread"),
          row("current_thread()", "current()", ""),
          row("getName()", "current().name", ""),
          row("Lock()", "lock()", ""),
          row("RLock()", "rlock()", ""),
          row("Semaphore(n)", "semaphore(n)", ""),
          row("BoundedSemaphore(n)", "boundedSemaphore(n)", ""),
          row("Event()", "event()", ""),
          row("Condition()", "condition()", ""),
          row("Barrier(n)", "barrier(n)", ""),
          row("queue.Queue()", "queue()", ""),
          row("queue.LifoQueue()", "lifoQueue()", ""),
          row("queue.PriorityQueue()", "priorityQueue()", ""),
          row("Queue()", "queue()", ""),
          row("LifoQueue()", "lifoQueue()", ""),
          row("PriorityQueue()", "priorityQueue()", ""),
          row("JoinableQueue()", "joinableQueue()", ""),
          row("multiprocessing.Process(target=f)", "process(target: f)", ""),
          row("multiprocessing.Pool(n)", "pool(n, kind: 'process')", ""),
          row("multiprocessing.Queue()", "queue()", ""),
          row("multiprocessing.Manager()", "manager()", ""),
          row("multiprocessing.cpu_count()", "cores", ""),
          row("Process(target=f)", "process(target: f)", ""),
          row("Pool(n)", "pool(n)", "pool"),
          row("ThreadPool(n)", "pool(n)", ""),
          row("ThreadPoolExecutor(n)", "executor(n)", ""),
          row("ProcessPoolExecutor(n)", "executor(n, kind: 'process')", ""),
          row("Manager()", "manager()", ""),
          row("Value('i', 0)", "manager().value(0)", ""),
          row("Array('i', xs)", "manager().list()", ""),
          row("Pipe()", "pipe()", ""),
          row("cpu_count()", "cores", ""),
          row("os.getpid()", "pid()", ""),
          row("os.getppid()", "ppid()", ""),
          row("os.cpu_count()", "cores", ""),
          row("os.fork()", "process { … }", ""),
          row("os.path.exists(p)", "new File(p).exists()", ""),
          row("os.listdir(d)", "new File(d).list()", ""),
          row("os.mkdir(d)", "new File(d).mkdir()", ""),
          row("getpid()", "pid()", ""),
          row("getppid()", "ppid()", ""),
          row("pid", "pid()", ""),
          row("ppid", "ppid()", ""),
          row("gevent.spawn(f, n)", "coroutine(f, n)", ""),
          row("gevent.joinall(gs)", "gs*.join()", ""),
          row("gevent.sleep(s)", "sleep ms", "ms"),
          row("gevent.getcurrent()", "current()", ""),
          row("monkey.patch_all()", "—", "patch"),
          row("greenlet(f)", "coroutine(start: false) { f() }", "greenlet"),
          row("await t", "t.join()", ""),
          row("asyncio.run(main())", "coroutine { main() }.join()", ""),
          row("asyncio.create_task(c)", "coroutine { … }", ""),
          row("asyncio.gather(a, b)", "[a, b]*.join()", ""),
          row("asyncio.sleep(s)", "sleep ms", "ms"),
          row("asyncio.wait(ts)", "ts*.join()", ""),
          row("asyncio.get_event_loop()", "coroutine { … }", "loop"),
          row("random.randint(a, b)", "new Random().nextInt(a, b + 1)", ""),
          row("random.random()", "Math.random()", ""),
          row("random.randrange(n)", "new Random().nextInt(n)", ""),
          row("random.choice(xs)", "xs[new Random().nextInt(xs.size())]", ""),
          row("json.dumps(x)", "groovy.json.JsonOutput.toJson(x)", ""),
          row("json.loads(s)", "new groovy.json.JsonSlurper().parseText(s)", ""),
          row("json.load(f)", "new groovy.json.JsonSlurper().parse(file)", ""),
          row("json.dump(x, f)", "file.text = groovy.json.JsonOutput.toJson(x)", ""),
          row("open(path)", "new File(path)", "open"),
          row("requests.get(url)", "fetch(url)", ""),
          row("urllib.request.urlopen(url)", "fetch(url)", ""),
          row("aiohttp.ClientSession()", "fetch(url)", ""),
          row("BeautifulSoup(html)", "fetch(url).html", ""),
          row("create_engine(url)", "database(url)", ""),
          row("socket.socket()", "new Socket(host, port)", ""),
          row("os.system(cmd)", "cmd.execute()", ""),
          row("os.popen(cmd)", "cmd.execute().text", ""),
          row("not x", "!x", ""),
          row("pass", "{ }", ""),
          row("sys.exit()", "return", ""),
          row("dict()", "[:]", ""),
          row("set()", "[] as Set", ""),
          // methods of Python's own types, said when a value of that kind has no such method
          row("list.append(x)", "xs << x", "add"),
          row("list.extend(ys)", "xs.addAll(ys)", ""),
          row("list.insert(i, x)", "xs.add(i, x)", ""),
          row("list.index(x)", "xs.indexOf(x)", ""),
          row("list.copy()", "new ArrayList(xs)", ""),
          row("str.upper()", "s.toUpperCase()", ""),
          row("str.lower()", "s.toLowerCase()", ""),
          row("str.strip()", "s.trim()", ""),
          row("str.lstrip()", "s.stripLeading()", ""),
          row("str.rstrip()", "s.stripTrailing()", ""),
          row("str.startswith(p)", "s.startsWith(p)", ""),
          row("str.endswith(p)", "s.endsWith(p)", ""),
          row("str.join(xs)", "xs.join(s)", ""),
          row("str.isdigit()", "s.isNumber()", ""),
          row("str.splitlines()", "s.readLines()", ""),
          row("str.encode()", "s.getBytes('UTF-8')", ""),
          row("str.format(x)", "\"${x}\"", "format"),
          row("dict.items()", "m.each { k, v -> … }", "items"),
          row("dict.keys()", "m.keySet()", ""),
          row("dict.update(other)", "m.putAll(other)", ""),
          row("dict.setdefault(k, v)", "m.get(k, v)", ""),
          row("dict.pop(k)", "m.remove(k)", ""),
          row("dict.has_key(k)", "m.containsKey(k)", ""),
          row("set.discard(x)", "s.remove(x)", ""),
          row("set.difference(t)", "s - t", ""),
          row("set.intersection(t)", "s.intersect(t)", ""),
          row("set.issubset(t)", "t.containsAll(s)", ""),
          row("bytes.decode()", "new String(b, 'UTF-8')", ""),
          // members of what Python's libraries give, said when Conch's own value lacks them
          row("response.status_code", "page.status", ""),
          row("response.content", "page.bytes", ""),
          row("response.raise_for_status()", "fetch(url, check: true)", ""),
          row("semaphore.get_value()", "sem.free()", ""),
          row("greenlet.value", "t.result", ""),
          row("greenlet.get()", "t.result", ""),
          row("generator.__next__()", "next(g)", ""),
          row("generator.send(x)", "q.put(x), and q.get() in the generator", "send"));

  /**
   * Python's name for the kind of value a row's method belongs to, by the Java type it is here: a
   * requests response is a fetched {@link Page}, a gevent greenlet a {@link Task}.
   */
  private static final Map<String, Class<?>> KINDS =
      Map.of(
          "list", List.class,
          "str", CharSequence.class,
          "dict", Map.class,
          "set", Set.class,
          "bytes", byte[].class,
          "response", Page.class,
          "semaphore", Semaphore.class,
          "greenlet", Task.class,
          "generator", Generator.class);

  private PythonEquivalents() {}

  private static Equivalent row(String python, String conch, String note) {
    return new Equivalent(python, conch, note);
  }

  /**
   * The row for {@code name}, a name that {@code code} uses and that is not defined: of the rows
   * with that first name, the one whose dotted name {@code code} spells ({@code time.time}), else
   * the likeliest. {@code code} may be empty when unknown.
   */
  public static Optional<Equivalent> forName(String name, String code) {
    List<Equivalent> rows = named().filter(e -> e.head().equals(name)).toList();
    return rows.stream()
        .filter(e -> e.dotted().contains(".") && spells(code, e.dotted()))
        .findFirst()
        .or(() -> rows.stream().findFirst());
  }

  /**
   * The rows of what a name stands for (a function, a module's member, a keyword), without those of
   * a member of a value ({@code list.append}): a learner's variable named {@code response} that is
   * not defined is not a page.
   */
  private static Stream<Equivalent> named() {
    return ALL.stream().filter(e -> !(KINDS.containsKey(e.head()) && e.dotted().contains(".")));
  }

  /**
   * The dotted name {@code code} spells for a module the table knows, {@code name}, when no row has
   * it ({@code threading.local}); empty when a row of {@code name} is spelled, or none is.
   */
  public static Optional<String> unknownMember(String name, String code) {
    List<Equivalent> rows =
        named().filter(e -> e.head().equals(name) && e.dotted().contains(".")).toList();
    if (rows.isEmpty() || rows.stream().anyMatch(e -> spells(code, e.dotted()))) {
      return Optional.empty();
    }
    Matcher member = Pattern.compile(spelled(name) + "\\s*\\.\\s*(\\w+)").matcher(code);
    return member.find() ? Optional.of(name + "." + member.group(1)) : Optional.empty();
  }

  /**
   * The row a help topic names: its dotted name ({@code time.sleep}) or its first name ({@code
   * Thread}), in any case when no row has it in the same case.
   */
  public static Optional<Equivalent> forWord(String word) {
    String bare = word.replaceFirst("\\(.*$", "");
    return ALL.stream()
        .filter(e -> e.dotted().equals(bare))
        .findFirst()
        .or(() -> forName(bare, ""))
        .or(
            () ->
                ALL.stream()
                    .filter(
                        e ->
                            e.dotted()
                                .toLowerCase(Locale.ROOT)
                                .equals(bare.toLowerCase(Locale.ROOT)))
                    .findFirst());
  }

  /**
   * The row for method or attribute {@code name} of Python's type that a value of {@code type}
   * stands for here ({@code append} of a list, {@code status_code} of a page), when Python has it
   * and Conch spells it otherwise.
   */
  public static Optional<Equivalent> forMethod(Class<?> type, String name) {
    for (Map.Entry<String, Class<?>> kind : KINDS.entrySet()) {
      if (type != null && kind.getValue().isAssignableFrom(type)) {
        String dotted = kind.getKey() + "." + name;
        return ALL.stream().filter(e -> e.dotted().equals(dotted)).findFirst();
      }
    }
    return Optional.empty();
  }

  /** The Java type that values of Python's kind {@code kind} ({@code list}) are here, or null. */
  public static Class<?> kind(String kind) {
    return KINDS.get(kind);
  }

  /**
   * The row of a module's function that {@code code} calls ({@code threading.Thread(…)}), the first
   * in the table's order; for a line that does not compile.
   */
  public static Optional<Equivalent> calledIn(String code) {
    return ALL.stream()
        .filter(e -> e.dotted().contains(".") && e.python().contains("("))
        .filter(e -> Pattern.compile(spelled(e.dotted()) + "\\s*\\(").matcher(code).find())
        .findFirst();
  }

  private static String spelled(String dotted) {
    return "(?<![\\w.])" + Pattern.quote(dotted) + "(?!\\w)";
  }

  private static boolean spells(String code, String dotted) {
    return Pattern.compile(spelled(dotted)).matcher(code).find();
  }
}
