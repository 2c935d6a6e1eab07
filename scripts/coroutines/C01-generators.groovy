// C01 Generators: two bodies advanced in turn, one step each
// A generator is a body that stops at every `yield` and hands control back to whoever called
// next(). Nothing runs in parallel here: the loop at the bottom decides who goes next, and each
// body picks up exactly where it stopped, with its local variables intact. This is the oldest form
// of a coroutine: a function that can pause in the middle and be resumed later.

def work1 = generator('work1') {
  int round = 0
  while (true) {
    round++
    println "----work1---- round $round"
    yield()          // pause here; the next next(work1) resumes on the line below
  }
}

def work2 = generator('work2') {
  int round = 0
  while (true) {
    round++
    println "----work2---- round $round"
    yield()
  }
}

// the seed's loop runs forever with half a second between steps; three rounds show the pattern
3.times {
  next(work1)
  next(work2)
}

// a generator can also hand out values, and a for loop asks for them one at a time
def squares = generator('squares') {
  for (int n = 1; n <= 4; n++) {
    yield n * n
  }
}
for (value in squares) {
  println "next square: $value"
}
