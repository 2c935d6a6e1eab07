// P02 Two jobs one after the other, then in two processes at once
// job() stands for work that takes a while. Called twice in one process, the second call begins
// only when the first is over, so the times add up: 2 s + 1 s. Started as two processes, the jobs
// run at the same moment, so their work is over in about the time of the longer one; join() makes
// the parent wait until each child has ended.
// Starting a process costs something too: a new JVM needs 0.3 to 2 s here before it runs a line of
// ours (CPython's fork needs a few milliseconds). So the script prints two figures for the
// processes: the time in all, start-up included, and the time from the moment the first job began
// to the moment the last one ended. On jobs this short the start-up can eat the whole gain; on
// longer jobs, or with a pool that keeps its processes (P21), it does not matter.
// Scaled up: the seed's jobs take 1 s and 0.5 s; here 2 s and 1 s, so that the two jobs surely
// overlap even when a JVM is slow to start.

// Does the job, then returns when it began and ended (wall-clock milliseconds, which every process
// on this machine reads from the same clock).
def job(String name, int millis) {
  long began = System.currentTimeMillis()
  println "$name: working for ${millis / 1000} s in ${pid() == parentPid ? "the parent" : "a child"}"
  sleep millis
  println "$name: done"
  [began, System.currentTimeMillis()]
}

def seconds(long millis) { String.format(Locale.ROOT, '%.1f s', millis / 1000) }

parentPid = pid()
println '--- one process: a, then b ---'
long t0 = System.currentTimeMillis()
job('a', 2000)
job('b', 1000)
long serial = System.currentTimeMillis() - t0
println "one after the other: ${seconds(serial)}"

println '--- two processes: a and b at once ---'
t0 = System.currentTimeMillis()
def a = process(name: 'a') { job('a', 2000) }
def b = process(name: 'b') { job('b', 1000) }
a.join()
b.join()
long inAll = System.currentTimeMillis() - t0
def (aBegan, aEnded) = a.result
def (bBegan, bEnded) = b.result
long work = Math.max(aEnded, bEnded) - Math.min(aBegan, bBegan)
println "two processes: ${seconds(inAll)} in all, of which the jobs' own work ${seconds(work)}"
println "the two jobs ran at the same time: ${aBegan < bEnded && bBegan < aEnded}"
