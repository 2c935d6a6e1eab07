// P19 A semaphore: four rooms, more people, never more than four inside
// A lock lets one task in at a time; a semaphore lets in as many as it has permits. semaphore(4)
// is a karaoke bar with four rooms: acquire() takes a room (or waits until someone leaves),
// release() gives it back; withLock { } does both around a block. Shared by processes, each
// acquire and release is done on the parent's semaphore, so the count holds for all of them.
// Everyone arrives at the door together (a barrier), so that more people want a room than there
// are rooms. A manager's value counts who is inside, and another keeps the most there ever were.
// Scaled down: the seed has 13 people (each a process of its own; child JVMs are costly to start)
// staying 0 to 3 s; here 7 people staying 0.2 to 0.5 s.

people = 7
rooms = semaphore(4, 'rooms')
m = manager()
inside = m.value(0)
most = m.value(0)
door = barrier(people, 'door')

guests = (1..people).collect { n ->
  process(name: "person-$n") {
    door.wait()
    rooms.withLock {
      int now = inside.update { it + 1 }
      most.update { Math.max(it, now) }
      println "person-$n takes a room ($now of 4 taken)"
      sleep 200 + new Random().nextInt(300)
      inside.update { it - 1 }
      println "person-$n leaves"
    }
  }
}
guests*.join()

println "everyone had a room in the end: ${guests.every { it.exitcode == 0 }}"
println "most people inside at once: ${most.value}; never more than 4: ${most.value <= 4}"
println "inside now: ${inside.value}; free rooms: ${rooms.free()}"
