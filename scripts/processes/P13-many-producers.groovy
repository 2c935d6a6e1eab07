// P13 Three producers, two consumers, one sentinel for each consumer
// With several producers, none of them can put the sentinel: one that ends early would stop the
// consumers while the others still cook. So the parent puts the sentinels, after it has joined
// every producer, and it puts one per consumer: each consumer stops at the first null it takes, so
// two consumers need two. (One null too few, and a consumer waits forever for food that never
// comes; /tasks would show it waiting on the queue.)
// The two consumers take from the same queue, so which one eats which item is up to chance; but
// no item is lost and none is eaten twice: the parent checks that at the end.
// Scaled down: the seed sleeps 1 to 3 s per item made or eaten; here up to 20 ms.

food = queue('food')
kinds = ['bun', 'bone', 'soup']
perCook = 10

cooks = kinds.collect { kind ->
  process(name: "cook-$kind") {
    def random = new Random()
    for (i in 0..<perCook) {
      sleep random.nextInt(20)
      food.put("$kind $i".toString())
    }
    println "cook-$kind (pid ${pid()}) made $perCook"
  }
}

eaters = (1..2).collect { n ->
  process(name: "eater-$n") {
    def random = new Random()
    def eaten = []
    for (item in food.takeUntil(null)) {   // take items until the sentinel null
      sleep random.nextInt(20)
      eaten << item
    }
    println "eater-$n (pid ${pid()}) ate ${eaten.size()}, then took a sentinel"
    eaten
  }
}

cooks*.join()     // every cook has put all its food ...
2.times { food.put(null) }   // ... so now one sentinel for each eater

def made = kinds.collectMany { kind -> (0..<perCook).collect { "$kind $it".toString() } }
def eaten = eaters.collectMany { it.result }
println "main: made ${made.size()}, eaten ${eaten.size()}"
println "all ${made.size()} items arrived exactly once: ${eaten.sort() == made.sort() && eaten.toSet().size() == made.size()}"
println "both eaters stopped at a sentinel, and the queue is empty: ${eaters.every { it.exitcode == 0 } && food.empty()}"
