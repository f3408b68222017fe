package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the administration pages ({@code {admin:...}} in templates), in
 * messages/admin_en.properties and its translations. A bundle of its own keeps {@link Msg} small
 * enough for HotSpot to compile the resolver Quarkus generates for it (see {@link Msg}).
 */
@MessageBundle("admin")
public interface AdminMsg {

    @Message
    String title();

    @Message
    String departments();

    @Message
    String departments_hint();

    @Message
    String users();

    @Message
    String users_hint();

    @Message
    String types();

    @Message
    String types_hint();

    @Message
    String calendars();

    @Message
    String calendars_hint();

    @Message
    String department_new();

    @Message
    String code();

    @Message
    String code_hint();

    @Message
    String code_taken();

    @Message
    String email();

    @Message
    String calendar();

    @Message
    String every_minute();

    @Message
    String heads();

    @Message
    String members();

    @Message
    String active();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String inactive();

    @Message
    String multi_hint();

    @Message
    String user_new();

    @Message
    String roles();

    @Message
    String password();

    @Message
    String password_change();

    @Message
    String email_taken();

    @Message
    String role_required();

    @Message
    String type_new();

    @Message
    String default_priority();

    @Message
    String sla();

    @Message
    String warn_percent();

    @Message
    String warn_hint();

    @Message
    String sla_hint();

    @Message
    String ack_minutes();

    @Message
    String resolve_minutes();

    @Message
    String sla_required();

    @Message
    String whole_number();

    @Message
    String calendar_new();

    @Message
    String hours();

    @Message
    String hours_hint();

    @Message
    String hours_format();

    @Message
    String hours_required();

    @Message
    String holidays();

    @Message
    String holidays_hint();

    @Message
    String saved(String name);

    @Message
    String holiday_format(String text);

    @Message
    String hours_invalid();

    @Message
    String type_name_taken();
}
