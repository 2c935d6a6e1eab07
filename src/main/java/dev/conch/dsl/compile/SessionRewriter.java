package dev.conch.dsl.compile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Makes a session out of separate compilations. Top-level {@code def x = …} (and typed
 * declarations) become session variables, so they outlive the line that made them and methods can
 * see them, as Python's globals do; imports typed once stay for later lines; and it notes whether a
 * line ends in an expression whose value the prompt should show (assignments show nothing, as in
 * Python).
 *
 * <p>Thread-safe: compilations may run on different threads, one at a time per session.
 */
public final class SessionRewriter extends CompilationCustomizer {
  private final ImportCustomizer kept;
  private final Map<String, Shown> showsValue = new ConcurrentHashMap<>();
  private final Map<String, Consumer<ImportCustomizer>> pending = new ConcurrentHashMap<>();
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  /**
   * A customizer keeping imports in {@code kept}; {@code given} are the keys of the imports every
   * line has anyway (see {@link #key}), which are never kept twice.
   */
  public SessionRewriter(ImportCustomizer kept, Set<String> given) {
    super(CompilePhase.CONVERSION);
    this.kept = kept;
    this.known.addAll(given);
  }

  /** How an import is told apart from the others: its kind, its class or package, its alias. */
  public static String key(String kind, String name, String alias) {
    return kind + ":" + name + ":" + alias;
  }

  /** Forgets the imports of a compilation that failed. */
  public void discardImports() {
    pending.clear();
  }

  /** Keeps the imports of the compilation that just succeeded for every later one. */
  public void commitImports() {
    pending.forEach(
        (key, add) -> {
          if (known.add(key)) {
            add.accept(kept);
          }
        });
    pending.clear();
  }

  /** How many imports the session keeps, those every line has included: one more per new one. */
  public int importsKept() {
    return known.size();
  }

  /** What the prompt shows of the value a line ends in. */
  public enum Shown {
    /** Nothing: the line ends in a declaration, an assignment or a statement. */
    NOTHING,
    /** The value. */
    VALUE,
    /**
     * The list a spread call gives ({@code ts*.join()}), unless each of its items is null: a method
     * that gives nothing, called on each, is a loop of statements, as Python's {@code for t in ts:
     * t.join()}, and shows nothing.
     */
    SPREAD
  }

  /** What the prompt shows of the value the script class named {@code className} ends in. */
  public Shown showsValue(String className) {
    Shown shown = showsValue.remove(className);
    return shown == null ? Shown.NOTHING : shown;
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (!classNode.isScript()) {
      return;
    }
    keepImports(source.getAST());
    MethodNode run = classNode.getMethod("run", new org.codehaus.groovy.ast.Parameter[0]);
    if (run == null || !(run.getCode() instanceof BlockStatement block)) {
      return;
    }
    List<Statement> statements = block.getStatements();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i) instanceof ExpressionStatement es
          && es.getExpression() instanceof DeclarationExpression decl
          && decl.getAnnotations().isEmpty()) {
        BinaryExpression assign =
            new BinaryExpression(
                assigned(decl),
                Token.newSymbol(Types.ASSIGN, decl.getLineNumber(), decl.getColumnNumber()),
                decl.isMultipleAssignmentDeclaration()
                    ? decl.getRightExpression()
                    : typed(decl.getVariableExpression(), decl.getRightExpression()));
        assign.setSourcePosition(decl);
        ExpressionStatement replaced = new ExpressionStatement(assign);
        replaced.setSourcePosition(es);
        statements.set(i, replaced);
      }
    }
    showsValue.put(classNode.getName(), endsInShownExpression(statements));
  }

  /**
   * What a declaration at the top of a line sets, as session variables: its variable, or each of
   * {@code def (a, b) = …}, which Groovy would otherwise keep to the line (the types its names may
   * be given, {@code def (int a, b)}, are not applied: a session variable has none).
   */
  private static Expression assigned(DeclarationExpression decl) {
    if (!decl.isMultipleAssignmentDeclaration()) {
      return new VariableExpression(decl.getVariableExpression().getName());
    }
    TupleExpression names = new TupleExpression();
    for (Expression e : decl.getTupleExpression().getExpressions()) {
      names.addExpression(new VariableExpression(((VariableExpression) e).getName()));
    }
    names.setSourcePosition(decl.getTupleExpression());
    return names;
  }

  /**
   * The value a declaration gives its variable: converted to the declared type as Groovy converts
   * it for a typed local ({@code long t = 0} holds a Long, {@code int n = 3.7} holds 3, {@code int
   * n = 'abc'} fails), since the session variable made of it has no type of its own; a declaration
   * without a value gives null, or a primitive type's zero.
   */
  private static Expression typed(VariableExpression variable, Expression value) {
    ClassNode declared = variable.getOriginType();
    boolean dynamic = variable.isDynamicTyped() || declared == null;
    if (value instanceof EmptyExpression) {
      if (dynamic || !ClassHelper.isPrimitiveType(declared)) {
        return new ConstantExpression(null); // def a, b: both null
      }
      value = new ConstantExpression(ClassHelper.isPrimitiveBoolean(declared) ? false : 0);
    }
    if (dynamic) {
      return value;
    }
    CastExpression cast = new CastExpression(declared, value);
    cast.setSourcePosition(value);
    return cast;
  }

  private static Shown endsInShownExpression(List<Statement> statements) {
    if (statements.isEmpty()) {
      return Shown.NOTHING;
    }
    Statement last = statements.get(statements.size() - 1);
    if (!(last instanceof ExpressionStatement es)) {
      return Shown.NOTHING;
    }
    Expression e = es.getExpression();
    if (e instanceof DeclarationExpression
        || e instanceof BinaryExpression b && Types.isAssignment(b.getOperation().getType())) {
      return Shown.NOTHING;
    }
    return e instanceof MethodCallExpression call && call.isSpreadSafe()
        ? Shown.SPREAD
        : Shown.VALUE;
  }

  /** Notes the imports this line typed that the session does not have yet. */
  private void keepImports(ModuleNode module) {
    for (ImportNode i : module.getImports()) {
      String alias = i.getAlias();
      note(key("class", i.getClassName(), alias), k -> k.addImport(alias, i.getClassName()));
    }
    for (ImportNode i : module.getStarImports()) {
      String pkg = i.getPackageName().replaceAll("\\.$", "");
      note(key("star", pkg, ""), k -> k.addStarImports(pkg));
    }
    for (ImportNode i : module.getStaticImports().values()) {
      note(
          key("static", i.getClassName() + "." + i.getFieldName(), i.getAlias()),
          k -> k.addStaticImport(i.getAlias(), i.getClassName(), i.getFieldName()));
    }
    for (ImportNode i : module.getStaticStarImports().values()) {
      note(key("staticstar", i.getClassName(), ""), k -> k.addStaticStars(i.getClassName()));
    }
  }

  private void note(String key, Consumer<ImportCustomizer> add) {
    if (!known.contains(key)) {
      pending.putIfAbsent(key, add);
    }
  }
}
