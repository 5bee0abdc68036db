package dk.referent.bot.platform.email;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /act/<token>}, a route of Referent's one HTTP server: a reminder mail's Udført / Udsæt link. A GET only shows a
 * page with a button, and the button's POST acts: mail scanners and link previews open links by GET, and must not use
 * up a one-use link or close a follow-up nobody meant to close.
 */
public final class EmailActionRoute extends Handler.Abstract {

    /** The path spec the server mounts this route on. */
    public static final String PATHS = ActionLinks.PATH + "*";

    private final EmailActions actions;

    public EmailActionRoute(EmailActions actions) {
        this.actions = actions;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String token = request.getHttpURI().getPath().substring(ActionLinks.PATH.length());
        String page;
        if (request.getMethod().equals("POST")) {
            page = page(escape(actions.act(token)), "");
        } else if (request.getMethod().equals("GET")) {
            page = page("Vil du udføre handlingen fra påmindelsen?",
                    "<form method=\"post\"><button type=\"submit\">Ja, udfør den</button></form>");
        } else {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
            response.setStatus(405);
            callback.succeeded();
            return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        // the token is in the URL: no cache may keep the page
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, page, callback);
        return true;
    }

    private static String page(String text, String form) {
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Referent</title></head><body><p>" + text
                + "</p>" + form + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
