package app.baton.user;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address a request came from, as login throttling counts it. Behind a proxy this is the
 * proxy's address unless quarkus.http.proxy.proxy-address-forwarding is on.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
