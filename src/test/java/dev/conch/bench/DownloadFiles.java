package dev.conch.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The files the download bench fetches, as in the measured baselines: 200 × 256 KiB, 20 × 8 MiB and
 * 1 × 512 MiB (722 MiB), each filled from a {@link SplittableRandom} seeded by its name, and their
 * {@code SHA256SUMS}. Made once in one folder and reused while every file still has its listed
 * hash; checks a folder of downloaded copies against the same list. Immutable once ready.
 */
final class DownloadFiles {
  /** The name of the list of hashes, in the form {@code sha256sum} writes. */
  static final String SUMS = "SHA256SUMS";

  private static final int KIB = 1 << 10;
  private static final int MIB = 1 << 20;
  private static final int CHUNK = MIB;

  /** A set of files of one size, named {@code prefix-NNN.bin}. */
  record FileSet(String prefix, int count, long bytes) {
    /** {@code 200 × 256 KiB}. */
    String label() {
      return bytes >= MIB
          ? String.format(Locale.ROOT, "%d × %d MiB", count, bytes / MIB)
          : String.format(Locale.ROOT, "%d × %d KiB", count, bytes / KIB);
    }

    /** The file names, in order: {@code small-000.bin}, {@code small-001.bin}, … */
    List<String> names() {
      int digits = Integer.toString(count - 1).length();
      return IntStream.range(0, count)
          .mapToObj(i -> String.format(Locale.ROOT, "%s-%0" + digits + "d.bin", prefix, i))
          .toList();
    }
  }

  static final FileSet SMALL = new FileSet("small", 200, 256 * KIB);
  static final FileSet MEDIUM = new FileSet("medium", 20, 8 * MIB);
  static final FileSet LARGE = new FileSet("large", 1, 512 * MIB);
  static final List<FileSet> ALL = List.of(SMALL, MEDIUM, LARGE);

  private final Path dir;
  private final Map<String, String> sums;

  private DownloadFiles(Path dir, Map<String, String> sums) {
    this.dir = dir;
    this.sums = Map.copyOf(sums);
  }

  /**
   * The files of {@code sets} in {@code dir}: reused when its {@code SHA256SUMS} lists every file
   * with the hash it has, else made again (the list last, so that an interrupted making is never
   * taken for done).
   */
  static DownloadFiles ready(Path dir, List<FileSet> sets, Consumer<String> progress)
      throws IOException {
    Files.createDirectories(dir);
    Path list = dir.resolve(SUMS);
    if (Files.isRegularFile(list)) {
      progress.accept("download: checking the files in " + dir + " …");
      Map<String, String> listed = parse(Files.readString(list, StandardCharsets.UTF_8));
      if (listed.keySet().equals(names(sets)) && differences(dir, listed).isEmpty()) {
        return new DownloadFiles(dir, listed);
      }
    }
    long bytes = sets.stream().mapToLong(set -> set.count() * set.bytes()).sum();
    progress.accept("download: making " + (bytes >> 20) + " MiB of files in " + dir + " …");
    Files.deleteIfExists(list);
    Map<String, String> made = new LinkedHashMap<>();
    for (FileSet set : sets) {
      for (String name : set.names()) {
        made.put(name, write(dir.resolve(name), set.bytes(), seed(name)));
      }
    }
    Files.writeString(list, format(made), StandardCharsets.UTF_8);
    return new DownloadFiles(dir, made);
  }

  /** The folder the files are in. */
  Path dir() {
    return dir;
  }

  /** The list of hashes. */
  Path sumsFile() {
    return dir.resolve(SUMS);
  }

  /**
   * Checks that {@code got} holds every file of {@code set} with its hash.
   *
   * @throws IllegalStateException naming {@code tool} and every file that is missing or differs
   */
  void verify(FileSet set, Path got, String tool) throws IOException {
    Map<String, String> wanted = new LinkedHashMap<>();
    set.names().forEach(name -> wanted.put(name, sums.get(name)));
    List<String> wrong = differences(got, wanted);
    if (!wrong.isEmpty()) {
      throw new IllegalStateException(
          "download: " + tool + ": " + wrong.size() + " file(s) wrong in " + got + ": " + wrong);
    }
  }

  /** {@code name: missing} or {@code name: sha256 X, expected Y} for each file that differs. */
  private static List<String> differences(Path dir, Map<String, String> wanted) throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (!Files.isRegularFile(file)) {
        wrong.add(e.getKey() + ": missing");
        continue;
      }
      String sha = sha256(file);
      if (!sha.equals(e.getValue())) {
        wrong.add(e.getKey() + ": sha256 " + sha + ", expected " + e.getValue());
      }
    }
    return wrong;
  }

  /** Lines {@code HASH NAME}, as {@code sha256sum} writes and reads them. */
  static String format(Map<String, String> sums) {
    StringBuilder text = new StringBuilder();
    sums.forEach((name, sha) -> text.append(sha).append("  ").append(name).append('\n'));
    return text.toString();
  }

  /** The hashes of a {@code SHA256SUMS} text by name; lines of another form are skipped. */
  static Map<String, String> parse(String text) {
    Map<String, String> sums = new LinkedHashMap<>();
    text.lines()
        .map(line -> line.split(" [ *]", 2))
        .filter(parts -> parts.length == 2 && parts[0].matches("\\p{XDigit}{64}"))
        .forEach(parts -> sums.put(parts[1], parts[0].toLowerCase(Locale.ROOT)));
    return sums;
  }

  /** The seed of a file's content: the same name always gives the same bytes. */
  static long seed(String name) {
    return 0x5EED_C0C4L * 31 + name.hashCode();
  }

  /** Writes {@code bytes} pseudo-random bytes from {@code seed} to {@code file}; their sha256. */
  private static String write(Path file, long bytes, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    MessageDigest digest = sha256();
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
    try (FileChannel out =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      for (long left = bytes; left > 0; left -= buffer.limit()) {
        buffer.clear();
        while (buffer.remaining() >= Long.BYTES) {
          buffer.putLong(random.nextLong());
        }
        buffer.flip().limit((int) Math.min(CHUNK, left));
        digest.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
    try (FileChannel in = FileChannel.open(file)) {
      while (in.read(buffer.clear()) >= 0) {
        digest.update(buffer.flip());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Every file name of every set. */
  private static Set<String> names(List<FileSet> sets) {
    return sets.stream().flatMap(s -> s.names().stream()).collect(Collectors.toSet());
  }

  /** Deletes everything inside {@code dir}, keeping the folder; makes it when missing. */
  static void clear(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> inside = Files.list(dir)) {
      for (Path path : inside.toList()) {
        deleteTree(path);
      }
    }
  }

  /** Deletes {@code path} and, for a folder, everything inside it. */
  static void deleteTree(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> inside = Files.list(path)) {
        for (Path child : inside.toList()) {
          deleteTree(child);
        }
      }
    }
    Files.deleteIfExists(path);
  }
}
