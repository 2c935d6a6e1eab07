// P14 task_done() and join(): the cooks wait until their food is eaten
// In P13 the parent had to count sentinels. A queue can also count for us: every put adds one to
// the number of unfinished items, and every task_done() takes one off. q.join() waits until that
// number is 0, that is until every item put so far has been taken AND handled (a get alone is not
// enough: the consumer says it has finished with task_done()).
// So each cook puts its food and then waits in join(): when a cook returns, its food has been
// eaten. The parent only joins the cooks. The eaters loop forever, with no sentinel; they are
// daemons, so when the script's code ends they end with it (P07), still waiting for more food.
// (Conch's every queue counts this way; joinableQueue() is there for those who know the name from
// Python, where only a JoinableQueue does.)
// The eaters note what they handled in a manager's list (P16), so the parent can check it.
// Scaled down: the seed sleeps 1 to 3 s per item made or eaten; here up to 20 ms.

food = joinableQueue('food')
handled = manager().list()
kinds = ['bun', 'bone', 'soup']
perCook = 10

eaters = (1..2).collect { n ->
  spawn(kind: 'process', name: "eater-$n", daemon: true) {
    def random = new Random()
    while (true) {
      def item = food.get()
      sleep random.nextInt(20)
      handled << item
      food.task_done()   // this item is finished: one fewer for join() to wait for
    }
  }
}

cooks = kinds.collect { kind ->
  process(name: "cook-$kind") {
    def random = new Random()
    for (i in 0..<perCook) {
      sleep random.nextInt(20)
      food.put("$kind $i".toString())
    }
    food.join()   // wait until all of it has been eaten
    println "cook-$kind (pid ${pid()}): join() returned, all my food has been eaten: ${(0..<perCook).every { handled.contains("$kind $it".toString()) }}"
  }
}

cooks*.join()
def made = kinds.collectMany { kind -> (0..<perCook).collect { "$kind $it".toString() } }
def seen = handled.snapshot()
println "main: the cooks are done"
println "all ${made.size()} items arrived exactly once: ${seen.sort() == made.sort() && seen.toSet().size() == made.size()}"
println "nothing is left unfinished: the queue is empty: ${food.empty()}"
println "main: my code ends here; the daemon eaters still wait for food: ${eaters.every { it.alive }}"
