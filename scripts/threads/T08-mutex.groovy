// T08 A lock makes the race go away
// The same two threads as in T07, but each addition happens while holding a lock. Only one task
// can hold the lock at a time, so reading, adding and writing back can no longer interleave with
// the other thread's: no addition is lost and the total is exactly 2,000,000.
// Then one thread adds and the other subtracts a million times each; under the lock the two cancel
// out exactly, and the counter ends at 0.
// The counter is a class marked @CompileStatic: Groovy then compiles its methods as Java would, and
// two million locked additions take a fraction of a second. The last part does the same additions
// in ordinary dynamic Groovy with `mutex.withLock { … }` (which takes the lock, runs the block and
// always gives the lock back) and prints how much slower that is.

@CompileStatic
class Counter {
  final Lock mutex = lock('mutex')
  long value

  void add(int times) {
    for (int i = 0; i < times; i++) {
      mutex.acquire()
      try {
        value += 1
      } finally {
        mutex.release()
      }
    }
  }

  void subtract(int times) {
    for (int i = 0; i < times; i++) {
      mutex.acquire()
      try {
        value -= 1
      } finally {
        mutex.release()
      }
    }
  }
}

// runs one and other as two tasks, a million times each, and returns the seconds they took
def both(Closure one, Closure other) {
  long start = System.nanoTime()
  def a = spawn(name: 'work1', args: [1_000_000]) { n -> one(n); println 'work1 is done' }
  def b = spawn(name: 'work2', args: [1_000_000]) { n -> other(n); println 'work2 is done' }
  a.join()
  b.join()
  (System.nanoTime() - start) / 1e9
}

counter = new Counter()
fast = both(counter.&add, counter.&add)
println "two threads adding under a lock: ${counter.value}"
println "exactly 2,000,000: ${counter.value == 2_000_000}"
printf('two threads adding under a lock took %.2f s%n', fast)

counter = new Counter()
both(counter.&add, counter.&subtract)
println "one adding, one subtracting, under a lock: ${counter.value}"

total = 0
mutex = lock('dynamic')
def addDynamic(int times) {
  times.times { mutex.withLock { total += 1 } }
}
slow = both(this.&addDynamic, this.&addDynamic)
println "the same in dynamic Groovy: $total"
printf('the same in dynamic Groovy took %.2f s: @CompileStatic was %.0fx faster%n', slow, slow / fast)
