// P09 A zombie process in the process table, then reaped
// When a process ends, the kernel keeps a small entry for it: its pid and how it ended, so that its
// parent can ask. The parent collects that entry with the wait() system call (for the processes the JVM
// starts, Java's Process.waitFor() and the JDK's own reaper thread do it). Until someone waits, the
// ended process is a zombie: it runs no code and holds no memory, but it keeps its pid, and ps shows it
// with state Z and the word <defunct>. A parent that never waits piles zombies up, and pids run out.
// When a parent ends before its children, they are orphans: the kernel gives them a new parent, the
// init process (pid 1) or the nearest ancestor that asked to be a "subreaper", and that new parent
// waits for each of them, zombies included. So ending a careless parent clears its zombies.
// The parent here is `sh -c 'sleep 0.2 & sleep 8 & exec sleep 10'`: the shell starts two children, then
// `exec` turns the shell itself into `sleep 10`, a program that never calls wait(). The first child ends
// after 0.2 s and stays a zombie; the second is still running when we end the parent, and is adopted.
// Conch's own process tasks are not used here: the JDK's ProcessBuilder starts real processes and the
// system's ps (Linux, package procps) shows them, so every pid is real and changes from run to run.
// Scaled down: the seed's parent sleeps 30 s; here we end it as soon as ps has shown the zombie.

// one row of ps, split into its columns
record Row(long pid, long ppid, String stat, String args) {
  static Row of(String line) {
    def cols = line.trim().split(/\s+/, 4)
    new Row(cols[0] as long, cols[1] as long, cols[2], cols[3])
  }
}

// runs ps on the processes selected and returns its lines: a header, then a line per process
List<String> ps(List<String> selection, String columns = 'pid,ppid,stat,args') {
  def command = ['ps', '-o', columns] + selection
  def p = new ProcessBuilder(command*.toString()).redirectErrorStream(true).start()
  def lines = p.inputStream.readLines()
  p.waitFor()   // ps is a child of Conch too: waiting for it reaps it
  lines
}

List<Row> rows(List<String> lines) { lines.drop(1).collect { Row.of(it) } }

// asks ps every 20 ms until done(rows) holds, for at most 5 s; returns the last lines ps printed
List<String> poll(List<String> selection, Closure<Boolean> done) {
  long deadline = System.nanoTime() + 5_000_000_000L
  def lines = ps(selection)
  while (!done(rows(lines)) && System.nanoTime() < deadline) {
    sleep 20
    lines = ps(selection)
  }
  lines
}

void show(List<String> lines) { lines.each { println "  $it" } }

def parent = new ProcessBuilder('sh', '-c', 'sleep 0.2 & sleep 8 & exec sleep 10').start()
Long orphan = null
try {
  println 'Conch started a parent process; the parent started two children.'
  def family = ['-p', "${parent.pid()}", '--ppid', "${parent.pid()}"]
  def lines = poll(family) { r -> r.size() == 3 && r.any { it.stat.startsWith('Z') } }
  def table = rows(lines)
  def zombie = table.find { it.stat.startsWith('Z') }
  if (zombie == null || table.size() != 3) {
    throw new IllegalStateException("P09: ps showed no zombie within 5 s: ${lines.join(' | ')}")
  }
  def dad = table.find { it.pid == parent.pid() }
  def child = table.find { it.pid != parent.pid() && it != zombie }
  orphan = child.pid
  println 'ps shows the parent and its children:'
  show(lines)
  println "the parent's parent is Conch: ${dad.ppid == pid()}; the parent now runs: ${dad.args}"
  println "the zombie is the parent's child: ${zombie.ppid == parent.pid()}; it has ended, and nobody has waited for it"
  println "the other child still runs: ${child.args}"

  parent.destroy()   // SIGTERM to the parent alone; its children are not touched
  println "ending the parent: exit code ${parent.waitFor()} (128 + 15, the number of SIGTERM)"
  println 'Conch waited for the parent, so the parent leaves no zombie of its own.'

  lines = poll(['-p', "$orphan"]) { r -> r.size() == 1 && r[0].ppid != parent.pid() }
  def adopter = rows(lines)[0].ppid
  println "the running child is now an orphan; its parent has changed: ${adopter != parent.pid()}"
  show(lines)
  println "its new parent is pid $adopter (${ps(['-p', "$adopter"], 'comm=').join().trim()})"

  ProcessHandle.of(orphan).ifPresent { it.destroy() }   // end it: nothing may outlive the script
  lines = poll(['-p', "${zombie.pid},$orphan"]) { r -> r.isEmpty() }
  println 'the orphan is ended too; ps now looks for both the zombie and the orphan:'
  show(lines)
  if (rows(lines).isEmpty()) {
    println 'neither is left: their new parent waited for both, so the zombie is reaped.'
  } else {
    println 'still there after 5 s: this new parent does not wait for the children it adopts.'
  }
} finally {
  parent.descendants().each { it.destroyForcibly() }   // if anything above failed
  parent.destroyForcibly()
  if (orphan != null) {
    ProcessHandle.of(orphan).ifPresent { it.destroyForcibly() }
  }
}
