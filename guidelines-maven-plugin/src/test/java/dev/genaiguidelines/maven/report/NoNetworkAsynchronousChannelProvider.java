package dev.genaiguidelines.maven.report;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The JVM's asynchronous channel factory in the {@code no-network} test JVM
 * ({@code -Djava.nio.channels.spi.AsynchronousChannelProvider=}this class): every asynchronous
 * socket and channel group is recorded by {@link NoNetwork} and refused.
 */
public final class NoNetworkAsynchronousChannelProvider extends AsynchronousChannelProvider {

  @Override
  public AsynchronousChannelGroup openAsynchronousChannelGroup(int threads,
      ThreadFactory factory) throws IOException {
    throw NoNetwork.refuse("AsynchronousChannelGroup");
  }

  @Override
  public AsynchronousChannelGroup openAsynchronousChannelGroup(ExecutorService executor,
      int initialSize) throws IOException {
    throw NoNetwork.refuse("AsynchronousChannelGroup");
  }

  @Override
  public AsynchronousServerSocketChannel openAsynchronousServerSocketChannel(
      AsynchronousChannelGroup group) throws IOException {
    throw NoNetwork.refuse("AsynchronousServerSocketChannel");
  }

  @Override
  public AsynchronousSocketChannel openAsynchronousSocketChannel(AsynchronousChannelGroup group)
      throws IOException {
    throw NoNetwork.refuse("AsynchronousSocketChannel");
  }
}
