package app.baton.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * See {@link ReadsOnly}. Runs inside the transaction interceptor (PLATFORM_BEFORE + 200). When
 * the call began its transaction (no transaction before, or REQUIRES_NEW), the session ends with
 * it and stays read-only and unflushed through the commit; otherwise the caller's transaction
 * goes on after the call, and the session gets its modes back for whatever the caller writes.
 */
@ReadsOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ReadsOnlyInterceptor {

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        Session session = em.unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        boolean readOnly = session.isDefaultReadOnly();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        if (beganItsTransaction(context)) {
            // restoring the modes here, before the commit, would make Hibernate flush at commit:
            // it walked every entity the call had read (9% of the queue page's CPU in a profile)
            return context.proceed();
        }
        try {
            return context.proceed();
        } finally {
            session.setDefaultReadOnly(readOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }

    private boolean beganItsTransaction(InvocationContext context) throws Exception {
        Object callers = context.getContextData().get(ReadsOnlyTransactionWatch.CALLERS_TRANSACTION);
        Transaction current = transactions.getTransaction();
        return callers != null && current != null && !current.equals(callers);
    }
}
