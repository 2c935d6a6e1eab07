// P07 A daemon process is cut off when the script ends
// A script ends when its main code and all its non-daemon tasks have ended, processes included.
// A daemon process does not hold it open: whatever it is doing then, the runtime terminates it, as
// it cuts off daemon threads (T13). A non-daemon process, on the other hand, runs to its end.
// Here foo (a daemon) needs 5 s and bar (not a daemon) needs 1 s once they run. bar prints its
// last line after the main code has ended; foo is terminated when bar ends, so "foo: end" never
// appears. After /run P07, type foo.alive at the prompt: it is false, and foo.exitcode is -15.
// (Python cuts its daemon processes off sooner, as soon as the main code ends, without waiting for
// the other children.)
// Each child creates a file once it runs, and the main code waits for both files, then makes a third
// that bar waits for: a child JVM needs up to a second or two to start (more on a loaded machine),
// and the lesson is about ending it, not starting it.
// Scaled down: the seed's daemon sleeps 1 s and the other process 3 s; here the daemon is the
// longer one, so that cutting it off shows.

def flag(String who) { new File(System.getProperty('java.io.tmpdir'), "conch-P07-${pid()}.$who") }

// Waits until the file exists, for at most 10 s; returns whether it does.
def awaitFile(File file) {
  long deadline = System.currentTimeMillis() + 10_000
  while (!file.exists() && System.currentTimeMillis() < deadline) {
    sleep 10
  }
  file.exists()
}

def fooRuns = flag('foo')
def barRuns = flag('bar')
def go = flag('go') // made once both children run: bar's second starts then, however slow foo's start

foo = spawn(kind: 'process', name: 'foo', start: false) {
  println 'foo: start'
  fooRuns.createNewFile()
  sleep 5000
  println 'foo: end'
}
foo.daemon = true   // only before start(), as in Python
println "foo is a daemon: ${foo.daemon}, alive before start: ${foo.alive}"
foo.start()

bar = process(name: 'bar') {
  println 'bar: start'
  barRuns.createNewFile()
  awaitFile(go)
  go.delete()
  sleep 1000
  println 'bar: end'
}

def both = awaitFile(fooRuns) && awaitFile(barRuns)
[fooRuns, barRuns]*.delete()
go.createNewFile()
println "main: both run: $both; my code ends here; foo alive: ${foo.alive}, bar alive: ${bar.alive}"
