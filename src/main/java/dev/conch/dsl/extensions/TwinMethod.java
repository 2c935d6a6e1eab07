package dev.conch.dsl.extensions;

import groovy.lang.MetaMethod;
import java.lang.reflect.Modifier;
import org.codehaus.groovy.reflection.CachedClass;

/**
 * A method's other spelling ({@code put_nowait} for {@code putNowait}): the same parameters, and a
 * call runs the method it spells. Registered by {@link SpellingTwins}. Immutable.
 */
final class TwinMethod extends MetaMethod {
  private final String name;
  private final MetaMethod spelt;
  private final CachedClass owner;

  TwinMethod(String name, MetaMethod spelt, CachedClass owner) {
    super(spelt.getNativeParameterTypes());
    this.name = name;
    this.spelt = spelt;
    this.owner = owner;
  }

  @Override
  public int getModifiers() {
    return Modifier.PUBLIC;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public Class<?> getReturnType() {
    return spelt.getReturnType();
  }

  @Override
  public CachedClass getDeclaringClass() {
    return owner;
  }

  @Override
  public Object invoke(Object object, Object[] arguments) {
    return spelt.invoke(object, arguments);
  }
}
