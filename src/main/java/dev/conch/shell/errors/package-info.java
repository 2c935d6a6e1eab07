/**
 * What a learner reads when something goes wrong: an evaluation's error in one line in their
 * language, advice for a name that means nothing here (a Python spelling, a typo), the line when
 * memory runs out, a task's failure nobody joins, and a deadlock as it forms. Stateless helpers,
 * called from the REPL and evaluating threads.
 */
package dev.conch.shell.errors;
