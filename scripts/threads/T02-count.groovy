// T02 Counting the live tasks
// active() lists the tasks alive right now, the main one included (Python's threading.enumerate()).
// While sing and dance run there are three; when both have ended only main is left.
// The main thread looks half-way between their steps, so each count falls between two steps.
// Scaled down: the seed sleeps 1 s per step and counts every 0.5 s; here a step is 400 ms and
// main counts once per step, starting 200 ms in.

def sing() {
  3.times { step ->
    println "singing... $step"
    sleep 400
  }
}

def dance() {
  3.times { step ->
    println "dancing... $step"
    sleep 400
  }
}

def report() {
  def live = active()
  println "live tasks: ${live.size()} (${live*.name.join(', ')})"
  live.size()
}

report()
spawn(name: 'sing', target: this.&sing)
spawn(name: 'dance', target: this.&dance)
sleep 200
while (report() > 1) {
  sleep 400
}
println 'only main is left'
