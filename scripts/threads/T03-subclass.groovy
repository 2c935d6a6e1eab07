// T03 A task class of your own
// Extend Task and put the work in run(); each object is one task, with the name it was given.
// start() hands it to the runtime, which calls run() on a new thread.
// Five of them sleep and wake at the same moments, so who prints first at each step is up to
// the scheduler: run the script again and the order changes.
// Scaled down: the seed sleeps 1 s per step; here 300 ms.

class MyThread extends Task {
  def run() {
    3.times { step ->
      sleep 300
      println "I'm $name @ $step"
    }
  }
}

def names = []
5.times { i ->
  def t = new MyThread(name: "MyThread-$i")
  t.start()
  names << t.name
}
println "main: started ${names.join(', ')}"
