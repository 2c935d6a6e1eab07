// P06 A global changed by a process, then by a thread
// Threads of one process share its memory: when a thread sets the global n, every other thread of
// the process sees the new value. A child process works on a copy of n made when it started: its
// change stays in the child, and the parent's n is untouched. To get values back from a process,
// return them (the task's result), or use a queue, a pipe or a manager (P11 to P16).

n = 100

def child = process(name: 'child') {
  n = 0
  println "in the process: n = $n"
}
child.join()
println "parent after the process: n = $n"

def thread = spawn(name: 'thread') {
  n = 0
  println "in the thread: n = $n"
}
thread.join()
println "parent after the thread: n = $n"
