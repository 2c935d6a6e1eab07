package dev.conch.dsl.compile;

import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.InnerClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Lets a class a learner declares see the session's variables and methods, as the methods of a
 * Python class see the module's globals: a name the class does not have is looked up in the session
 * ({@code mutexA.acquire()} in a task class's {@code run()}), and assigning to one sets the session
 * variable. It adds {@code propertyMissing} and {@code methodMissing} to the class, which call
 * {@link SessionAccess}; a class that declares its own keeps them. Scripts, inner classes (which
 * Groovy sends to their outer class), interfaces, enums and traits are left alone.
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class SessionClassRewriter extends CompilationCustomizer {
  private static final ClassNode ACCESS = ClassHelper.make(SessionAccess.class);

  public SessionClassRewriter() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (classNode.isScript()
        || classNode instanceof InnerClassNode // Groovy sends what it lacks to its outer class
        || classNode.isInterface()
        || classNode.isEnum()
        || !classNode.getAnnotations(ClassHelper.make(groovy.transform.Trait.class)).isEmpty()) {
      return;
    }
    Parameter name = new Parameter(ClassHelper.STRING_TYPE, "name");
    Parameter value = new Parameter(ClassHelper.OBJECT_TYPE, "value");
    Parameter args = new Parameter(ClassHelper.OBJECT_TYPE, "args");
    add(classNode, "propertyMissing", "read", name);
    add(classNode, "propertyMissing", "write", name, value);
    add(classNode, "methodMissing", "call", name, args);
  }

  /** Adds {@code method(params) { return SessionAccess.target(this, params…) }} unless declared. */
  private static void add(ClassNode type, String method, String target, Parameter... params) {
    boolean declared = // types are not resolved yet: a learner's own method counts by arity
        type.getDeclaredMethods(method).stream()
            .anyMatch(m -> m.getParameters().length == params.length);
    if (declared) {
      return;
    }
    ArgumentListExpression args = new ArgumentListExpression(VariableExpression.THIS_EXPRESSION);
    for (Parameter p : params) {
      args.addExpression(new VariableExpression(p));
    }
    Expression call = new StaticMethodCallExpression(ACCESS, target, args);
    type.addMethod(
        new MethodNode(
            method,
            java.lang.reflect.Modifier.PUBLIC,
            ClassHelper.OBJECT_TYPE,
            params,
            ClassNode.EMPTY_ARRAY,
            new ReturnStatement(call)));
  }
}
