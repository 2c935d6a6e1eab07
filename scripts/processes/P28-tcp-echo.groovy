// P28 A TCP echo server that serves each connection in its own process
// The server listens on 127.0.0.1 (loopback: nothing leaves this machine) on a port the operating
// system picks (port 0). Two clients connect at the same time and send lines; each line comes back
// in capitals. Each connection is served by a process of its own, so a slow or stuck connection
// does not hold up the others, and a crash in one handler leaves the rest running.
// Python hands the accepted socket itself to the child process: on Unix a socket is a file
// descriptor, which a child can inherit or receive. A JVM cannot give a socket to another JVM, so
// Conch refuses to copy one into a process (try it: use conn inside process { }). The design
// here keeps every socket in the parent and gives the child the work:
//   client <-TCP-> parent thread "relay-N" <-pipe()-> child process "handler-N"
// The parent accepts the connection and starts a relay thread and a handler process joined by a
// pipe. The relay reads a line from the socket, sends it down the pipe, waits for the answer and
// writes it back to the socket. The handler does the work (here, upper-casing) and answers through
// the pipe. When the client closes, the relay closes its end of the pipe: the handler's recv() then
// raises EOFError, and the handler ends, returning how many lines it served.
// Bounded: the server accepts exactly two connections, and every socket wait gives up after 20 s.
// Scaled down: the seed's server runs forever and its clients read lines from the keyboard; here
// two clients send two lines each.

// The child's side: answer each line in capitals until the relay closes the pipe.
def handle(end) {
  int served = 0
  try {
    while (true) {
      end.send(end.recv().toUpperCase())
      served++
    }
  } catch (EOFError closed) {
    end.close()
  }
  [pid(), served]
}

// The parent's side of one connection: socket lines into the pipe, answers back to the socket.
def relay(Socket conn, end) {
  conn.withCloseable {
    def input = new BufferedReader(new InputStreamReader(conn.inputStream, 'UTF-8'))
    def output = new PrintWriter(new OutputStreamWriter(conn.outputStream, 'UTF-8'), true)
    for (String line = input.readLine(); line != null; line = input.readLine()) {
      end.send(line)
      output.println(end.recv())
    }
  }
  end.close()
}

// A client: connects, sends its lines one by one and prints what comes back.
def client(String who, int port, List<String> lines) {
  new Socket(InetAddress.loopbackAddress, port).withCloseable { s ->
    s.soTimeout = 20_000
    def input = new BufferedReader(new InputStreamReader(s.inputStream, 'UTF-8'))
    def output = new PrintWriter(new OutputStreamWriter(s.outputStream, 'UTF-8'), true)
    lines.each { line ->
      output.println(line)
      println "$who: sent '$line', got back '${input.readLine()}'"
    }
  }
}

listener = new ServerSocket(0, 5, InetAddress.loopbackAddress)
listener.soTimeout = 20_000
int port = listener.localPort
println "server: listening on 127.0.0.1, port chosen by the system"
handlers = []   // filled by the server task; read by main after server.join()
relays = []
def server = spawn(name: 'server') {
  listener.withCloseable {
    (1..2).each { n ->
      Socket conn = listener.accept()   // waits for the next client
      conn.soTimeout = 20_000
      def (mine, theirs) = pipe()
      handlers << spawn(kind: 'process', name: "handler-$n", args: [theirs]) { end -> handle(end) }
      relays << spawn(name: "relay-$n") { relay(conn, mine) }
      println "server: connection $n accepted; handler-$n serves it"
    }
  }
}

def clients = [
  spawn(name: 'ann') { client('ann', port, ['hello from ann', 'bye']) },
  spawn(name: 'bob') { client('bob', port, ['hello from bob', 'see you']) },
]
clients*.join()
server.join()
relays*.join()
handlers*.join()

def results = handlers*.result
println "server: ${handlers.size()} connections, lines served per handler: ${results*.getAt(1)}"
println "each connection had a process of its own: ${results*.getAt(0).unique(false).size() == 2}; none of them main: ${!(pid() in results*.getAt(0))}"
println "handlers ended by themselves: exit codes ${handlers*.exitcode}"
