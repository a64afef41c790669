package kz.sabaq.core.db;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;

/**
 * Tells in-memory caches of this node that rows they copy were written through MyBatis: after the
 * writing statement (committed at once outside a transaction) and again after the commit or
 * rollback of a transaction that wrote them, so a reader that raced the write cannot keep the old
 * rows, nor one inside the transaction rows that were rolled back. Writes
 * made by other nodes or processes are not seen here; such caches also bound how long they keep rows.
 */
@Intercepts({
        @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
        @Signature(type = Executor.class, method = "commit", args = {boolean.class}),
        @Signature(type = Executor.class, method = "rollback", args = {boolean.class})})
final class WriteSignals implements Interceptor {
    private static final Pattern TABLE = Pattern.compile("(?i)(?<!key\\s)\\b(?:into|update|from|join)\\s+`?(\\w+)`?");

    private record Listener(Set<String> tables, Runnable action) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Per mapped statement: the listeners its SQL concerns (the tables a statement names do not change). */
    private final Map<String, List<Listener>> concerned = new ConcurrentHashMap<>();
    private final ThreadLocal<List<Listener>> pending = new ThreadLocal<>();

    /**
     * Only executors are wrapped: MyBatis offers every statement, parameter and result handler of
     * every call too, and {@link Plugin#wrap} reads this class's annotations by reflection each time
     * it is asked, a cost the hot paths paid on every query for targets it then left unwrapped.
     */
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    void listen(Set<String> tables, Runnable action) {
        listeners.add(new Listener(Set.copyOf(tables), action));
        concerned.clear();
    }

    /** Every listener, after writes MyBatis did not see (a raw connection's). */
    void all() {
        listeners.forEach(l -> l.action().run());
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (listeners.isEmpty()) {
            return invocation.proceed();
        }
        if (invocation.getArgs()[0] instanceof MappedStatement statement) {
            List<Listener> hit = concerned.computeIfAbsent(statement.getId(),
                    id -> concerning(statement.getBoundSql(invocation.getArgs()[1]).getSql()));
            if (hit.isEmpty()) {
                return invocation.proceed();
            }
            try {
                return invocation.proceed();
            } finally {
                hit.forEach(l -> l.action().run());
                pending.set(hit);
            }
        }
        List<Listener> hit = pending.get();
        pending.remove();
        try {
            return invocation.proceed();
        } finally {
            if (hit != null) {
                // after the commit, and after a rollback too: a read inside the transaction may have
                // kept rows it wrote, which are gone now
                hit.forEach(l -> l.action().run());
            }
        }
    }

    private List<Listener> concerning(String sql) {
        Set<String> named = tablesNamed(sql);
        return listeners.stream().filter(l -> l.tables().stream().anyMatch(named::contains)).toList();
    }

    /**
     * The tables a writing statement names: every name after INTO, UPDATE (not ON DUPLICATE KEY
     * UPDATE), FROM and JOIN, so the
     * written table and those it reads; never a column such as {@code student_id}, which names no
     * table (matching by substring made every write with a stream or student column forget every
     * cache of those tables).
     */
    static Set<String> tablesNamed(String sql) {
        Set<String> tables = new java.util.HashSet<>();
        Matcher m = TABLE.matcher(sql);
        while (m.find()) {
            tables.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return tables;
    }
}
