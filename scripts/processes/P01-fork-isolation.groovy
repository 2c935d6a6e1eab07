// P01 A child process has its own pid and its own copy of the globals
// process { … } runs the block in a child process: another JVM, with a process id (pid) of its own
// that the operating system gave it. pid() says which process runs the code, ppid() which process
// started it: in the child, ppid() is the pid of Conch, the parent.
// The child starts from a copy of what the block uses (money here), as Python's "spawn" start method
// does. Its change to money happens in its own memory, so the parent's money stays 100.
// The child also asks ps, the operating system's process table, about itself: the pid is real.

money = 100
println "parent: pid ${pid()}, its parent ${ppid()}, money = $money"

kid = process(name: 'kid') {
  money = 200
  println "child:  pid ${pid()}, its parent ${ppid()}, money = $money"
  def row = ['ps', '-o', 'pid=,ppid=', '-p', "${pid()}"].execute().text.trim().split(/\s+/)
  def agrees = row[0] == "${pid()}" && row[1] == "${ppid()}"
  println "child:  ps lists pid ${row[0]} with parent ${row[1]} (as pid() and ppid() say: $agrees)"
  [pid(), ppid()]   // what the block returns comes back to the parent as kid.result
}
kid.join()

def (childPid, childParent) = kid.result
println "parent: money = $money"
println "the child's pid differs from the parent's: ${childPid != pid()}"
println "the child's parent is this process: ${childParent == pid()}"
println "kid.pid is the child's pid: ${kid.pid == childPid}; it ended with exit code ${kid.exitcode}"
