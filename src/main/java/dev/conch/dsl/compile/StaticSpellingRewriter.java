package dev.conch.dsl.compile;

import dev.conch.dsl.extensions.SpellingTypeChecks;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Adds {@link SpellingTypeChecks} to the extensions of every {@code @CompileStatic} and {@code
 * TypeChecked} annotation on a learner's classes and methods, so that statically compiled code
 * accepts both spellings of a name, as dynamic code does. Stateless.
 */
public final class StaticSpellingRewriter extends CompilationCustomizer {
  private static final String EXTENSIONS = "extensions";

  public StaticSpellingRewriter() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    Stream.concat(
            classNode.getAnnotations().stream(),
            classNode.getMethods().stream().flatMap(m -> m.getAnnotations().stream()))
        .filter(StaticSpellingRewriter::checksTypes)
        .forEach(StaticSpellingRewriter::addOurs);
  }

  private static boolean checksTypes(AnnotationNode a) {
    String name = a.getClassNode().getNameWithoutPackage();
    return name.equals("CompileStatic") || name.equals("TypeChecked");
  }

  private static void addOurs(AnnotationNode a) {
    Expression given = a.getMember(EXTENSIONS);
    ListExpression all = new ListExpression();
    if (given instanceof ListExpression list) {
      list.getExpressions().forEach(all::addExpression);
    } else if (given != null) {
      all.addExpression(given);
    }
    all.addExpression(new ConstantExpression(SpellingTypeChecks.class.getName()));
    a.setMember(EXTENSIONS, all);
  }
}
