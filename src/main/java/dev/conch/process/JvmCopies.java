package dev.conch.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Values copied between JVMs with Java serialization, as Python's multiprocessing pickles them:
 * what arrives is a copy, so a change to it stays on its side. On the way out a hook may put
 * something serializable in place of an object (a {@link Handle} for a runtime object); on the way
 * in, a hook turns it back (into a proxy), and classes are looked up in a given loader first (the
 * learner's classes arrive as bytes and live in their own loader). A synchronized list is copied
 * under its lock ({@link SynchronizedLists}), so that a task adding to it meanwhile does no harm.
 * Plain values (numbers, text, lists of them) travel in a compact form instead ({@link
 * PlainCopies}). Stateless; thread-safe.
 */
public final class JvmCopies {
  private JvmCopies() {}

  /**
   * The bytes of {@code value}, with each object passed through {@code replace} first.
   *
   * @throws NotSerializableException naming the first class that cannot be copied
   */
  public static byte[] write(Object value, UnaryOperator<Object> replace)
      throws NotSerializableException {
    byte[] plain = PlainCopies.write(value); // plain values hold nothing to replace
    if (plain != null) {
      return plain;
    }
    var bytes = new ByteArrayOutputStream();
    var lists = new SynchronizedLists();
    try (var out = new Out(bytes, o -> replace.apply(lists.copyable(o)))) {
      // the stream's hook meets a list only after its writeReplace: the list itself is copied here
      out.writeObject(
          SynchronizedLists.isOne(value) ? SynchronizedLists.snapshot((List<?>) value) : value);
    } catch (NotSerializableException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("copy: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * The value {@code bytes} hold, its classes looked up in {@code loader}, each object passed
   * through {@code resolve}.
   *
   * @throws IOException when the bytes are not a copy, or name a class the loader lacks
   */
  public static Object read(byte[] bytes, ClassLoader loader, UnaryOperator<Object> resolve)
      throws IOException {
    if (PlainCopies.isPlain(bytes)) {
      return PlainCopies.read(bytes);
    }
    try (var in = new In(new ByteArrayInputStream(bytes), loader, resolve)) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("copy: no class " + e.getMessage(), e);
    }
  }

  private static final class Out extends ObjectOutputStream {
    private final UnaryOperator<Object> replace;

    Out(OutputStream bytes, UnaryOperator<Object> replace) throws IOException {
      super(bytes);
      this.replace = replace;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      return replace.apply(obj);
    }
  }

  private static final class In extends ObjectInputStream {
    private final ClassLoader loader;
    private final UnaryOperator<Object> resolve;

    In(InputStream bytes, ClassLoader loader, UnaryOperator<Object> resolve) throws IOException {
      super(bytes);
      this.loader = loader;
      this.resolve = resolve;
      enableResolveObject(true);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }

    @Override
    protected Object resolveObject(Object obj) {
      return resolve.apply(obj);
    }
  }
}
