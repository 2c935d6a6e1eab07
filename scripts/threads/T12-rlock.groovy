// T12 A re-entrant lock: the same code without the deadlock
// Here both names, lockA and lockB, stand for one re-entrant lock. A task that holds it may take it
// again (its hold count goes up, and each release brings it down), so a task that takes "A" and then
// "B" simply takes the same lock twice. The other task waits until the first has let go entirely:
// no cycle, no deadlock. With a plain lock() instead, the second take would be refused as a
// self-deadlock.

lockA = lockB = rlock('AB')

def work(String first, String second) {
  lockA.withLock {
    println "${current().name}: holds $first"
    sleep 100
    lockB.withLock { println "${current().name}: holds $second as well" }
  }
}

def one = spawn(name: 'one') { work('A', 'B') }
def two = spawn(name: 'two') { work('B', 'A') }
one.join()
two.join()
println "both finished: ${!one.alive && !two.alive}; the lock is free: ${!lockA.locked()}"
