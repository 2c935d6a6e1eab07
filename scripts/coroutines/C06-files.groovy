// C06 Two files downloaded at once
// The seed downloads two files with gevent and writes each to disk: both transfers are under way at
// the same time, each greenlet giving way while it waits for its next bytes. Here download does the
// waiting for us: its workers fetch the two files at once, each to NAME.part first, renamed only
// when the whole file has arrived and its sha256 is the one the server published.
// The files come from this machine (serve), on a link of 1 MiB/s per connection.

def site = java.nio.file.Files.createTempDirectory('c06-site').toFile()
def random = new Random(6)
def photo = new byte[400 * 1024]; random.nextBytes(photo)
def song = new byte[700 * 1024]; random.nextBytes(song)
new File(site, 'photo.jpg').bytes = photo
new File(site, 'song.mp3').bytes = song
def hex = { byte[] b -> java.security.MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }
new File(site, 'SHA256SUMS').text = "${hex(photo)}  photo.jpg\n${hex(song)}  song.mp3\n"
def server = serve(site, rate: '1 MiB/s')

def to = java.nio.file.Files.createTempDirectory('c06-got').toFile()
download(server.url + 'SHA256SUMS', to: to, quiet: true)   // first the list of hashes
def got = download(['photo.jpg', 'song.mp3'].collect { server.url + it }, to: to,
    sha256: new File(to, 'SHA256SUMS'), quiet: true)

got.each { println "${it.name}: ${it.size} bytes, ${it.outcome}, sha256 checked: ${it.verified}" }
println "on disk: ${to.list().sort().join(', ')}"
println String.format(Locale.ROOT, 'both together took %.1f s; one after the other would take about %.1f s',
    got.wall, got.serial)
server.stop()
[site, to]*.deleteDir()
