// P27 An executor of processes: submit gives a future at once, shutdown(wait: true) waits for all
// An executor is a pool shaped as Python's concurrent.futures: submit(fn, args…) hands one job to
// a worker and gives back a future straight away, a ticket for a value that is not there yet. Main
// goes on while the workers run; future.done() asks without waiting, future.result() (or get())
// waits for that one job; as_completed(futures) hands the futures over in the order their jobs
// end. shutdown(wait: true) lets no new job in and returns once every job has ended; wait: false
// returns at once and lets the workers finish on their own. pool(3, kind: 'process') takes submit
// and shutdown the same way.
// The seed fetches three web pages, one of which hangs until it times out, and shows that the
// others come back without waiting for it. Here the pages come from this machine: one server
// answers at once, the other only after 2 s, standing for the site that hangs.

def site = java.nio.file.Files.createTempDirectory('p27-site').toFile()
['news', 'weather', 'sport'].each { page ->
  new File(site, "${page}.html").text = "<html><head><title>${page.capitalize()} today</title></head></html>"
}
def quick = serve(site)
def slow = serve(site, latency: 2000)
def urls = ["${slow.url}news.html", "${quick.url}weather.html", "${quick.url}sport.html"]

def title(String url) {   // runs in a worker process
  def html = fetch(url).text
  (html =~ /<title>(.*?)<\/title>/)[0][1]
}

def ex = executor(3, kind: 'process')
def began = System.nanoTime()
def futures = urls.collect { url -> ex.submit(this.&title, url) }
printf('main: %d jobs submitted in %.1f s; nothing waited for them%n', futures.size(), (System.nanoTime() - began) / 1e9)
println "is the slow page done yet? ${futures[0].done()}"

def order = as_completed(futures).collect { f -> f.result() }
println "in the order they came back: ${order}"
println "the slow page came last: ${order.last() == 'News today'}"

ex.shutdown(wait: true)
println "after shutdown(wait: true) every future is done: ${futures.every { it.done() }}"
futures.eachWithIndex { f, i -> println "  ${urls[i].tokenize('/').last()} -> ${f.result()}" }
try {
  ex.submit { 1 }
} catch (e) {
  println "a job after shutdown: ${e.message}"
}
quick.stop()
slow.stop()
site.deleteDir()
