// P16 A manager: a dict, a list and a counter that several processes change
// A queue or a pipe carries messages; a manager keeps data that every process can change in place.
// manager() makes one, and its dict(), list() and value(x) live in the parent: a child changes
// them through proxies (each call a message to the parent), and the parent sees every change.
// A plain global would not do: each child would change its own copy (P01, P06).
// Careful with a counter: counter.value += 1 is two calls, a read and then a write, and another
// process may write in between, so from several processes at once it loses updates (as T07 does
// with threads). counter.update { it + 1 } reads, adds and writes as one step: nothing is lost.
// Scaled down: four workers of 50 additions each (every call crosses between processes and
// takes about half a millisecond).

m = manager('shared')
pids = m.dict()      // worker name -> its pid
names = m.list()     // the workers, in the order they finished
counter = m.value(0)

workers = (1..4).collect { n ->
  process(name: "worker-$n") {
    50.times { counter.update { it + 1 } }
    names << "worker-$n".toString()
    pids["worker-$n".toString()] = pid()
  }
}
workers*.join()

println "dict: ${pids.keySet().sort()}"
println "  four different pids, none of them this script's: ${pids.values().toSet().size() == 4 && !pids.values().contains(pid())}"
println "  each the pid its worker reports: ${workers.every { pids[it.name] == it.pid }}"
println "list: ${names.size()} names, each worker once: ${names.snapshot().sort() == (1..4).collect { "worker-$it".toString() }}"
println "counter: ${counter.value}; 4 workers x 50 additions, nothing lost: ${counter.value == 200}"
m.shutdown()   // what it shares can no longer be used
