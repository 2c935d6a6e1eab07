// P25 A writer and a reader in a pool share a managed queue
// Two jobs on a pool of two processes talk through a queue made by manager(): the writer puts the
// letters of "hello", the reader takes them. The queue lives in main's runtime; each worker holds
// a proxy to it, and every put and get travels to main and back.
// Python needs Manager().Queue() here: its plain multiprocessing.Queue can be given to a Process
// when it starts, but not passed to a pool's job. In Conch a plain queue() works as well, since
// every runtime object a child uses reaches it as a proxy; the managed queue is shown because it is
// what the Python code uses.
// The reader takes exactly five letters with get(), which waits for each one. The seed instead
// sleeps a second to let the writer finish, then reads as many letters as qsize() says: on a slow
// or busy machine that guess can come too early and read too few.

def writer(q) {
  println "writer: runs in pid ${pid()}, its parent is main: ${ppid() == mainPid}"
  'hello'.each { q.put(it) }
  'hello'.size()
}

def reader(q, int count) {
  println "reader: runs in pid ${pid()}, its parent is main: ${ppid() == mainPid}"
  (1..count).collect { q.get() }
}

mainPid = pid()
println "main: pid $mainPid, start"
shared = manager()
letters = shared.queue()
duo = pool(2, kind: 'process', name: 'duo')
def wrote = duo.apply_async(this.&writer, [letters])
def read = duo.apply_async(this.&reader, [letters, 5])
duo.close()
duo.join()
println "writer put ${wrote.get()} letters"
println "reader got ${read.get()}, in order: ${read.get().join() == 'hello'}"
println "main: the queue is empty again: ${letters.empty()}"
shared.shutdown()
println "main: pid $mainPid, end"
