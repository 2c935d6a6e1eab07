// C04 A cooperative sleep lets the others run: 0,0,0,1,1,1,...
// The same three coroutines, but each sleeps after every line. Conch's sleep is a cooperative
// point: the sleeper gives up its turn, the next ready coroutine runs, and sleepers wake in the
// order their sleeps end. So the output interleaves, and in the same order on every run. Only one
// coroutine runs at any moment: they take turns on one line of execution, they never run in
// parallel. (The seed sleeps 1 s; 100 ms shows the same.)

def f = { int n ->
  n.times {
    println "${current().name}: $it"
    sleep 100
  }
}

println 'main line starts'
def g1 = coroutine(name: 'g1', args: [5], f)
def g2 = coroutine(name: 'g2', args: [5], f)
def g3 = coroutine(name: 'g3', args: [5], f)
[g1, g2, g3]*.join()
println 'main line ends'
