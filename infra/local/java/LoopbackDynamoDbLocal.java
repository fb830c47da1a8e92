/*
 * DynamoDB Local's own launcher, but listening on one address (the loopback by default):
 * the jar builds its Jetty server with `new Server(port)`, which binds every interface, and
 * has no option for the address. This builds the server from the same command line, moves
 * its connectors to the address in -Dhdnd.dynamodb.host before they open, and starts it.
 * Run as a single-file source program (java -cp <jar>:<lib>/* LoopbackDynamoDbLocal.java …).
 *
 * With -Dhdnd.dynamodb.exitWithParent=true it also exits when its standard input closes: the
 * Node process that started it holds the other end of that pipe, so however that process ends
 * (a test worker killed after a timeout, a SIGKILL), this server does not outlive it.
 */
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    String host = System.getProperty("hdnd.dynamodb.host", "127.0.0.1");
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) ((ServerConnector) connector).setHost(host);
    proxy.start();
    if (Boolean.getBoolean("hdnd.dynamodb.exitWithParent")) {
      Thread watchdog = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // Nothing is ever sent; only the end of the stream matters.
          }
        } catch (java.io.IOException ignored) {
          // A broken pipe is the parent gone, as an end of stream is.
        }
        Runtime.getRuntime().halt(0);
      }, "hdnd-exit-with-parent");
      watchdog.setDaemon(true);
      watchdog.start();
    }
  }
}
