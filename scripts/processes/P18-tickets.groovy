// P18 Buying tickets: a file read and written by many processes oversells without a lock
// The number of tickets left is kept in a JSON file, {"count": 1}. A buyer reads the file, and if
// a ticket is left, takes one and writes the file back. Reading and writing take time (the seed
// pretends it is a slow network: 0.1 s to read, 0.2 s to write).
// Without a lock, all buyers read "1 left" before anyone has written, each takes "the last"
// ticket, and each writes 0 back: more tickets are sold than exist, and the file cannot tell.
// With a lock shared by the processes, one buyer at a time reads, decides and writes: the first
// gets the ticket and the others are told it is sold out. Slower (one after another), but right.
// A lock is needed here because the data lives in a file, not in a queue or a manager.
// Everyone looks at the board first (outside the lock), then the buyers wait at a barrier, so
// that all of them try to buy at the same moment (child JVMs start one by one).
// Scaled down: the seed has 100 buyers for 1 ticket (and for 5); here 3 buyers for 1 ticket.

import com.fasterxml.jackson.databind.ObjectMapper   // reads and writes JSON

db = new File(File.createTempDir('conch-P18-', ''), 'db.json')
tickets = 1
buyers = 3
desk = lock('desk')

// How many tickets the file says are left.
def left() {
  new ObjectMapper().readValue(db, Map).count
}

// One buyer: read, decide, write. Returns whether it got a ticket.
def buy(String who) {
  def data = new ObjectMapper().readValue(db, Map)
  sleep 100   // reading is slow
  if (data.count > 0) {
    data.count -= 1
    sleep 200   // writing is slow
    new ObjectMapper().writeValue(db, data)
    println "$who: bought a ticket"
    return true
  }
  println "$who: sold out"
  false
}

// A sale: the file starts with the tickets, every buyer is a process. Returns how many sold.
def sale(boolean locked) {
  new ObjectMapper().writeValue(db, [count: tickets])
  def door = barrier(buyers, 'door')
  def processes = (1..buyers).collect { n ->
    process(name: "buyer-$n") {
      println "buyer-$n: the board says ${left()} left"
      door.wait()   // all buyers try at the same moment
      locked ? desk.withLock { buy("buyer-$n") } : buy("buyer-$n")
    }
  }
  processes.count { it.result }
}

println "sale 1, no lock: $buyers buyers, tickets on sale: $tickets"
int sold = sale(false)
println "tickets sold: $sold of $tickets; oversold without the lock: ${sold > tickets}; the file says ${left()} left"
println "sale 2, with the lock: $buyers buyers, tickets on sale: $tickets"
sold = sale(true)
println "tickets sold with the lock: $sold; exactly $tickets: ${sold == tickets}; the file says ${left()} left"
db.delete()
db.parentFile.delete()
