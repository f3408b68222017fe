package app.baton.ticket;

import java.util.EnumSet;
import java.util.Set;

public enum TicketStatus {
    NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, RESOLVED, CLOSED, REJECTED, CANCELLED;

    /** The states in which the receiving department still owes work; the same set as the is_open column. */
    public static final Set<TicketStatus> OPEN = EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
