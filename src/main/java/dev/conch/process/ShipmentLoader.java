package dev.conch.process;

import java.util.Map;

/**
 * The child's class loader for one shipment: defines the shipped classes from their bytes when
 * first asked, and finds everything else (Groovy, Conch) in its parent. Each shipment gets a fresh
 * one, because the session reuses class names (every line's script is {@code ConchN}, and a learner
 * may declare a class again). Thread-safe, as class loading is.
 */
final class ShipmentLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  ShipmentLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("conch-shipment", parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
