package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * Every method of Maven's {@link ExecutionListener}, found by reflection so a method a later
 * Maven adds is included, is declared by {@link ForwardingExecutionListener} and passes the
 * event on exactly once; {@link DeferredAggregate} forwards through it.
 */
class ForwardingExecutionListenerTest {

  /** What the wrapped listener received: the method's name and the event. */
  private record Call(String method, Object event) {}

  private static List<Method> listenerMethods() {
    List<Method> methods = Arrays.stream(ExecutionListener.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .toList();
    assertTrue(methods.size() >= 17, "Maven 3.9 has 17 listener methods: " + methods);
    return methods;
  }

  private static ExecutionListener recording(List<Call> calls) {
    return (ExecutionListener) Proxy.newProxyInstance(ExecutionListener.class.getClassLoader(),
        new Class<?>[] {ExecutionListener.class}, (proxy, method, args) -> {
          calls.add(new Call(method.getName(), args[0]));
          return null;
        });
  }

  private static ExecutionEvent anEvent() {
    return (ExecutionEvent) Proxy.newProxyInstance(ExecutionEvent.class.getClassLoader(),
        new Class<?>[] {ExecutionEvent.class}, (proxy, method, args) -> null);
  }

  @Test
  void declaresEveryListenerMethodItself() {
    for (Method method : listenerMethods()) {
      Method declared = assertDoesNotThrowReturning(() -> ForwardingExecutionListener.class
          .getDeclaredMethod(method.getName(), method.getParameterTypes()), method.getName());
      assertFalse(declared.isDefault(), method.getName());
    }
  }

  @Test
  void passesEveryEventOnExactlyOnce() throws Exception {
    for (Method method : listenerMethods()) {
      List<Call> calls = new ArrayList<>();
      ExecutionListener forwarding = new ForwardingExecutionListener(recording(calls)) {};
      ExecutionEvent event = anEvent();
      method.invoke(forwarding, event);
      assertEquals(List.of(new Call(method.getName(), event)), calls, method.getName());
    }
  }

  @Test
  void withoutADelegateEveryEventIsDropped() throws Exception {
    ExecutionListener forwarding = new ForwardingExecutionListener(null) {};
    for (Method method : listenerMethods()) {
      try {
        method.invoke(forwarding, anEvent());
      } catch (InvocationTargetException e) {
        throw new AssertionError(method.getName() + " failed without a delegate", e.getCause());
      }
    }
  }

  @Test
  void theDeferredAggregateOverridesOnlyTheEventsItCounts() {
    List<String> overridden = Arrays.stream(DeferredAggregate.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getName).sorted().toList();
    assertEquals(List.of("projectFailed", "projectSkipped", "projectSucceeded", "sessionEnded"),
        overridden);
  }

  private interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  private static <T> T assertDoesNotThrowReturning(ThrowingSupplier<T> supplier, String what) {
    try {
      return supplier.get();
    } catch (Exception e) {
      throw new AssertionError(what + " is not declared by ForwardingExecutionListener", e);
    }
  }
}
