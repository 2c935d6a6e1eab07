/**
 * A teacher's tools: /demo steps through a script in front of a class, /step replays a coroutine
 * script's turns under a seed, /record writes a session to a file and /replay plays it back with
 * its pauses. Run on the REPL thread; the code they show is evaluated as typed code is.
 */
package dev.conch.shell.teach;
