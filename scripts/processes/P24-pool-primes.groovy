// P24 Counting primes: in one process, a process per number, and a pool
// The work: test every number in 1..100000 for primality by trial division and count the primes.
// It is pure computing, so more cores can make it faster: here three ways to spread it out.
// 1. Serial: one process, one number after another.
// 2. One process per number, all started at once: the wrong way. Each process is a whole JVM
//    that needs about a second to start, while testing one number takes well under a microsecond;
//    nearly all the time goes into starting and ending processes. (The seed starts ten thousand.)
//    Scaled down: two numbers only, and the script works out what all 100000 would cost.
// 3. A pool of `cores` processes: the workers start once and take job after job. The jobs here
//    are ten ranges of 10000 numbers (1..10000, 10001..20000, ...), each counting its primes;
//    starmap() calls the function with each range's two ends. The first run pays for starting
//    the workers; the same jobs again on the same pool show what the computing costs, spread
//    over the cores.
//    The last row does as the seed does: map() with every number a job of its own. The pool cuts
//    the list into chunks, so it is nowhere near a process per number, but the function is still
//    called and a true or false sent back 100000 times: the size of the jobs matters too.
// The test is a method of a @CompileStatic class, so it runs as fast as Java (see T08): ordinary
// dynamic Groovy would be two to three times slower, and Groovy's ranges and closures much more.
// With only one or two cores the pool cannot gain much; the times depend on the machine.

@CompileStatic
class Primes {
  static boolean isPrime(int n) {
    if (n < 2) {
      return false
    }
    for (int d = 2; d < n; d++) {
      if (n % d == 0) {
        return false
      }
    }
    return true
  }

  static int count(int from, int to) {
    int found = 0
    for (int n = from; n <= to; n++) {
      if (isPrime(n)) {
        found++
      }
    }
    return found
  }
}

def seconds(long since) { String.format(Locale.ROOT, '%.2f s', (System.nanoTime() - since) / 1e9) }
def row(String way, String numbers, int primes, String time) {
  printf('%-40s %-14s %6d  %s%n', way, numbers, primes, time)
}

printf('%-40s %-14s %6s  %s%n', 'way', 'numbers', 'primes', 'time')

long t0 = System.nanoTime()
int serial = Primes.count(1, 100_000)
row('serial, in this process', '1..100000', serial, seconds(t0))

def few = [99_989, 99_991]
t0 = System.nanoTime()
def each = few.collect { n -> process(name: "n$n") { Primes.isPrime(n) } }
each*.join()
long perProcess = System.nanoTime() - t0
row('one process per number', few.join(', '), each.count { it.result } as int, seconds(t0))

def ranges = (0..<10).collect { [it * 10_000 + 1, it * 10_000 + 10_000] }
t0 = System.nanoTime()
def workers = pool(cores, kind: 'process', name: 'primes')
int first = workers.starmap(ranges) { from, to -> Primes.count(from, to) }.sum()
row("pool of $cores, 10 jobs, starting included", '1..100000', first, seconds(t0))
t0 = System.nanoTime()
int second = workers.starmap(ranges) { from, to -> Primes.count(from, to) }.sum()
row("pool of $cores, 10 jobs, warm", '1..100000', second, seconds(t0))
t0 = System.nanoTime()
int third = workers.map(1..100_000) { Primes.isPrime(it) }.count(true)
row("pool of $cores, a job per number, warm", '1..100000', third, seconds(t0))
workers.close()
workers.join()

println()
double hours = perProcess / few.size() * 100_000 / 3.6e12
println String.format(Locale.ROOT, 'a process per number: 1..100000 would take about %.1f hours at that rate', hours)
def counts = [serial, first, second, third]
println "every way over 1..100000 counts the same: ${counts.unique(false).size() == 1}"
println "1..100000 holds $serial primes"
