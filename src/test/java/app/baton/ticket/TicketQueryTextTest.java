package app.baton.ticket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Conditions keep their meaning when TicketQuery leaves out parentheses they do not need. */
class TicketQueryTextTest {

    @Test
    void onlyAnOrOutsideParenthesesNeedsThem() {
        assertTrue(TicketQuery.hasTopLevelOr("t.a = 1 or t.b = 2"));
        assertTrue(TicketQuery.hasTopLevelOr("(t.a = 1) OR t.b = 2"));
        assertFalse(TicketQuery.hasTopLevelOr("t.a = 1 and t.b = 2"));
        assertFalse(TicketQuery.hasTopLevelOr("(t.a = 1 or t.b = 2) and t.c not in (select x from X x where x.d = 1 or x.e = 2)"));
        assertFalse(TicketQuery.hasTopLevelOr("t.title = ' or ' and t.a = 1"));
        assertFalse(TicketQuery.hasTopLevelOr("t.dueAtColumn is null"));
        assertTrue(TicketQuery.hasTopLevelOr("t.dueAtColumn is null or not (t.a < :now)"));
    }
}
