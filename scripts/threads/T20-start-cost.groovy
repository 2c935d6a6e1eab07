// T20 What it costs to start a thread, and a process
// A thread starts inside the running process: the JVM asks the operating system for one more thread
// and runs the block there, which takes well under a millisecond. A process is a new program: the
// operating system starts a fresh JVM, which loads its classes and then receives the block, which
// takes hundreds of milliseconds or more. CPython forks in a few milliseconds, but it pays for its
// threads in another way (only one runs Python code at a time).
// So after a thread's start() the thread and the main code race, and either may print first; after
// a process's start() the main code has printed its line long before the child runs.
// Each task notes the moment it began (Instant.now(), one clock for every process on the machine) and
// returns it; the cost of a start is that moment minus the moment just before start().
// The very first task of a run also pays for loading the classes that tasks use (tens of
// milliseconds), so a silent thread runs once before the thread that is timed. Even so, the thread's
// figure includes Groovy readying the block's code for its first run, often more than the thread
// itself needs.

import java.time.Duration
import java.time.Instant

def millis(Instant from, Instant to) { Duration.between(from, to).toNanos() / 1e6 }

spawn(name: 'warm-up') { Instant.now() }.join()

println '--- a thread ---'
def before = Instant.now()
def thread = spawn(name: 'thread') {
  def began = Instant.now()
  println 'thread: hello'
  began
}
println 'main: the thread is started'
thread.join()
double threadCost = millis(before, thread.result)

println '--- a process ---'
before = Instant.now()
def child = process(name: 'child') {
  def began = Instant.now()
  println 'child: hello'
  began
}
println 'main: the process is started'
child.join()
double processCost = millis(before, child.result)

println "starting the thread took ${String.format(Locale.ROOT, '%.3f ms', threadCost)}"
println "starting the process took ${String.format(Locale.ROOT, '%.0f ms', processCost)}"
println "the thread started faster: ${threadCost < processCost}"
println "a process cost about ${Math.round(processCost / Math.max(threadCost, 0.001))} times as much"
