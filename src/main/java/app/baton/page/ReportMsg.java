package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the reports ({@code {report:...}} in templates), in messages/report_en.properties
 * and its translations. A bundle of its own keeps {@link Msg} small enough for HotSpot to compile
 * the resolver Quarkus generates for it (see {@link Msg}).
 */
@MessageBundle("report")
public interface ReportMsg {

    @Message
    String title();

    @Message
    String department();

    @Message
    String from();

    @Message
    String to();

    @Message
    String show();

    @Message
    String sla();

    @Message
    String sla_hint();

    @Message
    String requests();

    @Message
    String ack();

    @Message
    String resolve();

    @Message
    String met();

    @Message
    String breached();

    @Message
    String pending();

    @Message
    String median_ack();

    @Message
    String median_resolve();

    @Message
    String by_type();

    @Message
    String by_month();

    @Message
    String type();

    @Message
    String month();

    @Message
    String workload();

    @Message
    String open();

    @Message
    String unassigned();

    @Message
    String oldest();

    @Message
    String person();

    @Message
    String clients();

    @Message
    String client();

    @Message
    String download();

    @Message
    String none();

    @Message
    String no_department();

    @Message
    String bad_range();

    @Message
    String promises();

    @Message
    String promises_hint();

    @Message
    String promises_kept_share();

    @Message
    String promises_kept();

    @Message
    String promises_broken();

    @Message
    String promises_renegotiated();

    @Message
    String promises_open();

    @Message
    String promises_overdue();
}
