// T11 Two locks taken in opposite orders: a deadlock
// Task one takes lock A, then wants lock B; task two takes lock B, then wants lock A. Each holds
// what the other wants, so neither can ever go on: a deadlock. Python would hang here forever.
// Conch's deadlock watcher sees the cycle within a second, says who holds what and who waits for
// what, ends the two tasks (which frees their locks), and the script fails instead of hanging.
// The seed waits 1 s while holding the first lock; 300 ms is enough to let the other task take its own.

lockA = lock('A')
lockB = lock('B')

spawn(name: 'one') {
  lockA.withLock {
    println 'one: holds A, now wants B'
    sleep 300
    lockB.withLock { println 'one: got B too' }
  }
}

spawn(name: 'two') {
  lockB.withLock {
    println 'two: holds B, now wants A'
    sleep 300
    lockA.withLock { println 'two: got A too' }
  }
}
