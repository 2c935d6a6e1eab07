// T15 Three kinds of queue: first in first out, last in first out, and by priority
// A queue hands items from one task to another safely: put and get never lose or duplicate an item,
// and get waits while the queue is empty (put waits while a bounded queue is full).
// queue() gives items back in the order they were put, lifoQueue() the newest first (a stack), and
// priorityQueue() the smallest first: put [priority, item] lists and the lowest number comes out
// first.

fifo = queue('fifo')
['first', 'second', 'third'].each { fifo.put(it) }
println "queue:         ${(1..3).collect { fifo.get() }.join(', ')}"

lifo = lifoQueue('lifo')
['first', 'second', 'third'].each { lifo.put(it) }
println "lifoQueue:     ${(1..3).collect { lifo.get() }.join(', ')}"

byPriority = priorityQueue('jobs')
byPriority.put([20, 'write the report'])
byPriority.put([-5, 'fix the fire'])
byPriority.put([10, 'answer mail'])
println 'priorityQueue:'
3.times {
  def (priority, job) = byPriority.get()
  println "  $priority  $job"
}

// a bounded queue: put_nowait on a full one raises Full, get_nowait on an empty one raises Empty
small = queue(2, 'small')
small << 'a' << 'b'
try {
  small.put_nowait('c')
} catch (Full e) {
  println "Full: ${e.message}"
}
println "drained: ${small.get_nowait()}, ${small.get_nowait()}"
try {
  small.get_nowait()
} catch (Empty e) {
  println "Empty: ${e.message}"
}

// between tasks: the cook puts three dishes and then null to say there are no more; the waiter takes
// dishes until it takes that null. The queue holds one dish, so the cook waits while it is full.
dishes = queue(1, 'dishes')
cook = spawn(name: 'cook') {
  ['soup', 'rice', 'tea'].each { dishes.put(it) }
  dishes.put(null)
}
waiter = spawn(name: 'waiter') {
  for (dish in dishes.takeUntil(null)) {
    println "served $dish"
  }
}
[cook, waiter]*.join()
println "the queue is empty again: ${dishes.empty()}"
