// T14 join() waits for a task
// join() makes the caller wait until the task has ended; join(seconds) waits at most that long
// and tells whether the task ended in time. After join() returns, the task is no longer alive.
// Scaled down: the seed's thread sleeps 2 s; here 600 ms.

def hi = spawn(name: 'sayhi', args: ['Ada']) { who ->
  sleep 600
  println "$who says hello"
}
println "main: started ${hi.name}"
def inTime = hi.join(0.1)
println "join(0.1) gave up after 0.1 s; ended in time: $inTime, alive: ${hi.alive}"

def t0 = System.nanoTime()
hi.join()
def waited = (System.nanoTime() - t0) / 1e9
println "main: join() returned after ${String.format(Locale.ROOT, '%.1f s', waited)}"
println "main waited until sayhi had ended: ${waited > 0.3}"
println "alive after join: ${hi.alive}"
println "state after join: ${hi.state}"
