/**
 * Renderers that turn runtime state into text: the task table of {@code /tasks}, the timeline of a
 * run, the status line. Each is a pure function of what it is given; the room keeps no state of its
 * own.
 *
 * <p>May import {@code dev.conch.runtime} and the JDK only; never JLine, Groovy or another room.
 * Every word a learner reads (headers, state words, legends) comes from the caller, so the shell
 * can pass English or Chinese. Plain output (the default) holds no escape codes.
 *
 * <p>Thread model: stateless and thread-safe; the shell calls these renderers from its own thread
 * while tasks keep running. Each task is read once per rendering; a task that changes state during
 * that read may show its old and new state mixed in that one rendering, and the next one is right.
 */
package dev.conch.view;
