package dev.conch.process;

/**
 * Work a child JVM does before it asks for its first job, found with {@link
 * java.util.ServiceLoader}: loading and running the language's runtime once, so that a spare child
 * runs the learner's first closure at once. Implementations must not print.
 */
public interface ChildWarmUp {
  /** Warms the child up; errors are ignored. */
  void warmUp() throws Exception;
}
