// C02 Switching by hand: two coroutines pass control to each other
// greenlet's lesson: a coroutine can name the one that runs next. `b.switchTo()` stops the caller
// right there and resumes b where b stopped (or starts b, the first time). Nothing else is chosen
// for you: if neither switched, neither would run again. When a coroutine ends, control goes back
// to the last one that switched away and is still waiting, so the main line continues at the end.

def a, b // each switches to the other, so both names exist before either starts
a = coroutine(name: 'A', start: false) {
  3.times { round ->
    println "---A--- $round"
    b.switchTo()
  }
  println 'A is done'
}
b = coroutine(name: 'B', start: false) {
  3.times { round ->
    println "---B--- $round"
    a.switchTo()
  }
  println 'B is done'
}

println 'main switches to A'
a.switchTo()
println "back in main: A ${a.state}, B ${b.state}"
b.join()
println "B ${b.state}"
