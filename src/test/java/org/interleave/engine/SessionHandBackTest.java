// A lane's session goes back to its pool only after the lane's thread is done with it: the rollback after a failed
// last step must never land in the next run that is lent the same session (an explored order once lost T2's insert).
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.scenario.RunPlan;
import org.junit.jupiter.api.Test;

class SessionHandBackTest {
    /** How long a lane thread's rollback is held up: less than the half second a closing run grants a lane. */
    private static final long SLOW_ROLLBACK_MILLIS = 300;

    private static final String FAILS_LAST = """
            id: fails-last
            title: A lane whose last step fails
            phenomenon: none
            setup:
              - CREATE TABLE t (id INT PRIMARY KEY)
              - INSERT INTO t VALUES (1)
            lanes:
              - id: T1
                steps:
                  - { id: dup, sql: INSERT INTO t VALUES (1) }
                  - COMMIT
              - id: T2
                steps:
                  - { id: look, sql: SELECT COUNT(*) AS n FROM t }
                  - COMMIT
            """;

    private static final String BOTH_INSERT = """
            id: both-insert
            title: Both lanes insert
            phenomenon: none
            setup:
              - CREATE TABLE t (id INT PRIMARY KEY)
            lanes:
              - id: T1
                steps:
                  - { id: add, sql: INSERT INTO t VALUES (10) }
                  - COMMIT
              - id: T2
                steps:
                  - { id: add, sql: INSERT INTO t VALUES (20) }
                  - COMMIT
            """;

    /** What happened to the sessions, in order: "rolled back N" when a lane thread's rollback ended, "handed back N". */
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Map<Connection, Integer> numbers = Collections.synchronizedMap(new IdentityHashMap<>());

    @Test
    void aFailedLastStepIsRolledBackBeforeItsSessionServesTheNextRun() throws Exception {
        DatabaseEngine engine = slowLaneRollbacks(TestEngines.h2());
        try (LaneThreads threads = LaneThreads.reused()) {
            try (Run first = Run.start(RunTest.plan(FAILS_LAST, null), engine, RunListener.NONE, engine.waitPolicy(true), threads)) {
                assertEquals(StepStatus.FAILED, first.step("T1").status());
            }
            RunPlan next = RunTest.plan(BOTH_INSERT, null);
            try (Run second = Run.start(next, engine, RunListener.NONE, engine.waitPolicy(true), threads)) {
                second.step("T1");
                second.step("T2");
                Thread.sleep(2 * SLOW_ROLLBACK_MILLIS); // a late rollback from the first run would land now
                second.step("T1");
                second.step("T2");
                assertEquals("[[10], [20]]", second.committedData().get(0).contents().rows().toString(),
                        "both inserts of the second run are committed");
            }
        }
        int failed = -1;
        for (String entry : List.copyOf(log)) if (entry.startsWith("rolled back")) failed = Integer.parseInt(entry.substring(12));
        int rolledBackAt = log.indexOf("rolled back " + failed);
        int handedBackAt = log.indexOf("handed back " + failed);
        assertEquals(true, rolledBackAt >= 0 && rolledBackAt < handedBackAt,
                "the failed lane's session is handed back only after its rollback: " + log);
    }

    /** The engine, with lane-thread rollbacks slowed down and every hand-back of a session written to the log. */
    private DatabaseEngine slowLaneRollbacks(DatabaseEngine real) {
        return proxy(DatabaseEngine.class, (self, m, args) -> {
            if (args != null) {
                for (int i = 0; i < args.length; i++) if (args[i] instanceof Connection c) args[i] = unwrapped(c);
            }
            Object result = call(real, m, args);
            return m.getName().equals("create") ? proxy(RunDatabase.class, database((RunDatabase) result)) : result;
        });
    }

    private InvocationHandler database(RunDatabase real) {
        return (self, m, args) -> {
            if (args != null) {
                for (int i = 0; i < args.length; i++) if (args[i] instanceof Connection c) args[i] = unwrapped(c);
            }
            if (m.getName().equals("release") && args != null) log.add("handed back " + numbers.get(args[0]));
            Object result = call(real, m, args);
            if (m.getName().equals("connectAsScenarioUser")) return session((Connection) result);
            return result;
        };
    }

    private final Map<Connection, Connection> realOf = Collections.synchronizedMap(new IdentityHashMap<>());

    private Connection unwrapped(Connection c) {
        return realOf.getOrDefault(c, c);
    }

    private Connection session(Connection real) {
        numbers.putIfAbsent(real, numbers.size());
        Connection wrapped = proxy(Connection.class, (self, m, args) -> {
            boolean laneThread = Thread.currentThread().getName().startsWith(LaneWorker.THREAD_PREFIX);
            if (m.getName().equals("rollback") && (args == null || args.length == 0) && laneThread) {
                Thread.sleep(SLOW_ROLLBACK_MILLIS);
                Object result = call(real, m, args);
                log.add("rolled back " + numbers.get(real));
                return result;
            }
            return call(real, m, args);
        });
        realOf.put(wrapped, real);
        return wrapped;
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(SessionHandBackTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
