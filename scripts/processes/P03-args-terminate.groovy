// P03 Arguments for a process, a name, and terminate()
// A process can run a method of the script with arguments: args: gives them to the block, which
// hands them on; a map at the end plays the part of Python's keyword arguments. name: names the
// task, and inside the child current().name says it.
// terminate() ends a child from outside, whatever it is doing: the operating system sends it SIGTERM
// (and SIGKILL a second later if it is still there). Its work is simply not finished, and exitcode
// says why it ended: -15, minus the number of the signal, as in Python.
// A child JVM needs up to a second or two to start, so the parent waits until the child has said it
// runs (it creates a file, which both processes can see) before it counts the child's second.
// Scaled down: the seed's child loops five times with 0.2 s sleeps; here it greets once and would
// then work 10 s, to be cut off after 1 s.

runs = new File(System.getProperty('java.io.tmpdir'), "conch-P03-${pid()}.runs")
runs.delete()

def work(String name, int age, Map options) {
  println "${current().name}: name=$name, age=$age, options=$options, in a child: ${pid() != ppid()}"
  runs.createNewFile()   // tell the parent: I am running
  sleep 10_000
  println "${current().name}: finished"   // never printed: the parent terminates it first
}

// Waits until the file exists, for at most 10 s; returns whether it does.
def awaitFile(File file) {
  long deadline = System.currentTimeMillis() + 10_000
  while (!file.exists() && System.currentTimeMillis() < deadline) {
    sleep 10
  }
  file.exists()
}

worker = spawn(kind: 'process', name: 'worker', args: ['test', 18, [m: 20]]) { name, age, options ->
  work(name, age, options)
}
try {
  println "parent: the worker runs: ${awaitFile(runs)}"
  sleep 1000
  println "parent: after a second the worker is still alive: ${worker.alive}"
  worker.terminate()
  worker.join()
  println "parent: terminated; alive: ${worker.alive}, exit code: ${worker.exitcode}, state: ${worker.state}"
} finally {
  runs.delete()
}
