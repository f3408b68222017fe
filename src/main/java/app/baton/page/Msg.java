package app.baton.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The default message bundle ({@code msg}) of every page. The texts live in
 * messages/msg_en.properties (English, the default), msg_lt, msg_lv and msg_ru; each key there has
 * a method here so that templates are checked at build time. Enum methods (status, priority...)
 * read the keys NAME_CONSTANT.
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
    String login_title();

    @Message
    String login_heading();

    @Message
    String login_email();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_wrong();

    @Message
    String login_throttled();

    @Message
    String login_demo();

    @Message
    String login_demo_password();

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
    String me_title();

    @Message
    String me_settings();

    @Message
    String me_password();

    @Message
    String me_change_password();

    @Message
    String me_saved();

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
    String me_notifications();

    @Message
    String me_notifications_hint();

    @Message
    String me_notifications_save();

    @Message
    String me_notify_always();

    @Message
    String notify_kind(app.baton.notification.NotificationKind value);

    @Message
    String notify_mode(app.baton.notification.DeliveryMode value);

    @Message
    String nav_admin();

    @Message
    String admin_title();

    @Message
    String admin_departments();

    @Message
    String admin_departments_hint();

    @Message
    String admin_users();

    @Message
    String admin_users_hint();

    @Message
    String admin_types();

    @Message
    String admin_types_hint();

    @Message
    String admin_calendars();

    @Message
    String admin_calendars_hint();

    @Message
    String admin_department_new();

    @Message
    String admin_code();

    @Message
    String admin_code_hint();

    @Message
    String admin_code_taken();

    @Message
    String admin_email();

    @Message
    String admin_calendar();

    @Message
    String admin_every_minute();

    @Message
    String admin_heads();

    @Message
    String admin_members();

    @Message
    String admin_active();

    @Message
    String admin_yes();

    @Message
    String admin_no();

    @Message
    String admin_inactive();

    @Message
    String admin_multi_hint();

    @Message
    String admin_user_new();

    @Message
    String admin_roles();

    @Message
    String admin_password();

    @Message
    String admin_password_change();

    @Message
    String admin_email_taken();

    @Message
    String admin_role_required();

    @Message
    String admin_type_new();

    @Message
    String admin_default_priority();

    @Message
    String admin_sla();

    @Message
    String admin_warn_percent();

    @Message
    String admin_warn_hint();

    @Message
    String admin_sla_hint();

    @Message
    String admin_ack_minutes();

    @Message
    String admin_resolve_minutes();

    @Message
    String admin_sla_required();

    @Message
    String admin_whole_number();

    @Message
    String admin_calendar_new();

    @Message
    String admin_hours();

    @Message
    String admin_hours_hint();

    @Message
    String admin_hours_format();

    @Message
    String admin_hours_required();

    @Message
    String admin_holidays();

    @Message
    String admin_holidays_hint();

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
    String admin_saved(String name);

    @Message
    String admin_holiday_format(String text);

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
    String admin_hours_invalid();

    @Message
    String admin_type_name_taken();

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
    String queues_title();

    @Message
    String queues_none();

    @Message
    String queue_title();

    @Message
    String queue_views();

    @Message
    String queue_view(app.baton.ticket.TicketSearch.QueueView value);

    @Message
    String queue_bulk();

    @Message
    String queue_bulk_hint();

    @Message
    String queue_assign_selected();

    @Message
    String queue_select();

    @Message
    String queue_col_request();

    @Message
    String queue_nobody();

    @Message
    String queue_empty();

    @Message
    String queue_refreshes();

    @Message
    String queue_choose_tickets();

    @Message
    String queue_not_in_queue(String key);

    @Message
    String queue_assigned(int count, String name);

    @Message
    String clients_title();

    @Message
    String clients_search();

    @Message
    String clients_search_hint();

    @Message
    String clients_found(long count);

    @Message
    String clients_none();

    @Message
    String clients_query_long(int max);

    @Message
    String client_code();

    @Message
    String client_vat();

    @Message
    String client_region();

    @Message
    String client_segment();

    @Message
    String client_industry();

    @Message
    String client_parent();

    @Message
    String client_owner();

    @Message
    String client_restricted();

    @Message
    String client_allowed();

    @Message
    String client_role();

    @Message
    String client_phone();

    @Message
    String client_email();

    @Message
    String client_left();

    @Message
    String client_other_names();

    @Message
    String client_former_names();

    @Message
    String client_until();

    @Message
    String client_contacts();

    @Message
    String client_no_contacts();

    @Message
    String client_group();

    @Message
    String client_subsidiaries();

    @Message
    String client_no_group();

    @Message
    String client_new_request();

    @Message
    String client_log();

    @Message
    String client_log_kind();

    @Message
    String client_log_note();

    @Message
    String client_log_submit();

    @Message
    String client_no_contact();

    @Message
    String client_logged();

    @Message
    String client_timeline();

    @Message
    String client_timeline_empty();

    @Message
    String client_older();

    @Message
    String client_newer();

    @Message
    String client_history();

    @Message
    String client_history_empty();

    @Message
    String client_revert();

    @Message
    String client_revert_confirm(String field, String old);

    @Message
    String client_revert_yes();

    @Message
    String client_reverted();

    @Message
    String client_revert_conflict();

    @Message
    String client_is_revert();

    @Message
    String client_contact_field(String name, String field);

    @Message
    String client_none();

    @Message
    String client_facts();

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

    @Message
    String login_oidc(String name);

    @Message
    String login_oidc_company();

    @Message
    String login_oidc_refused_title();

    @Message
    String login_oidc_refused_text();

    @Message
    String login_oidc_back();

    @Message
    String login_oidc_failed();

    // --- reports ---

    @Message
    String nav_reports();

    @Message
    String report_title();

    @Message
    String report_department();

    @Message
    String report_from();

    @Message
    String report_to();

    @Message
    String report_show();

    @Message
    String report_sla();

    @Message
    String report_sla_hint();

    @Message
    String report_requests();

    @Message
    String report_ack();

    @Message
    String report_resolve();

    @Message
    String report_met();

    @Message
    String report_breached();

    @Message
    String report_pending();

    @Message
    String report_median_ack();

    @Message
    String report_median_resolve();

    @Message
    String report_by_type();

    @Message
    String report_by_month();

    @Message
    String report_type();

    @Message
    String report_month();

    @Message
    String report_workload();

    @Message
    String report_open();

    @Message
    String report_unassigned();

    @Message
    String report_oldest();

    @Message
    String report_person();

    @Message
    String report_clients();

    @Message
    String report_client();

    @Message
    String report_download();

    @Message
    String report_none();

    @Message
    String report_no_department();

    @Message
    String report_bad_range();

    @Message
    String report_promises();

    @Message
    String report_promises_hint();

    @Message
    String report_promises_kept_share();

    @Message
    String report_promises_kept();

    @Message
    String report_promises_broken();

    @Message
    String report_promises_renegotiated();

    @Message
    String report_promises_open();

    @Message
    String report_promises_overdue();
}
