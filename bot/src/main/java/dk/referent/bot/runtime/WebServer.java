package dk.referent.bot.runtime;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent's one HTTP server (Jetty 12, its core handlers): every route — Slack's events, Teams' activities, the
 * calendar feeds, {@code /health}, {@code /metrics} — on one port, so one process needs one port however many
 * platforms and feeds it serves. A route is a path ({@code /health}) or a prefix ({@code /calendar/*}).
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Server server;
    private final ServerConnector connector;

    private WebServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Serves {@code routes} on {@code port} (0: any free port) until closed. */
    public static WebServer start(int port, Map<String, Handler> routes) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("referent-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // nothing about the software behind the port is said to whoever asks
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        server.addConnector(connector);
        PathMappingsHandler mappings = new PathMappingsHandler();
        routes.forEach((path, handler) -> mappings.addMapping(PathSpec.from(path), handler));
        server.setHandler(mappings);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.setStopTimeout(2000);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the HTTP server could not start on port " + port + ": " + e.getMessage(), e);
        }
        LOG.info("HTTP on port {}: {}", connector.getLocalPort(), routes.keySet());
        return new WebServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // it did not start: nothing to stop
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the HTTP server did not stop cleanly: {}", e.toString());
        }
    }
}
