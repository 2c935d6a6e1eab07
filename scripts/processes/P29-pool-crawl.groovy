// P29 Pages fetched by a pool of processes, parsed by a callback in the main process
// The seed hands the pages of a site to a pool of worker processes and, for each page, has a
// callback in the main process pick out what it needs and append it to a file. The work that
// waits (the fetch) is spread over the workers; the callback runs in main, one page at a time, so
// appending to the one file needs no lock across processes. Here the site is a local one of 12
// pages, served by this machine with 40 ms added to every request.

def site = java.nio.file.Files.createTempDirectory('p29-site').toFile()
(1..12).each { i ->
  new File(site, "page-${i}.html").text = "<html><head><title>Article ${i}</title></head><body>…</body></html>"
}
def server = serve(site, latency: 40)
def urls = (1..12).collect { "${server.url}page-${it}.html" }
out = new File(site, 'titles.txt')   // a session variable: the callbacks in main use it

def download(String url) {   // runs in a worker process
  [url: url, html: fetch(url).text]
}

def parse(Map page) {   // runs in main, once the page has come back
  def title = (page.html =~ /<title>(.*?)<\/title>/)[0][1]
  out << "${page.url.tokenize('/').last()}: ${title}\n"
}

pool(3, kind: 'process') { p ->
  urls.each { url -> p.apply_async(this.&download, [url], callback: this.&parse) }
  p.close()
  p.join()
}

def lines = out.readLines()
println "the file has ${lines.size()} lines, one per page:"
lines.sort { it.find(/\d+/) as int }.each { println "  $it" }
server.stop()
site.deleteDir()
