// P15 A pipe: two ends, one for each process, messages both ways
// pipe() gives two connected ends. What one end sends, the other end receives, in order, and the
// other way round too. A queue is for many producers and consumers; a pipe joins exactly two.
// Each process gets one end (passed in args:, as Python passes it to Process), and uses it through
// a proxy: send(obj) sends a copy, recv() waits for the next message. Once one end is closed and
// everything it sent has been read, recv() at the other end raises EOFError: that is how the
// receiver knows the conversation is over, with no sentinel needed.
// pipe(duplex: false) gives a one-way pipe instead: a receiving end and a sending end.

def (left, right) = pipe(name: 'table')

pinger = spawn(kind: 'process', name: 'pinger', args: [left]) { end ->
  for (i in 1..3) {
    end.send("ping $i".toString())
    def answer = end.recv()   // waits for the ponger's answer
    println "pinger: sent ping $i, got back $answer"
  }
  end.close()   // no more: the ponger's next recv() raises EOFError
}

ponger = spawn(kind: 'process', name: 'ponger', args: [right]) { end ->
  def answered = 0
  while (true) {
    def message
    try {
      message = end.recv()
    } catch (EOFError e) {
      println "ponger: EOFError, the pinger has closed its end ($e.message)"
      break
    }
    println "ponger: got $message"
    end.send(message.replace('ping', 'pong'))   // answer: ping 1 -> pong 1
    answered++
  }
  answered
}

pinger.join()
println "main: the ponger answered ${ponger.result} pings; the pinger ended with exit code ${pinger.exitcode}"

// one way: the child sends, the parent receives
def (inbox, outbox) = pipe(duplex: false, name: 'oneway')
counter = spawn(kind: 'process', name: 'counter', args: [outbox]) { end ->
  (1..5).each { end.send(it * it) }
  end.close()
}
def squares = []
try {
  while (true) {
    squares << inbox.recv()
  }
} catch (EOFError e) {
  println "main: received $squares, then EOFError"
}
try {
  inbox.send('hello?')
} catch (e) {
  println "main: the receiving end cannot send: $e.message"
}
