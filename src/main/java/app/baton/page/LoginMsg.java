package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sign-in pages ({@code {login:...}} in templates), in
 * messages/login_en.properties and its translations. A bundle of its own keeps {@link Msg} small
 * enough for HotSpot to compile the resolver Quarkus generates for it (see {@link Msg}).
 */
@MessageBundle("login")
public interface LoginMsg {

    @Message
    String title();

    @Message
    String heading();

    @Message
    String email();

    @Message
    String password();

    @Message
    String submit();

    @Message
    String wrong();

    @Message
    String throttled();

    @Message
    String demo();

    @Message
    String demo_password();

    @Message
    String oidc(String name);

    @Message
    String oidc_company();

    @Message
    String oidc_refused_title();

    @Message
    String oidc_refused_text();

    @Message
    String oidc_back();

    @Message
    String oidc_failed();
}
