// P22 A callback runs in the main process
// apply_async(fn, [args], callback: c) runs fn in a worker process and, once it is done, calls c
// with fn's value. The callback does not run in the worker: the value travels back to the main
// process (the parent) and c runs there. So c can use main's variables and objects directly; here
// it adds each value to a list that main reads at the end; a worker could not, since it would
// change its own copy of the list.
// Each job prints the pid of the worker that ran it, each callback the pid of the process it runs
// in: the workers' pids vary, while every callback prints main's pid.
// A callback should be quick: it runs on the pool's thread in main that serves that worker, the
// worker gets no new job until the callback has returned, and the pool's callbacks take turns, as
// Python's do on the one thread it gives them: so a plain list is safe for them to append to.
// Scaled down: the seed's ten jobs sleep 2 s each on a pool of three; here six jobs of 0.3 s.

def foo(int i) {
  sleep 300
  println "job $i ran in pid ${pid()}, a worker: ${pid() != ppid() ? 'yes' : 'no'}"
  i + 100
}

mainPid = pid()
println "main: pid $mainPid"
got = []                    // the callbacks take turns: a plain list will do
callbackPids = [] as Set

def done(value) {
  println "callback: got $value, in pid ${pid()}"
  got << value
  callbackPids << pid()
}

trio = pool(3, kind: 'process', name: 'trio')
(0..5).each { i -> trio.apply_async(this.&foo, [i], callback: this.&done) }
println 'main: six jobs handed over'
trio.close()
trio.join()

println "main: the callbacks gathered ${got.sort()}"
println "every callback ran in main's own process (pid() == $mainPid): ${callbackPids == [mainPid] as Set}"
