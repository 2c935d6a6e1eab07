// T04 Five tasks at once
// Five tasks that each wait 300 ms, started one right after the other and then joined.
// Their waits overlap, so all five together take about as long as one of them, not five times as long.
// Scaled down: the seed's tasks sleep 1 s each; here 300 ms.

def listen() {
  println "${current().name}: listening to music..."
  sleep 300
}

def t0 = System.nanoTime()
def started = (1..5).collect { i -> spawn(name: "music-$i", target: this.&listen) }
started.each { it.join() }
def took = (System.nanoTime() - t0) / 1e9

println "five tasks of 0.3 s each took ${String.format(Locale.ROOT, '%.1f s', took)} in all"
println "closer to one task's 0.3 s than to five tasks' 1.5 s: ${took < 0.9}"
