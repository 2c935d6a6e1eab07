// T09 A lock or a join: both make it right, one is much faster
// A hundred tasks each take one from a shared count of 100. Each reads the count, pauses (as if the
// write went over a slow network), then writes back one less.
//  1. Without a lock, all hundred read 100 during their pause and all write 99: 99 updates are lost.
//  2. With a lock around read-pause-write, the count ends at 0. Only the locked part runs one task
//     at a time; the tasks' other work still overlaps.
//  3. Starting each task and joining it at once also ends at 0, but then all of each task's work
//     runs one task at a time, so it is the slowest.
// In the first two parts the tasks wait for one `go` event, so that all of them start together
// however long starting a hundred threads takes. Scaled down: the seed's version pauses 3 s before and 0.5 s inside and takes minutes; here the
// pauses are 20 ms and 5 ms, so the whole script takes about 3 s.
// The race detector names the race of part 1 on count (once: a race is said once per variable in a
// run); parts 2 and 3 are ordered, by the lock and by each join.

BEFORE = 20 // ms of work each task does before touching the count
INSIDE = 5  // ms of pause between reading the count and writing it back

count = 100
guard = lock('count')

def takeOne() {
  def seen = count
  sleep INSIDE
  count = seen - 1
}

def timed(Closure body) {
  long start = System.nanoTime()
  body()
  (System.nanoTime() - start) / 1e9
}

// starts a hundred tasks that each wait for go, then do body; returns when all are done
def together(Closure body) {
  def go = event('go')
  def all = (1..100).collect { spawn { go.wait(); sleep BEFORE; body() } }
  go.set()
  all*.join()
}

count = 100
unsafe = timed { together { takeOne() } }
printf('no lock:          count %3d after %.2f s%n', count, unsafe)
println "updates lost without a lock: ${count > 0}"

count = 100
locked = timed { together { guard.withLock { takeOne() } } }
printf('lock:             count %3d after %.2f s%n', count, locked)

count = 100
joined = timed {
  (1..100).each { spawn { sleep BEFORE; takeOne() }.join() }
}
printf('start then join:  count %3d after %.2f s%n', count, joined)
println "the lock was faster than joining each task: ${locked < joined}"
