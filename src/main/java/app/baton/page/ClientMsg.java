package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the client pages ({@code {client:...}} in templates), in
 * messages/client_en.properties and its translations. A bundle of its own keeps {@link Msg} small
 * enough for HotSpot to compile the resolver Quarkus generates for it (see {@link Msg}).
 */
@MessageBundle("client")
public interface ClientMsg {

    @Message
    String list_title();

    @Message
    String list_search();

    @Message
    String list_search_hint();

    @Message
    String list_found(long count);

    @Message
    String list_none();

    @Message
    String list_query_long(int max);

    @Message
    String code();

    @Message
    String vat();

    @Message
    String region();

    @Message
    String segment();

    @Message
    String industry();

    @Message
    String parent();

    @Message
    String owner();

    @Message
    String restricted();

    @Message
    String allowed();

    @Message
    String role();

    @Message
    String phone();

    @Message
    String email();

    @Message
    String left();

    @Message
    String other_names();

    @Message
    String former_names();

    @Message
    String until();

    @Message
    String contacts();

    @Message
    String no_contacts();

    @Message
    String group();

    @Message
    String subsidiaries();

    @Message
    String no_group();

    @Message
    String new_request();

    @Message
    String log();

    @Message
    String log_kind();

    @Message
    String log_note();

    @Message
    String log_submit();

    @Message
    String no_contact();

    @Message
    String logged();

    @Message
    String timeline();

    @Message
    String timeline_empty();

    @Message
    String older();

    @Message
    String newer();

    @Message
    String history();

    @Message
    String history_empty();

    @Message
    String revert();

    @Message
    String revert_confirm(String field, String old);

    @Message
    String revert_yes();

    @Message
    String reverted();

    @Message
    String revert_conflict();

    @Message
    String is_revert();

    @Message
    String contact_field(String name, String field);

    @Message
    String none();

    @Message
    String facts();
}
