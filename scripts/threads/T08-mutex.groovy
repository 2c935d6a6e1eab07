// T08 A lock makes the race go away
// The same two threads as in T07, but each addition happens while holding a lock. Only one task
// can hold the lock at a time, so reading, adding and writing back can no longer interleave with
// the other thread's: no addition is lost and the total is exactly 2,000,000.
// Then one thread adds and the other subtracts a million times each; under the lock the two cancel
// out exactly, and the counter ends at 0.
// `mutex.withLock { … }` takes the lock, runs the block and always gives the lock back; the Python
// spelling `mutex.acquire()` … `mutex.release()` works too.

counter = 0
mutex = lock('mutex')

def add(String who, int times) {
  times.times { mutex.withLock { counter += 1 } }
  println "$who is done"
}

def subtract(String who, int times) {
  times.times { mutex.withLock { counter -= 1 } }
  println "$who is done"
}

def both(Closure one, Closure other) {
  def a = spawn(name: 'work1', args: ['work1', 1_000_000], target: one)
  def b = spawn(name: 'work2', args: ['work2', 1_000_000], target: other)
  a.join()
  b.join()
}

both(this.&add, this.&add)
println "two threads adding under a lock: $counter"
println "exactly 2,000,000: ${counter == 2_000_000}"

counter = 0
both(this.&add, this.&subtract)
println "one adding, one subtracting, under a lock: $counter"
