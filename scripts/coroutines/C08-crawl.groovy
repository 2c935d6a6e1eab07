// C08 Crawling a site of 50 pages, one at a time and all at once
// The seed crawls a site with gevent: many pages in flight together, each greenlet giving way while
// it waits for the network. Here the site is made on this machine: an index linking 50 pages, served
// on a slow link that adds 40 ms to every request (and to every new connection), as a far-away
// server would. One page at a time pays the 40 ms fifty times; fifty coroutines pay it about once.

def site = java.nio.file.Files.createTempDirectory('c08-site').toFile()
def names = (1..50).collect { String.format('page-%02d.html', it) }
new File(site, 'index.html').text =
    "<html><head><title>index</title></head><body>${names.collect { "<a href='$it'>$it</a>" }.join('\n')}</body></html>"
names.eachWithIndex { name, i ->
  new File(site, name).text = "<html><head><title>Page ${i + 1} of 50</title></head><body>…</body></html>"
}
def server = serve(site, latency: 40)

def links = fetch("${server.url}index.html").html.select('a[href]')*.absUrl('href')
println "the index links ${links.size()} pages"

def t0 = System.nanoTime()
def titles = links.collect { fetch(it).html.title() }
def oneByOne = (System.nanoTime() - t0) / 1e9

def found = [:]
t0 = System.nanoTime()
links.collect { url -> coroutine { found[url] = fetch(url).html.title() } }*.join()
def atOnce = (System.nanoTime() - t0) / 1e9

links.each { println "${it.tokenize('/').last()}: ${found[it]}" }
println "the same titles both ways: ${titles == links.collect { found[it] }}"
println String.format(Locale.ROOT, 'one page at a time: %.2f s; all 50 at once: %.2f s', oneByOne, atOnce)
server.stop()
site.deleteDir()
