package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a person's own settings page ({@code {me:...}} in templates), in
 * messages/me_en.properties and its translations. A bundle of its own keeps {@link Msg} small
 * enough for HotSpot to compile the resolver Quarkus generates for it (see {@link Msg}).
 */
@MessageBundle("me")
public interface MeMsg {

    @Message
    String title();

    @Message
    String settings();

    @Message
    String password();

    @Message
    String change_password();

    @Message
    String saved();

    @Message
    String notifications();

    @Message
    String notifications_hint();

    @Message
    String notifications_save();

    @Message
    String notify_always();

    @Message
    String notify_kind(app.baton.notification.NotificationKind value);

    @Message
    String notify_mode(app.baton.notification.DeliveryMode value);
}
