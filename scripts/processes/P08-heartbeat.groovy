// P08 A daemon heartbeat
// A program that must show it is still working can leave that to a daemon: a small process that
// says "alive" at a fixed period, whatever the main code is busy with, and costs next to nothing,
// since it sleeps between beats. Because it is a daemon, nobody has to stop it: when the main work
// ends, the script ends and the heartbeat is cut off with it.
// The heartbeat creates a file after its first beat, and the main code waits for that file before it
// starts its clock: a child JVM needs up to a second or two to start. From then on the two keep
// their own time: beats at 0, 0.6 and 1.2 s, the main work's steps at 0.9 and 1.5 s, never at the
// same moment, so the lines interleave the same way each run.
// Scaled down: the seed's heartbeat would report every 60 s; here every 0.6 s.

beating = new File(System.getProperty('java.io.tmpdir'), "conch-P08-${pid()}.beats")

heartbeat = spawn(kind: 'process', name: 'heartbeat', daemon: true) {
  for (beat in 1..100) {
    println "heartbeat: alive ($beat)"
    if (beat == 1) {
      beating.createNewFile()   // tell the main code: the heartbeat runs
    }
    sleep 600
  }
}

// Waits until the file exists, for at most 10 s; returns whether it does.
def awaitFile(File file) {
  long deadline = System.currentTimeMillis() + 10_000
  while (!file.exists() && System.currentTimeMillis() < deadline) {
    sleep 10
  }
  file.exists()
}

awaitFile(beating)
beating.delete()
sleep 300
2.times { step ->
  sleep 600   // the main work
  println "main: step ${step + 1} of 2 done"
}
println "main: the work is done, and the script ends; heartbeat alive: ${heartbeat.alive}"
