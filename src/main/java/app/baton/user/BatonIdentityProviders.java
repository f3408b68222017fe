package app.baton.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The identity providers behind form login, the form-login cookie (a server-side session) and bearer tokens. */
public final class BatonIdentityProviders {

    private BatonIdentityProviders() {
    }

    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        @Inject
        IdentityLookup lookup;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String password = new String(request.getPassword().getPassword());
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = routing == null ? null : ClientAddress.of(routing.request());
            return context.runBlocking(() -> {
                try {
                    return lookup.signIn(request.getUsername(), password, address)
                            .orElseThrow(AuthenticationFailedException::new);
                } catch (LoginThrottledException e) {
                    throw new AuthenticationFailedException(e);
                }
            });
        }
    }

    @ApplicationScoped
    public static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {
        @Inject
        IdentityLookup lookup;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> lookup.bySession(request.getPrincipal())
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }

    @ApplicationScoped
    public static class Token implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        IdentityLookup lookup;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> lookup.byToken(request.getToken().getToken())
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }
}
