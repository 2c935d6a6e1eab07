// T16 A pool of threads: map, mapAsync, applyAsync and apply
// A pool starts a few worker tasks once and hands them jobs, instead of starting a thread per job.
// map runs a function over a list on the workers and waits for every result, in the order of the
// list. mapAsync and applyAsync return at once with a result to ask later: ready() says whether
// it is done, successful() whether it ended without an error, get() gives the value (waiting for
// it if need be). apply runs one job and waits for it, so calling it in a loop runs the jobs one
// after another. A failing job reaches the caller naming its input and the worker that ran it.
// Scaled down: each job takes 0.2 s instead of the seed's 1 s.

def work(msg) {
  sleep 200
  "done: $msg"
}

def seconds(long since) {
  (System.nanoTime() - since) / 1e9
}

four = pool(4, name: 'four')

// mapAsync: returns at once; wait() waits for all five jobs
result = four.mapAsync(this.&work, [1, 2, 10, 11, 18])
println "right after mapAsync, ready: ${result.ready()}"
result.wait()
println "after wait(), ready: ${result.ready()}, successful: ${result.successful()}"
println result.get()

// map on a pool of three: five jobs of 0.2 s take two rounds, about 0.4 s
three = pool(3, name: 'three')
long start = System.nanoTime()
println three.map(this.&work, [3, 5, 11, 19, 12])
printf('map of 5 jobs on 3 workers took %.1f s%n', seconds(start))
three.close()
three.join()

// applyAsync: five jobs at once, each result asked for afterwards
results = (0..4).collect { four.applyAsync(this.&work, ["msg $it"]) }
results*.wait()
results.each { println "ready ${it.ready()}, successful ${it.successful()}: ${it.get()}" }

// apply: each call waits for its job, so five calls take five times as long
start = System.nanoTime()
println((0..4).collect { four.apply(this.&work, ["msg $it"]) })
printf('apply, one job at a time, took %.1f s%n', seconds(start))

// a failing job: map raises the job's own error, as Python's pools do, and a note attached to it
// names the input and the worker
try {
  four.map({ 10 / it }, [5, 0, 2])
} catch (ArithmeticException e) {
  println "map failed: ${e.message}"
  println "where: ${e.suppressed[0].message}"
}
four.close()
four.join()
