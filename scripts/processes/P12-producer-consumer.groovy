// P12 A producer and a consumer, and a sentinel that says "no more"
// The producer makes buns and puts them into a queue; the consumer takes them out and eats them.
// Neither waits for the other: the queue between them is a buffer, so a fast producer runs ahead and
// a slow consumer catches up later. get() waits while the queue is empty.
// How does the consumer know that no more buns will come? An empty queue does not say so (the
// producer may just be slow). The producer says it: after its last bun it puts a sentinel, here
// null (Python's None), and the consumer stops when it takes it. The parent could put the
// sentinel instead, once the producer has been joined; P13 does that, for several consumers.
// Scaled down: the seed makes 10 buns and sleeps 1 to 3 s for each bun made and eaten; here
// 5 buns and up to 0.1 s.

buns = queue('buns')

cook = process(name: 'cook') {
  def random = new Random()
  for (i in 0..<5) {
    sleep random.nextInt(100)
    buns.put("bun $i")
    println "cook (pid ${pid()}) made bun $i"
  }
  buns.put(null)   // the sentinel: no more buns
}

eater = process(name: 'eater') {
  def random = new Random()
  def eaten = []
  while (true) {
    def bun = buns.get()
    if (bun == null) {
      break   // the sentinel
    }
    sleep random.nextInt(100)
    println "eater (pid ${pid()}) ate $bun"
    eaten << bun
  }
  eaten
}

def eaten = eater.result
cook.join()
println "main: the eater ate ${eaten.size()} buns, in the order they were made: ${eaten == (0..<5).collect { "bun $it" }}"
println "main: the eater stopped at the sentinel, the queue is empty: ${buns.empty()}"
println "main: cook and eater ended with exit codes ${cook.exitcode} and ${eater.exitcode}"
