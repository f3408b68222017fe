package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The default message bundle ({@code msg}) of every page. The texts live in
 * messages/msg_en.properties (English, the default), msg_lt, msg_lv and msg_ru; each key there has
 * a method here so that templates are checked at build time. Enum methods (status, priority...)
 * read the keys NAME_CONSTANT.
 * <p>
 * Keep it small: Quarkus resolves {@code {msg:name}} by comparing the name with every
 * key in turn, in generated methods of up to 300 keys (33 bytes of bytecode for a plain text, up
 * to 550 for a method that takes an enum), and HotSpot never compiles a method over 8,000 bytes.
 * With 343 keys here the first such method was interpreted on every lookup: 15% of the queue
 * page's CPU. The client pages, the administration, the reports, the sign-in pages, the
 * settings page and the queues have bundles of their own ({@link ClientMsg}, {@link AdminMsg},
 * {@link ReportMsg}, {@link LoginMsg}, {@link MeMsg}, {@link QueueMsg}); split again by area when
 * {@code MessageBundleSizeTest} fails.
 */
@MessageBundle
public interface Msg {

    @Message
    String layout_skip();

    @Message
    String layout_nav();

    @Message
    String layout_language();

    @Message
    String layout_change();

    @Message
    String nav_my_work();

    @Message
    String nav_tickets();

    @Message
    String nav_new_ticket();

    @Message
    String nav_me();

    @Message
    String nav_sign_out();

    @Message
    String save();

    @Message
    String choose();

    @Message
    String field_name();

    @Message
    String field_departments();

    @Message
    String field_department();

    @Message
    String field_status();

    @Message
    String field_assignee();

    @Message
    String field_client();

    @Message
    String field_contact();

    @Message
    String field_requester();

    @Message
    String field_receiving();

    @Message
    String field_requesting();

    @Message
    String field_type();

    @Message
    String field_title();

    @Message
    String field_description();

    @Message
    String field_priority();

    @Message
    String field_promise_text();

    @Message
    String field_promise_due();

    @Message
    String field_proposed_due();

    @Message
    String field_note();

    @Message
    String field_reason();

    @Message
    String field_waiting_on();

    @Message
    String field_comment();

    @Message
    String field_ticket();

    @Message
    String field_language();

    @Message
    String field_time_zone();

    @Message
    String field_current_password();

    @Message
    String field_new_password();

    @Message
    String field_confirm_password();

    @Message
    String form_has_errors();

    @Message
    String error_required();

    @Message
    String error_invalid();

    @Message
    String error_date();

    @Message
    String error_future();

    @Message
    String error_choose_client();

    @Message
    String error_wrong_password();

    @Message
    String error_password_short();

    @Message
    String error_password_mismatch();

    @Message
    String time_left(String amount);

    @Message
    String time_overdue(String amount);

    @Message
    String unit_days();

    @Message
    String unit_hours();

    @Message
    String unit_minutes();

    @Message
    String work_title();

    @Message
    String work_to_acknowledge();

    @Message
    String work_assigned();

    @Message
    String work_requested();

    @Message
    String work_proposals();

    @Message
    String work_promises();

    @Message
    String work_proposal_waiting();

    @Message
    String work_none();

    @Message
    String tickets_title();

    @Message
    String tickets_text();

    @Message
    String tickets_found();

    @Message
    String tickets_more_than(long count);

    @Message
    String tickets_bad_filter();

    @Message
    String filter_any();

    @Message
    String filter_overdue();

    @Message
    String filter_apply();

    @Message
    String pager_label();

    @Message
    String pager_prev();

    @Message
    String pager_next();

    @Message
    String pager_page();

    @Message
    String new_title();

    @Message
    String new_client_search();

    @Message
    String new_client_hint();

    @Message
    String new_search();

    @Message
    String new_no_clients();

    @Message
    String new_pick_client();

    @Message
    String new_also_known();

    @Message
    String new_choose_type();

    @Message
    String new_standard_due();

    @Message
    String new_realistic_due();

    @Message
    String new_realistic_unknown();

    @Message
    String new_realistic_basis(long open, long staff);

    @Message
    String new_default_priority();

    @Message
    String new_promise();

    @Message
    String new_promise_hint();

    @Message
    String new_submit();

    @Message
    String ticket_details();

    @Message
    String ticket_due();

    @Message
    String ticket_ack_due();

    @Message
    String ticket_resolve_due();

    @Message
    String ticket_proposed_due();

    @Message
    String ticket_resolved_at();

    @Message
    String ticket_reject_reason();

    @Message
    String ticket_unassigned();

    @Message
    String ticket_promises();

    @Message
    String ticket_no_promises();

    @Message
    String ticket_actions();

    @Message
    String ticket_timeline();

    @Message
    String ack_proposed_hint();

    @Message
    String comment_internal();

    @Message
    String action_acknowledge();

    @Message
    String action_answer_proposal();

    @Message
    String action_accept_proposal();

    @Message
    String action_decline_proposal();

    @Message
    String action_reject();

    @Message
    String action_start();

    @Message
    String action_wait();

    @Message
    String action_resume();

    @Message
    String action_resolve();

    @Message
    String action_close();

    @Message
    String action_reopen();

    @Message
    String action_cancel();

    @Message
    String action_forward();

    @Message
    String action_assign();

    @Message
    String action_comment();

    @Message
    String conflict_title();

    @Message
    String conflict_text();

    @Message
    String conflict_now();

    @Message
    String conflict_reload();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_409_title();

    @Message
    String error_409_text();

    @Message
    String error_400_title();

    @Message
    String error_400_text();

    @Message
    String error_other_title();

    @Message
    String error_other_text();

    @Message
    String error_back();

    @Message
    String status(app.baton.ticket.TicketStatus value);

    @Message
    String priority(app.baton.ticket.Priority value);

    @Message
    String waiting(app.baton.ticket.WaitingOn value);

    @Message
    String promise_status(app.baton.promise.PromiseStatus value);

    @Message
    String event(app.baton.ticket.TicketEventKind value);

    // --- apages ---

    @Message
    String nav_admin();

    @Message
    String attach_title();

    @Message
    String attach_file();

    @Message
    String attach_submit();

    @Message
    String attach_none();

    @Message
    String attach_too_large();

    @Message
    String attach_type_refused();

    @Message
    String attach_empty();

    @Message
    String attach_hint(String max);

    @Message
    String attach_line(String size, String by, String at);

    @Message
    String size_kb(String amount);

    @Message
    String size_mb(String amount);

    @Message
    String role(app.baton.user.Role value);

    @Message
    String error_time_zone();

    @Message
    String error_email();

    @Message
    String error_too_small(String min);

    @Message
    String error_too_large(String max);

    // --- qpages ---

    @Message
    String nav_queues();

    @Message
    String nav_clients();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String error_too_long(int max);

    @Message
    String timeline_kind(app.baton.client.ClientTimeline.Kind value);

    @Message
    String interaction_kind(app.baton.client.InteractionKind value);

    @Message
    String alias_kind(app.baton.client.AliasKind value);

    @Message
    String new_contact();

    @Message
    String new_contact_none();

    // --- oidc ---

    // --- reports ---

    @Message
    String nav_reports();

}
