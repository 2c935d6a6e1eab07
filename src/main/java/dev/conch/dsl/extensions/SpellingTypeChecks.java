package dev.conch.dsl.extensions;

import dev.conch.dsl.compile.StaticSpellingRewriter;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.MethodCall;
import org.codehaus.groovy.transform.stc.StaticTypeCheckingSupport;
import org.codehaus.groovy.transform.stc.StaticTypeCheckingVisitor;
import org.codehaus.groovy.transform.stc.TypeCheckingExtension;

/**
 * The twins of {@link SpellingTwins} for statically compiled code: a learner's
 * {@code @CompileStatic} method that calls {@code q.put_nowait(1)} on a {@code Queue} compiles to a
 * call of {@code putNowait}, the method the other spelling names. {@link StaticSpellingRewriter}
 * names this extension on every such annotation. One per class being checked, on the compiling
 * thread.
 */
public final class SpellingTypeChecks extends TypeCheckingExtension {
  public SpellingTypeChecks(StaticTypeCheckingVisitor visitor) {
    super(visitor);
  }

  @Override
  public List<MethodNode> handleMissingMethod(
      ClassNode receiver,
      String name,
      ArgumentListExpression argumentList,
      ClassNode[] argumentTypes,
      MethodCall call) {
    return Spellings.SHIPPED
        .twinOfMethod(name)
        .map(twin -> methods(receiver, twin, argumentTypes))
        .orElse(List.of());
  }

  private List<MethodNode> methods(ClassNode receiver, String name, ClassNode[] argumentTypes) {
    List<MethodNode> found = new ArrayList<>();
    collect(receiver, name, found);
    found.addAll(
        StaticTypeCheckingSupport.findDGMMethodsByNameAndArguments(
            SpellingTypeChecks.class.getClassLoader(), receiver, name, argumentTypes));
    return StaticTypeCheckingSupport.chooseBestMethod(receiver, found, argumentTypes);
  }

  private static void collect(ClassNode type, String name, List<MethodNode> found) {
    if (type == null) {
      return;
    }
    found.addAll(type.getDeclaredMethods(name));
    collect(type.getSuperClass(), name, found);
    for (ClassNode i : type.getInterfaces()) {
      collect(i, name, found);
    }
  }
}
