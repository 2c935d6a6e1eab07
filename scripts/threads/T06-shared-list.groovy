// T06 One list handed to two tasks
// args: passes values to a task's work. A list is passed as itself, not as a copy,
// so when work1 appends to it, work2 finds the new element in the very same list.
// work2 first sleeps 300 ms so that work1 has surely appended (the seed sleeps 1 s).
// A sleep orders nothing, so this is a race that comes out right; the race detector watches session
// variables, not a list passed by args:, so it says nothing here (see /help race).

def work1(list) {
  list << 44
  println "in work1, after appending 44: $list"
}

def work2(list) {
  sleep 300
  println "in work2: $list"
  println "work2 sees the 44 that work1 appended: ${44 in list}"
}

def nums = [11, 22, 33]
println "before any task: $nums"
spawn(name: 'work1', target: this.&work1, args: [nums])
spawn(name: 'work2', target: this.&work2, args: [nums])
