// P04 A process class of your own
// Extend Process and put the work in run(). Each object is one process; start() copies the object
// (its fields, here who) to a new child JVM and calls run() there, while the object you hold stays
// in the parent as the handle: its pid, alive, exitcode and join() tell about the child.
// The four children start at about the same moment, so the order of their lines is up to the
// operating system: run the script again and it changes.
// Scaled down: the seed starts ten processes that sleep 1 to 3 s; here four that sleep 0.5 s, since
// each process is a JVM of its own and this machine has two cores.

class Walker extends Process {
  String who

  Walker(String who) {
    super("walker-$who")   // the task's name
    this.who = who
  }

  def run() {
    println "$name: $who sets off, in a child process: ${pid() != ppid()}"
    sleep 500
    println "$name: $who is back"
    pid()
  }
}

def walkers = ['ann', 'bob', 'cat', 'dan'].collect { new Walker(it) }
walkers*.start()
println "main: started ${walkers*.name.join(', ')}"
walkers*.join()

def pids = walkers*.result
println "main: all back; exit codes ${walkers*.exitcode}"
println "main: four different pids: ${pids.unique(false).size() == 4}, none of them mine: ${!(pid() in pids)}"
println "main: each handle knows its child's pid: ${walkers*.pid == pids}"
