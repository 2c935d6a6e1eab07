package dev.conch.net.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting {@code serve} on what cannot be served, and stopping it so that nothing stays behind.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ServeStartStopTest {
  @TempDir Path dir;

  private static List<String> serveThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("serve-"))
        .toList();
  }

  @Test
  void stopFreesThePortAndEndsEveryThread() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    FileServer first = FileServer.start(dir, ServeOptions.DEFAULTS);
    int port = first.port();
    try (LoopbackHttp http = new LoopbackHttp()) {
      assertThat(http.get(first, "/a.txt").statusCode()).isEqualTo(200);
    }
    assertThat(serveThreads())
        .isNotEmpty()
        .allMatch(name -> name.startsWith("serve-" + port + "-"));

    first.stop();
    first.stop();

    assertThat(serveThreads()).isEmpty();
    assertThat(first.isRunning()).isFalse();
    try (FileServer second = FileServer.start(dir, ServeOptions.DEFAULTS.withPort(port));
        LoopbackHttp http = new LoopbackHttp()) {
      assertThat(second.port()).isEqualTo(port);
      assertThat(http.get(second, "/a.txt").body()).containsExactly('a');
    }
    assertThat(serveThreads()).isEmpty();
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(() -> FileServer.start(missing, ServeOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(ServeInputError.class)
        .hasMessage(missing + ": no such directory; serve shares a directory");
  }

  @Test
  void aFileIsNotADirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "a");

    assertThatThrownBy(() -> FileServer.start(file, ServeOptions.DEFAULTS))
        .isInstanceOf(ServeInputError.class)
        .hasMessage(
            file + ": is a file, not a directory; serve shares a whole directory, such as " + dir)
        .extracting(e -> ((ServeInputError) e).key())
        .isEqualTo("usage.serve.dir.file");
  }

  @Test
  void aPortInUseIsNamed() {
    try (FileServer taken = FileServer.start(dir, ServeOptions.DEFAULTS)) {
      ServeOptions same = ServeOptions.DEFAULTS.withPort(taken.port());

      assertThatThrownBy(() -> FileServer.start(dir, same))
          .isInstanceOf(ServeInputError.class)
          .hasMessage(
              "port "
                  + taken.port()
                  + " on 127.0.0.1 is already in use; choose another port, or port: 0 for a free"
                  + " one");
    }
    assertThat(serveThreads()).isEmpty();
  }

  @Test
  void aHostThatIsNotThisMachinesIsRefused() {
    // 192.0.2.1 is TEST-NET-1: no machine has it; binding fails locally, nothing is sent
    assertThatThrownBy(() -> FileServer.start(dir, ServeOptions.DEFAULTS.withHost("192.0.2.1")))
        .isInstanceOf(ServeInputError.class)
        .hasMessage(
            "host '192.0.2.1' is not an address of this machine; use '127.0.0.1' (this machine"
                + " only) or '0.0.0.0' (every network it is on)");
  }

  @Test
  void onlyALoopbackAddressKeepsItOnThisMachine() throws Exception {
    assertThat(FileServer.sharedBeyondThisMachine(InetAddress.getByName("127.0.0.1"))).isFalse();
    assertThat(FileServer.sharedBeyondThisMachine(InetAddress.getByName("127.0.0.2"))).isFalse();
    assertThat(FileServer.sharedBeyondThisMachine(InetAddress.getByName("::1"))).isFalse();
    assertThat(FileServer.sharedBeyondThisMachine(InetAddress.getByName("0.0.0.0"))).isTrue();
    assertThat(FileServer.sharedBeyondThisMachine(InetAddress.getByName("::"))).isTrue();
    assertThat(FileServer.sharedBeyondThisMachine(InetAddress.getByName("10.1.2.3"))).isTrue();
  }

  @Test
  void anIpv6LoopbackServerHasABracketedUrl() throws Exception {
    try (FileServer v6 = FileServer.start(dir, ServeOptions.DEFAULTS.withHost("::1"))) {
      assertThat(v6.url()).isEqualTo("http://[::1]:" + v6.port() + "/");
      assertThat(v6.sharedBeyondThisMachine()).isFalse();
    }
  }
}
