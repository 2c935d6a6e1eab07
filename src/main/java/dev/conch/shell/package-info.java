/**
 * The terminal side of Conch: the JLine reader and prompt, multi-line input, highlighting,
 * completion, history, background output printed above the prompt, the status bar, Ctrl-C routing,
 * and the batch mode that runs a file or {@code -e} code. Its rooms: {@code command} (the
 * /-commands and their one table), {@code teach} (a teacher's /demo, /step, /record and /replay)
 * and {@code errors} (what a learner reads when something goes wrong).
 *
 * <p>May import {@code dsl}, {@code view}, {@code runtime}, {@code i18n} and JLine; holds no
 * concurrency logic. The REPL thread reads lines; each line is evaluated on its own service thread
 * so that Ctrl-C can always give the prompt back.
 */
package dev.conch.shell;
