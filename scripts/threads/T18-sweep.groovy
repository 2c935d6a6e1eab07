// T18 Which hosts are up: one address at a time, then all at once
// The seed finds the live hosts of a network by pinging one address after another, so every
// address that does not answer costs a whole timeout, and the silent ones add up. Here: the seed's
// way over the first 16 addresses, the whole network that way by extrapolation, then sweep asking
// all of them at once, then TCP, which also finds the hosts that ignore ping.
// Run it in the classroom network: ./shell lab up, then ./shell lab shell scripts/threads/T18-sweep.groovy
// Another network: ./shell scripts/threads/T18-sweep.groovy 192.168.1.0/24 (sweep only your own).
// Scaled down: the seed waits 1 s for each ping; here 200 ms one at a time, 500 ms in the sweeps.

def network = args ? args[0] : '10.213.0.0/24'
def inLab = java.net.NetworkInterface.getByInetAddress(java.net.InetAddress.getByName('10.213.0.1'))
if (!args && !inLab) {   // outside the lab, 10.213.0.0/24 is somebody else's network: never sweep it
  println 'the classroom network is not here: ./shell lab up, then ./shell lab shell scripts/threads/T18-sweep.groovy'
  return
}
def prefix = network.tokenize('./')[0..2].join('.')   // '10.213.0': the seed counts the last part

println "1. one at a time, with the system ping (the seed's way), 200 ms each: ${prefix}.1 to ${prefix}.16"
def t0 = System.nanoTime()
def answered = []
for (n in 1..16) {
  def ip = "${prefix}.${n}"
  if (sweep(ip, probe: 'ping', timeout: 200, quiet: true).alive) {
    answered << ip
  }
}
def serial = (System.nanoTime() - t0) / 1e9
println "   answered: ${answered.join(', ')}"
println String.format(Locale.ROOT, '   16 addresses took %.1f s; all 254 this way would take about %.0f s',
    serial, serial / 16 * 254)

println "2. all at once:"
def r = sweep(network)

println "3. all at once again, by TCP (a refused connection is an answer too):"
def t = sweep(network, probe: 'tcp', quiet: true)
println "   ${t.alive.size()} answered; only TCP found ${(t.alive - r.alive).join(', ') ?: 'none'}"
println String.format(Locale.ROOT, '   the sweep took %.2f s, one at a time with its timeout: %.0f s',
    r.elapsed, r.serial)
