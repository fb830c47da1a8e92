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
 *
 * It also gives DynamoDB Local's own SQLite database the index its stream records lack: every
 * write to a table with a stream reads the smallest sequence number of that stream with
 * `SELECT MIN(SequenceNumber) FROM us WHERE StreamID = ?`, and `us` (every stream record of the
 * server, kept for a day even after their table is deleted) is indexed by sequence number only.
 * So each write scanned every record the server had ever streamed: the same thousand items cost
 * 1.7 s of CPU to write into a fresh server's first table and 6.9 s into its tenth (measured
 * here; test/README.md, "Session 9"). The index makes that read a lookup; what the query
 * returns is the same.
 */
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteException;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.AbstractLocalDynamoDBServerHandler;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBClient;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.SQLiteDBAccess;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    String host = System.getProperty("hdnd.dynamodb.host", "127.0.0.1");
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Server server = (Server) read(DynamoDBProxyServer.class, "server", proxy);
    for (Connector connector : server.getConnectors()) ((ServerConnector) connector).setHost(host);
    indexStreamRecords(proxy);
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

  private static Object read(Class<?> owner, String name, Object from) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(from);
  }

  /**
   * CREATE INDEX on the stream records' StreamID, in the database every request uses (-sharedDb:
   * one for every key and region), before the server opens. Reached through DynamoDB Local's
   * private fields, as the connectors above: if a later jar moves them, the server runs as
   * shipped, only slower, and says so.
   */
  private static void indexStreamRecords(DynamoDBProxyServer proxy) {
    try {
      Object serverHandler = read(DynamoDBProxyServer.class, "serverHandler", proxy);
      Object requests = read(AbstractLocalDynamoDBServerHandler.class, "primaryHandler", serverHandler);
      if (!(Boolean) read(LocalDynamoDBRequestHandler.class, "sharedDb", requests)) return;
      Method handler = LocalDynamoDBRequestHandler.class.getDeclaredMethod("getHandler", String.class);
      handler.setAccessible(true);
      Object client = handler.invoke(requests, "shared");
      Object access = read(LocalDBClient.class, "dbAccess", client);
      SQLiteQueue queue = (SQLiteQueue) read(SQLiteDBAccess.class, "queue", access);
      SQLiteJob<Void> job = queue.execute(new SQLiteJob<Void>() {
        @Override
        protected Void job(SQLiteConnection connection) throws SQLiteException {
          connection.exec("CREATE INDEX IF NOT EXISTS hdnd_us_stream ON us (StreamID, SequenceNumber)");
          return null;
        }
      });
      job.complete();
      if (job.getError() != null) throw new IllegalStateException(job.getError());
      // The Node side reads this line (infra/local/dynamodb-local.ts, `streamRecordsIndexed`).
      System.err.println("hdnd: stream records indexed");
    } catch (ReflectiveOperationException | RuntimeException error) {
      System.err.println(
          "DynamoDB Local runs without the stream records' index (each write to a table with a stream"
              + " scans every record streamed so far): " + error);
    }
  }
}
