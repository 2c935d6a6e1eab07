// P23 apply, map and map_async on a pool of processes
// Three ways to hand work to a pool, one after the other on the same pool of three:
// - apply(fn, [args]) runs one job and waits for its value. Called in a loop it runs the jobs one
//   at a time, although three workers stand ready: the next call starts only when the last ended.
// - map(fn, list) hands the whole list out at once and waits for all of it; the values come back
//   in the order of the list, whichever job ended first. Six jobs on three workers: two rounds.
// - map_async(fn, list) hands the list out and returns at once with a result: ready() says whether
//   every job is done, get() waits for the values and gives them.
// Each job returns when it began and ended (wall-clock milliseconds, the same clock for every
// process on this machine), so main can tell whether jobs overlapped.
// The first time a worker runs a function, the function's code travels to it with the job, so the
// first calls of each function cost a little more than the later ones.
// Scaled down: the seed's map jobs sleep 1 s and its apply jobs 0.1 s; here 0.3 s and 0.1 s.

def job(msg, int millis) {
  long began = System.currentTimeMillis()
  sleep millis
  [text: "func_return: $msg".toString(), began: began, ended: System.currentTimeMillis()]
}
def quick(msg) { job(msg, 100) }
def slow(msg) { job(msg, 300) }

// whether any two of the jobs ran at the same time
def overlapped(List runs) {
  [runs, runs].combinations().any { a, b -> !a.is(b) && a.began < b.ended && b.began < a.ended }
}

def seconds(long since) { String.format(Locale.ROOT, '%.1f s', (System.nanoTime() - since) / 1e9) }

trio = pool(3, kind: 'process', name: 'trio')
// Wait until all three workers' processes run, so that their start-up is not timed below: each of
// three jobs waits at a barrier of three, so no worker can take two of them.
def gate = barrier(3, 'gate')
def ready = trio.map(1..3) { gate.wait(); pid() }
println "three workers ready, in three processes: ${ready.unique(false).size() == 3}"

println '--- apply: one job at a time ---'
long t0 = System.nanoTime()
def runs = (0..4).collect { i -> trio.apply(this.&quick, ["hello $i"]) }
println runs*.text
println "five jobs of 0.1 s took ${seconds(t0)}; any two at the same time: ${overlapped(runs)}"

println '--- map: the whole list at once, waiting for all ---'
t0 = System.nanoTime()
runs = trio.map(this.&slow, [1, 2, 3, 4, 5, 6])
println runs*.text
println "six jobs of 0.3 s on three workers took ${seconds(t0)}; some at the same time: ${overlapped(runs)}"

println '--- map_async: returns at once ---'
def result = trio.map_async(this.&slow, [1, 2, 4, 5, 7, 8])
println "right after map_async, ready: ${result.ready()}"
trio.close()
trio.join()
println "after close() and join(), ready: ${result.ready()}"
result.get().each { println it.text }
