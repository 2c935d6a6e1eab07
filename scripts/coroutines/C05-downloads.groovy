// C05 Three pages at once, with coroutines
// The seed fetches three websites with gevent: each greenlet gives way while it waits for the
// network, so the three requests are in flight together and end in the order their answers come
// back, not in the order they were asked for. Here the three "websites" are local pages of
// different sizes on a slow link (300 KiB/s for each connection), so the smallest comes back first.
// No internet: serve shares a folder of this machine.

def site = java.nio.file.Files.createTempDirectory('c05-site').toFile()
def sizes = [big: 150, medium: 90, small: 30]   // KiB
sizes.each { name, kib ->
  new File(site, "${name}.html").text =
      "<html><head><title>the ${name} page</title></head><body>${'x' * (kib * 1024)}</body></html>"
}
def server = serve(site, rate: '300 KiB/s')
fetch("${server.url}small.html").html.title()   // the first fetch loads the HTTP client: not timed

def t0 = System.nanoTime()
sizes.keySet().each { name -> fetch("${server.url}${name}.html") }
def oneByOne = (System.nanoTime() - t0) / 1e9

def answered = []
t0 = System.nanoTime()
def readers = sizes.keySet().collect { name ->
  coroutine(name: name) {
    println "${name}: asking"
    def page = fetch("${server.url}${name}.html")   // the turn passes on while it waits
    println "${name}: got '${page.html.title()}', ${page.bytes.length} bytes"
    answered << name
  }
}
readers*.join()
def atOnce = (System.nanoTime() - t0) / 1e9

println "asked for: ${sizes.keySet().join(', ')}"
println "answered:  ${answered.join(', ')}"
println String.format(Locale.ROOT, 'one after another: %.2f s; all three at once: %.2f s', oneByOne, atOnce)
// at once, they take about as long as the biggest alone (0.5 s), not the sum of all three (0.9 s)
server.stop()
site.deleteDir()
