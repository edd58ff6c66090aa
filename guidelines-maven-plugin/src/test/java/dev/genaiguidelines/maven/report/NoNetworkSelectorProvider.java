package dev.genaiguidelines.maven.report;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The JVM's NIO channel factory in the {@code no-network} test JVM
 * ({@code -Djava.nio.channels.spi.SelectorProvider=}this class): every channel and selector is
 * recorded by {@link NoNetwork} and refused. The property is read once, at the first NIO use, so
 * it must be set when the JVM starts.
 */
public final class NoNetworkSelectorProvider extends SelectorProvider {

  @Override
  public DatagramChannel openDatagramChannel() throws IOException {
    throw NoNetwork.refuse("DatagramChannel");
  }

  @Override
  public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
    throw NoNetwork.refuse("DatagramChannel " + family);
  }

  @Override
  public Pipe openPipe() throws IOException {
    throw NoNetwork.refuse("Pipe");
  }

  @Override
  public AbstractSelector openSelector() throws IOException {
    throw NoNetwork.refuse("Selector");
  }

  @Override
  public ServerSocketChannel openServerSocketChannel() throws IOException {
    throw NoNetwork.refuse("ServerSocketChannel");
  }

  @Override
  public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
    throw NoNetwork.refuse("ServerSocketChannel " + family);
  }

  @Override
  public SocketChannel openSocketChannel() throws IOException {
    throw NoNetwork.refuse("SocketChannel");
  }

  @Override
  public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
    throw NoNetwork.refuse("SocketChannel " + family);
  }
}
