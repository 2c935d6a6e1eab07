// P10 A bounded queue: full, put with a timeout, put_nowait, get_nowait
// A queue made with a size, queue(3), holds at most that many items. Putting into a full queue
// waits for room: put(item) waits as long as it takes, put(item, true, 2) waits at most 2 seconds
// and then raises Full, and put_nowait(item) raises Full at once. get_nowait() takes an item without
// waiting and raises Empty when there is none. full(), empty() and qsize() say how things stand
// (between processes they are only a snapshot: another process may put or get the next moment).
// One process is enough to see all this; P11 to P14 pass queues between processes.

q = queue(3, 'messages')
q.put('message 1')
q.put('message 2')
println "two in, full: ${q.full()}"
q.put('message 3')
println "three in, full: ${q.full()}"

long t0 = System.nanoTime()
try {
  q.put('message 4', true, 2)   // block for at most 2 seconds
} catch (Full e) {
  double waited = (System.nanoTime() - t0) / 1e9
  println "put with a 2 s timeout: Full after waiting ${String.format(Locale.ROOT, '%.1f s', waited)}"
  println "  $e.message"
  println "  it waited the whole 2 s: ${waited >= 1.9}; items in the queue: ${q.qsize()}"
}

try {
  q.put_nowait('message 4')
} catch (Full e) {
  println "put_nowait: Full at once: $e.message"
}

// the careful way: look before you put or get
if (!q.full()) {
  q.put_nowait('message 4')
}
println 'drain with get_nowait:'
while (!q.empty()) {
  println "  ${q.get_nowait()}"
}
try {
  q.get_nowait()
} catch (Empty e) {
  println "get_nowait on the empty queue: Empty: $e.message"
}
