// T13 Daemon tasks are cut off
// A script ends when its main code and all its non-daemon tasks have ended.
// Daemon tasks do not hold it open: whatever they are doing then, the runtime cuts them off.
// Here foo (a daemon) needs 900 ms and bar (not a daemon) needs 300 ms.
// bar prints its last line; foo is cut off when bar ends, so "foo: end" never appears.
// After /run T13, type foo.alive at the prompt: it is false, and foo.state is cancelled.
// Scaled down: the seed's daemon sleeps 3 s and the other thread 1 s; here 900 ms and 300 ms.

def foo = spawn(name: 'foo', start: false) {
  println 'foo: start'
  sleep 900
  println 'foo: end'
}
foo.daemon = true   // only before start(), as in Python
println "foo is a daemon: ${foo.daemon}, alive before start: ${foo.alive}"
foo.start()

def bar = spawn(name: 'bar') {
  println 'bar: start'
  sleep 300
  println "bar: end (foo still alive: ${foo.alive})"
}

sleep 100   // main does a little work of its own
println "main: my code ends here; foo alive: ${foo.alive}, bar alive: ${bar.alive}"
