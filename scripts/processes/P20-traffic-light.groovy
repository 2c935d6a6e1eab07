// P20 A traffic light: an event that cars wait for, and a police car that waits 0.5 s at most
// An event is a flag that tasks can wait for: set() raises it, clear() lowers it, is_set() reads
// it, and wait() blocks until it is raised; wait(0.5) blocks 0.5 s at most and returns whether it
// was raised. Here the flag is the light: raised is green, lowered is red.
// The lamp (a process) switches the light every second. A car (another process) that arrives at
// red waits until green, however long that takes; a police car waits 0.5 s at most and then
// drives on, red or not.
// All wait at a barrier first, so that the lamp's first red and the arrivals start from the same
// moment (child JVMs start one by one); then each vehicle arrives at a time of its own.
// Scaled down: the seed switches every 2 s, forever, and sends 20 random vehicles; here the lamp
// switches every second, three times, and then stays green, and four vehicles come, two of each.

light = event('light')   // not set: red
start = barrier(5, 'start')

lamp = process(name: 'lamp') {
  start.wait()
  println 'lamp: red'
  3.times {
    sleep 1000
    if (light.is_set()) {
      light.clear()
      println 'lamp: red'
    } else {
      light.set()
      println 'lamp: green'
    }
  }
}

// One vehicle: arrives after arriveSeconds, passes or waits. Returns [waited seconds, green].
def drive(String who, boolean police, double arriveSeconds) {
  start.wait()
  sleep((long) (arriveSeconds * 1000))
  if (light.is_set()) {
    println "$who: green, drives on"
    return [0d, true]
  }
  long t0 = System.nanoTime()
  boolean green = police ? light.wait(0.5) : light.wait()
  double waited = (System.nanoTime() - t0) / 1e9
  println "$who: red, waited ${String.format(Locale.ROOT, '%.1f s', waited)}, drives on at ${green ? 'green' : 'red'}"
  [waited, green]
}

cars = [process(name: 'car-1') { drive('car 1', false, 0.2) },
        process(name: 'car-3') { drive('car 3', false, 1.5) }]
policeCars = [process(name: 'police-2') { drive('police 2', true, 0.3) },
              process(name: 'police-4') { drive('police 4', true, 2.7) }]

def carTrips = cars*.result
def policeTrips = policeCars*.result
lamp.join()
println "every car drove on at green: ${carTrips.every { it[1] }}"
println "every police car that met red drove on within 0.5 s or at green: ${policeTrips.every { it[1] || it[0] >= 0.5 }}"
println "no police car waited out a red phase: ${policeTrips.every { it[0] < 0.9 }}"
