package app.baton.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

/**
 * The outer half of {@link ReadsOnly}: runs before the transaction interceptor (PLATFORM_BEFORE +
 * 200) and notes the transaction the caller had, so that {@link ReadsOnlyInterceptor}, inside it,
 * can tell whether this call began a transaction of its own.
 */
@ReadsOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadsOnlyTransactionWatch {

    static final String CALLERS_TRANSACTION = ReadsOnlyTransactionWatch.class.getName();

    /** Stands for "no transaction": the context data map need not take nulls. */
    static final Object NONE = new Object();

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object noteCallersTransaction(InvocationContext context) throws Exception {
        Transaction callers = transactions.getTransaction();
        context.getContextData().put(CALLERS_TRANSACTION, callers == null ? NONE : callers);
        return context.proceed();
    }
}
