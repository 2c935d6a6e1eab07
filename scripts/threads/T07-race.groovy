// T07 A race: two threads add to one counter without a lock
// Each thread adds 1 to the shared counter a million times. `counter += 1` looks like one step but
// is three: read the counter, add one, write the sum back. When both threads read the same value,
// both write the same sum and one of the two additions is lost, so the total ends below 2,000,000.
// The JVM has no global interpreter lock: the two threads really run at the same time on two cores,
// so updates are lost on every run. (The Python version of this lesson often loses none.)
// Conch's race detector names the race as it happens: the variable, both tasks, the line, and that
// neither held a lock (see /help race). T08 is the cure.

counter = 0

def work(String who, int times) {
  times.times { counter += 1 }
  println "$who is done"
}

println "before the threads start, the counter is $counter"
def first = spawn(name: 'work1', args: ['work1', 1_000_000]) { who, times -> work(who, times) }
def second = spawn(name: 'work2', args: ['work2', 1_000_000]) { who, times -> work(who, times) }
first.join()
second.join()

println "after 2 x 1,000,000 additions, the counter is $counter"
println "lost updates: ${counter < 2_000_000}"
