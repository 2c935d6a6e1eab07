// P05 Threads share their process's pid; each process has its own
// A pid names a process, not a thread. Threads started by a process run inside it, so pid() in any of
// them gives the same number, the parent's. A child process is a new entry in the operating system's
// process table, with a pid of its own.
// The pids are real, so they change from run to run; the last lines compare them.

def hello() {
  println "hello from ${current().name}, pid ${pid()}"
  pid()
}

println "main: pid ${pid()}"

println '--- two threads ---'
def threads = [spawn(name: 't1') { hello() }, spawn(name: 't2') { hello() }]
threads*.join()
println "the threads' pids equal main's: ${threads*.result.every { it == pid() }}"

println '--- two processes ---'
def children = [process(name: 'p1') { hello() }, process(name: 'p2') { hello() }]
children*.join()
def pids = children*.result
println "the processes' pids differ from main's: ${!(pid() in pids)}, and from each other: ${pids[0] != pids[1]}"
