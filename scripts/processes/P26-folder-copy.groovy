// P26 Copying a folder with a pool of three, progress through a queue
// The script makes a folder of small files in the temporary folder, then copies it: one job per
// file on a pool of three processes. Each job copies its file block by block and, once done, puts
// the file's name into a managed queue. Main does not wait for the pool: it takes names from the
// queue as they come and prints how far the copy has got, in percent, until every file is there.
// Which files finish first changes from run to run; the percentages always climb in steps of 10.
// At the end main checks that every copy has the same bytes as its original, and removes both
// folders, also when something failed.
// Scaled down: the seed asks for a folder by name and sleeps up to 1 s per 1 KB block; here ten
// files of 2.8 KB, 2 to 40 ms per 1 KB block.

def copyFile(progress, String name, String from, String to) {
  def random = new Random()
  new File(from, name).withInputStream { input ->
    new File(to, name).withOutputStream { output ->
      byte[] block = new byte[1024]
      int n
      while ((n = input.read(block)) > 0) {
        sleep(2 + random.nextInt(39))   // a slow disk
        output.write(block, 0, n)
      }
    }
  }
  progress.put(name)
}

def base = File.createTempDir('conch-P26-', '')
def source = new File(base, 'photos')
def target = new File(base, 'photos-copy')
def shared = manager()
try {
  source.mkdirs()
  target.mkdirs()
  def names = (1..10).collect { String.format('file-%02d.txt', it) }
  names.eachWithIndex { name, i -> new File(source, name).text = "line ${i}\n" * 400 }
  println "made ${names.size()} files of ${new File(source, names[0]).length()} bytes each"

  def progress = shared.queue()
  def trio = pool(3, kind: 'process', name: 'copy')
  names.each { name -> trio.apply_async(this.&copyFile, [progress, name, source.path, target.path]) }
  trio.close()

  def left = new ArrayList(names)
  while (left) {
    def name = progress.get(true, 20)   // waits at most 20 s for the next file
    left.remove(name)
    printf('%3d%% copied (%s)%n', ((names.size() - left.size()) * 100).intdiv(names.size()), name)
  }
  trio.join()

  def same = names.every { new File(source, it).bytes == new File(target, it).bytes }
  println "all ${names.size()} copies have their original's bytes: $same"
} finally {
  shared.shutdown()
  base.deleteDir()
}
println "temporary folders removed: ${!base.exists()}"
