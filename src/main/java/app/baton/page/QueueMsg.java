package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the department queues ({@code {queue:...}} in templates), in
 * messages/queue_en.properties and its translations. A bundle of its own keeps {@link Msg} small
 * enough for HotSpot to compile the resolver Quarkus generates for it (see {@link Msg}).
 */
@MessageBundle("queue")
public interface QueueMsg {

    @Message
    String list_title();

    @Message
    String list_none();

    @Message
    String title();

    @Message
    String views();

    @Message
    String view(app.baton.ticket.TicketSearch.QueueView value);

    @Message
    String bulk();

    @Message
    String bulk_hint();

    @Message
    String assign_selected();

    @Message
    String select();

    @Message
    String col_request();

    @Message
    String nobody();

    @Message
    String empty();

    @Message
    String refreshes();

    @Message
    String choose_tickets();

    @Message
    String not_in_queue(String key);

    @Message
    String assigned(int count, String name);
}
