// C03 Coroutines that never wait run one after another
// Three coroutines each count to five. A coroutine gives up its turn only at a cooperative point:
// a sleep, a join, a wait on a lock, queue or event, or yield(). These never reach one, so the
// first runs to its end before the second starts: concurrency without any overlap. The main line
// is a coroutine too: the three start only when it waits, in join().

def f = { int n ->
  n.times { println "${current().name}: $it" }
}

println 'main line starts'
def g1 = coroutine(name: 'g1', args: [5], f)
def g2 = coroutine(name: 'g2', args: [5], f)
def g3 = coroutine(name: 'g3', args: [5], f)
println 'three coroutines started; none has run yet'
g1.join()
g2.join()
g3.join()
println 'main line ends'
