// P21 A pool of three processes runs five jobs
// pool(3, kind: 'process') starts three worker processes at once, when the pool is made, and keeps
// them. apply_async(fn, [args]) hands one job to the pool and returns at once, so main goes on
// while the jobs run: "main: all five jobs handed over" may show before, between or after the
// jobs' own lines. Each worker takes a job as soon as its process is up; the fourth and fifth jobs
// wait until a worker is free, and that worker, a process already running, takes them: no new
// process is started for them.
// close() says no job will follow; join() then waits until the workers have ended (join() needs
// close() first, as in Python). Each job returns the pid of the process that ran it, so the last
// lines show which worker ran which jobs.
// Each job sleeps for a random time, so which worker frees up first, and which jobs share a
// process, changes from run to run.
// Scaled down: the seed's jobs sleep up to 2 s; here 0.2 to 1 s.

def work(int job) {
  long began = System.nanoTime()
  println "job $job starts in ${current().name}, pid ${pid()}"
  sleep(200 + new Random().nextInt(800))
  printf('job %d is done after %.2f s%n', job, (System.nanoTime() - began) / 1e9)
  pid()
}

workers = pool(3, kind: 'process', name: 'trio')
results = (0..4).collect { job -> workers.apply_async(this.&work, [job]) }
println 'main: all five jobs handed over'
workers.close()
workers.join()
println 'main: the pool is closed and its workers have ended'

def pids = results*.get()   // the value each job returned, in the order they were handed over
def byPid = (0..4).groupBy { pids[it] }
println "jobs per process: ${byPid.values()}"
println "five jobs ran in no more than three processes: ${byPid.size() <= 3}"
println "so at least one process ran more than one job: ${byPid.values().any { it.size() > 1 }}"
println "none of them ran in main: ${!(pid() in pids)}"
