/**
 * The /-commands: {@link dev.conch.shell.command.Command} and the one table ({@link
 * dev.conch.shell.command.CommandTable}) from which help, completion and the README check derive,
 * with /help, /tasks, /timeline, /vars, /run, /cure and the rest. A command runs on the REPL
 * thread; those that evaluate code hand it to the session's evaluating thread.
 */
package dev.conch.shell.command;
