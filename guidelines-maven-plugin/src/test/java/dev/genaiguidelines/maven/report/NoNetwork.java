package dev.genaiguidelines.maven.report;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Process-wide guards that record and refuse every network use the JDK lets a test intercept:
 * classic sockets, server and datagram sockets (their implementation factories), URL connections
 * for network protocols (a stream handler factory), proxy selection, and, when the JVM was
 * started with the matching system properties, NIO and asynchronous channels
 * ({@link NoNetworkSelectorProvider}, {@link NoNetworkAsynchronousChannelProvider}).
 *
 * <p>Every factory can be set once per JVM and stays set, so only a JVM of its own may install
 * them: the plugin's {@code no-network} surefire execution runs {@link NoNetworkTest} and
 * {@code NoNetworkGoalsTest} (the goals through the plugin harness) and nothing else.
 * What no Java API can intercept (native code, child processes, the native DNS resolver) is
 * listed in FUZZING.md; the same execution points {@code jdk.net.hosts.file} at an empty hosts
 * file, so name lookups never reach DNS.
 */
public final class NoNetwork {
  /** URL protocols that reach the network; {@code file} and {@code jar} stay local. */
  private static final Set<String> NETWORK_PROTOCOLS =
      Set.of("http", "https", "ftp", "mailto", "ldap", "ldaps");

  private static final List<String> ATTEMPTS = new ArrayList<>();
  private static boolean installed;

  private NoNetwork() {}

  /** Records an attempt and returns the exception the guard throws for it. */
  static SocketException refuse(String what) {
    synchronized (ATTEMPTS) {
      ATTEMPTS.add(what);
    }
    return new SocketException("no network in this test: " + what);
  }

  /** Every attempt since the last {@link #clear()}, in order. */
  public static List<String> attempts() {
    synchronized (ATTEMPTS) {
      return List.copyOf(ATTEMPTS);
    }
  }

  /** Forgets the attempts recorded so far. */
  public static void clear() {
    synchronized (ATTEMPTS) {
      ATTEMPTS.clear();
    }
  }

  /**
   * True in the {@code no-network} surefire execution, whose JVM starts with the NIO guards:
   * only there may {@link #install()} run, since its guards stay for the JVM's life.
   */
  public static boolean isGuardedJvm() {
    return NoNetworkSelectorProvider.class.getName().equals(
        System.getProperty(NoNetworkTest.PROVIDER_PROPERTY));
  }

  /** Installs every guard, once per JVM. */
  @SuppressWarnings("deprecation") // the socket implementation factories, the only hooks there are
  public static synchronized void install() throws IOException {
    if (installed) {
      return;
    }
    Socket.setSocketImplFactory(() -> {
      throw new IllegalStateException(refuse("java.net.Socket"));
    });
    ServerSocket.setSocketFactory(() -> {
      throw new IllegalStateException(refuse("java.net.ServerSocket"));
    });
    DatagramSocket.setDatagramSocketImplFactory(() -> {
      throw new IllegalStateException(refuse("java.net.DatagramSocket"));
    });
    URL.setURLStreamHandlerFactory(protocol -> NETWORK_PROTOCOLS.contains(protocol)
        ? new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) throws IOException {
            throw refuse("URL " + url);
          }

          @Override
          protected URLConnection openConnection(URL url, Proxy proxy) throws IOException {
            throw refuse("URL " + url);
          }
        }
        : null);
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        throw new IllegalArgumentException(refuse("proxy selection for " + uri));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        refuse("connection to " + uri);
      }
    });
    installed = true;
  }
}
