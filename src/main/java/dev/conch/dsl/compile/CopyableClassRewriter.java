package dev.conch.dsl.compile;

import java.io.Serializable;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Makes every class a learner declares {@link Serializable}, so that its objects can be copied to a
 * child process as Python pickles any object (a value passed to a process, put in a proxied queue,
 * returned by a pool job). Scripts, interfaces, enums and traits are left as they are. Thread-safe:
 * it keeps no state.
 */
public final class CopyableClassRewriter extends CompilationCustomizer {
  private static final ClassNode SERIALIZABLE = ClassHelper.make(Serializable.class);

  public CopyableClassRewriter() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (!classNode.isScript()
        && !classNode.isInterface()
        && !classNode.isEnum()
        && !classNode.implementsInterface(SERIALIZABLE)) {
      classNode.addInterface(SERIALIZABLE);
    }
  }
}
