/**
 * What a learner coming from the Python tutorials types, and Conch's answer: the one table of
 * Python spellings and Conch's ({@link dev.conch.dsl.python.PythonEquivalents}), the checks that
 * refuse Python Groovy would run wrongly ({@link dev.conch.dsl.python.PythonSyntax}, {@link
 * dev.conch.dsl.python.KeywordArgumentCheck}), the advice for Python that does not compile ({@link
 * dev.conch.dsl.python.PythonAdvice}), and the {@link dev.conch.dsl.python.Hint} each gives, worded
 * by the shell from the bundles.
 *
 * <p>May import Groovy's compiler; nothing of Conch's. Stateless; the compilation customizer is
 * thread-safe.
 */
package dev.conch.dsl.python;
