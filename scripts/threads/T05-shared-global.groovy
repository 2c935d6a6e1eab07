// T05 Tasks share the script's variables
// Every task of a script sees the same top-level variables, as Python's threads share globals.
// work1 adds 1 to gNum three times; work2, started after work1 has ended, reads the new value.
// The seed sleeps 1 s to let the first thread finish; here main waits for it with join() (see T14).
// The race detector says nothing: the join orders work1's writes before work2's read.

def gNum = 100

def work1() {
  3.times { gNum += 1 }
  println "in work1, gNum is $gNum"
}

def work2() {
  println "in work2, gNum is $gNum"
  println "work2 sees what work1 wrote: ${gNum == 103}"
}

println "before any task, gNum is $gNum"
def t1 = spawn(name: 'work1', target: this.&work1)
t1.join()
spawn(name: 'work2', target: this.&work2)
