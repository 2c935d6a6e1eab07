// T17 A chat over UDP: one task receives while another sends
// Two tasks talk over UDP on this machine's loopback address (127.0.0.1), each from its own socket.
// bob waits in receive() for a message and answers each one; alice sends her lines one at a time and
// waits for each answer before sending the next. Receiving blocks, so each side needs a task of its
// own to listen while the rest of the program goes on. "bye" ends the chat.
// Nothing leaves the machine: both sockets are bound to loopback, on ports the system picks.

import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.nio.charset.StandardCharsets

LOOPBACK = InetAddress.getByName('127.0.0.1')

// waits for one message (at most the socket's timeout) and returns [text, sender's address]
def receive(DatagramSocket socket) {
  def packet = new DatagramPacket(new byte[1024], 1024)
  socket.receive(packet)
  [new String(packet.data, 0, packet.length, StandardCharsets.UTF_8), packet.socketAddress]
}

def send(DatagramSocket socket, String text, to) {
  byte[] bytes = text.getBytes(StandardCharsets.UTF_8)
  socket.send(new DatagramPacket(bytes, bytes.length, to))
}

bobSocket = new DatagramSocket(0, LOOPBACK)
aliceSocket = new DatagramSocket(0, LOOPBACK)
[bobSocket, aliceSocket]*.soTimeout = 2000

bob = spawn(name: 'bob') {
  while (true) {
    def (text, from) = receive(bobSocket)
    println "bob got: $text"
    send(bobSocket, text == 'bye' ? 'bye!' : "got \"$text\"", from)
    if (text == 'bye') break
  }
}

alice = spawn(name: 'alice') {
  for (line in ['hello bob', 'UDP has no connection', 'bye']) {
    send(aliceSocket, line, bobSocket.localSocketAddress)
    def (answer, from) = receive(aliceSocket)
    println "alice got: $answer"
  }
}

try {
  [alice, bob]*.join()
} finally {
  [aliceSocket, bobSocket]*.close()
}
println "both sockets closed: ${aliceSocket.closed && bobSocket.closed}"
