// P11 Two processes pass letters through a queue
// Processes share no memory, so they talk by messages. A queue made by the parent is the simplest
// way: the writer and the reader each get the same queue (as a proxy: every put and get is done on
// the parent's queue), and what one puts the other takes, first in first out.
// Round 1 is the classic order: start the writer, join it, then start the reader, which reads until
// the queue is empty. Round 2 runs both at once: then empty() only says how things stand this very
// moment (the writer may not have put the next letter yet), so the reader takes exactly as many
// letters as it expects with get(), which waits for each.
// Scaled down: the seed's writer sleeps up to 1 s after each letter; here up to 0.1 s.

letters = ['A', 'B', 'C']
q = queue('letters')

def write() {
  for (letter in letters) {
    println "writer: put $letter"
    q.put(letter)
    sleep new Random().nextInt(100)
  }
  pid()
}

println 'round 1: the writer first, then the reader'
writer = process(name: 'writer') { write() }
writer.join()
reader = process(name: 'reader') {
  def taken = []
  while (!q.empty()) {
    def letter = q.get()
    println "reader: got $letter"
    taken << letter
  }
  println 'reader: the queue is empty, all read'
  [pid(), taken]
}
def (readerPid, got) = reader.result
println "the reader got $got: in the order they were put: ${got == letters}"
println "writer, reader and this script are three processes: ${[writer.result, readerPid, pid()].toSet().size() == 3}"

println 'round 2: both at once'
writer = process(name: 'writer') { write() }
reader = process(name: 'reader') {
  def taken = []
  letters.size().times {
    def letter = q.get()   // waits until the writer has put one
    println "reader: got $letter"
    taken << letter
  }
  taken
}
got = reader.result
writer.join()
println "the reader got $got: in the order they were put: ${got == letters}; queue empty: ${q.empty()}"
