// T01 Sing and dance: one thread, then two
// Singing and dancing here are jobs that mostly wait (they sleep between steps).
// On one thread the second job can only begin when the first is over, so the times add up.
// On two threads both jobs wait at the same moment, so the pair takes about as long as one job.
// The main thread only starts the two threads and reaches the end of its own code at once;
// the script then waits for them, as Python waits for its non-daemon threads.
// Scaled down: the seed sleeps 1 s per step (6 s in one thread, 3 s in two); here a step is 300 ms.

def sing() {
  3.times { step ->
    println "singing... $step"
    sleep 300
  }
}

def dance() {
  3.times { step ->
    println "dancing... $step"
    sleep 300
  }
}

// Seconds since the moment t0 (from System.nanoTime()), and how to show them.
def secondsSince(long t0) { (System.nanoTime() - t0) / 1e9 }
def shown(seconds) { String.format(Locale.ROOT, '%.1f s', seconds) }

println '--- one thread: sing, then dance ---'
def t0 = System.nanoTime()
sing()
dance()
def alone = secondsSince(t0)
println "one thread took ${shown(alone)}"

println '--- two threads: sing and dance at the same time ---'
t0 = System.nanoTime()
def singer = spawn(name: 'sing', target: this.&sing)
def dancer = spawn(name: 'dance', target: this.&dance)

// A third task times the pair, so that the main thread itself never waits for them.
spawn(name: 'stopwatch') {
  singer.join()
  dancer.join()
  def together = secondsSince(t0)
  println "two threads took ${shown(together)}"
  println "two threads took about half the time: ${(together / alone - 0.5).abs() < 0.2}"
}

def others = active()*.name - 'main'
println "main: my own code ends here, while these still run: ${others.join(', ')}"
