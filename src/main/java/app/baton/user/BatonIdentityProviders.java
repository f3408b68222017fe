package app.baton.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
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

        @Inject
        IdentityCache cache;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String principal = request.getPrincipal();
            // the page before this one a moment ago: answered on the calling thread, as for tokens
            SecurityIdentity known = cache.session(principal);
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            return context.runBlocking(() -> lookup.bySession(principal)
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }

    @ApplicationScoped
    public static class Token implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        IdentityLookup lookup;

        @Inject
        IdentityCache cache;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            if (request.getToken().getClass() != TokenCredential.class) {
                // the identity provider's tokens (OIDC sign-in, see LoginPage#oidc) are Quarkus OIDC's to check
                return Uni.createFrom().nullItem();
            }
            String secret = request.getToken().getToken();
            // seen a moment ago: answered on the calling thread, without a worker or the database
            SecurityIdentity known = cache.token(secret);
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            return context.runBlocking(() -> lookup.byToken(secret).orElseThrow(AuthenticationFailedException::new));
        }
    }
}
