// P17 Three processes print at once; a lock keeps each one's lines together
// Every worker prints "running", works a moment, and prints "done". Run at once, their lines mix:
// all three are running before any is done. The screen is one resource that they all share.
// A lock shared by the processes (a proxy to the parent's lock) lets one worker at a time through
// its two lines: now they come in pairs. The price: the work inside the lock is done one after
// another, not at once, so the round takes about three times as long.
// The workers wait at a barrier before they start, so that all three really run together (child
// JVMs start one by one, and a late one would find the others finished). Each also notes what it
// printed in a manager's list, in the order it happened, so the parent can check the order.
// Scaled down: the seed works up to 1 s between the two lines; here 600 ms.

m = manager()
screen = lock('screen')

// Runs one round of three workers; with the lock when locked is true. Returns the log of lines.
def round(boolean locked) {
  def log = m.list()
  def start = barrier(3, 'start')
  def workers = (0..2).collect { n ->
    process(name: "worker-$n") {
      def work = {
        log << "$n running".toString()
        println "$n: pid ${pid()} is running"
        sleep 600
        log << "$n done".toString()
        println "$n: pid ${pid()} is done"
      }
      start.wait()   // all three start together
      if (locked) {
        screen.withLock(work)
      } else {
        work()
      }
    }
  }
  workers*.join()
  log.snapshot()
}

// Whether each worker's "running" is followed at once by its own "done".
def inPairs(List log) {
  log.collate(2).every { pair -> pair[0].split()[0] == pair[1].split()[0] }
}

println 'round 1: no lock'
def free = round(false)
println "the lines interleaved: ${!inPairs(free)}"
println 'round 2: with the lock'
def locked = round(true)
println "each worker's two lines stayed together: ${inPairs(locked)}"
