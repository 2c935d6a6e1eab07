// D01 A queue in Redis: two consumer processes, one killed, no job lost
// A producer puts 1,000 jobs in a queue that lives in a Redis server; two consumer processes (child
// JVMs, each with its own connection, as two machines would be) take them. In the middle of the run
// one consumer is killed with SIGKILL, a job in its hands. get() had moved that job into the
// consumer's in-flight list; once the dead consumer stops renewing its heartbeat (3 s), the other
// consumer's next get puts it back in the queue. Every job is done; a job that was cut off after its
// work but before task_done() runs twice: delivery is at least once (see /help redis).
// With no argument the script starts its own redis-server on a free loopback port (Debian's package:
// apt-get install redis-server); or name one: ./shell scripts/distributed/D01-redis-queue.groovy
// redis://127.0.0.1:6379/0

// Starts redis-server on a free loopback port with no persistence; returns [its URL, its process].
def startRedis() {
  int port = new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
  def dir = java.nio.file.Files.createTempDirectory('conch-d01').toFile()
  def server = new ProcessBuilder('redis-server', '--port', "$port", '--bind', '127.0.0.1',
      '--save', '', '--appendonly', 'no', '--dir', dir.path).redirectErrorStream(true)
      .redirectOutput(new File(dir, 'log')).start()
  long deadline = System.currentTimeMillis() + 10_000
  while (System.currentTimeMillis() < deadline) {
    try { new Socket('127.0.0.1', port).close(); return ["redis://127.0.0.1:$port/0", server] }
    catch (IOException notYet) { sleep 20 }
  }
  server.destroy()
  throw new IllegalStateException("redis-server did not start: ${new File(dir, 'log').text}")
}

def (url, server) = args ? [args[0], null] : startRedis()
try {
  jobs = queue('d01-jobs', redis: url)
  done = queue('d01-done', redis: url)
  jobs.clear(); done.clear()
  1000.times { jobs << it }
  println "put 1,000 jobs in ${jobs.label()}"

  def consumer = { String name ->
    def todo = queue('d01-jobs', redis: url)
    def finished = queue('d01-done', redis: url)
    for (job in todo.takeUntil(null)) {
      sleep 5 // the work
      finished << [job: job, by: name]
      todo.task_done()
    }
  }
  def a = process(name: 'consumer-a', args: ['a'], consumer)
  def b = process(name: 'consumer-b', args: ['b'], consumer)

  def seen = [] as Set
  def twice = []
  def by = [a: 0, b: 0]
  def collect = { int upTo ->
    while (seen.size() < upTo) {
      def d = done.get(true, 60)
      if (!seen.add(d.job)) twice << d.job
      by[d.by] += 1
      done.task_done()
    }
  }
  collect(200)
  a.kill()
  a.join()
  println "killed consumer-a (SIGKILL) after 200 or more jobs were done, with a job in its hands"
  collect(1000)
  jobs << null // the sentinel: consumer-b stops
  b.join()
  println "${seen.size()} of 1,000 jobs done: ${by.a} by consumer-a before it was killed, ${by.b} by consumer-b"
  println "ran twice: ${twice.sort()}"
} finally {
  server?.destroy()
}
