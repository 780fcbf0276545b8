// Test scenario with three lanes and a query returning several rows, to lay out lanes on both sides and a table.
package org.interleave.diagram;

public final class ThreeLanes {
    public static final String YAML = """
            id: three-lanes
            title: Three lanes
            phenomenon: lost update
            story: Two lanes update a balance while an auditor lists every account.
            setup:
              - CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, balance INT NOT NULL)
              - INSERT INTO accounts VALUES (1, 'Fallen Stars', 1000), (2, 'Blue Moon', 70), (3, 'Red Sun', 5)
            lanes:
              - id: T1
                label: "T1 · pays 100"
                isolation: READ COMMITTED
                steps:
                  - id: write
                    sql: UPDATE accounts SET balance = balance + 100 WHERE id = 1
                  - id: commit
                    sql: COMMIT
              - id: T2
                label: "T2 · pays 50"
                isolation: READ COMMITTED
                steps:
                  - id: write
                    sql: UPDATE accounts SET balance = balance + 50 WHERE id = 2
                  - id: commit
                    sql: COMMIT
              - id: T3
                label: "T3 · auditor"
                isolation: READ COMMITTED
                steps:
                  - id: list
                    sql: SELECT id, name, balance FROM accounts ORDER BY id
                    note: The auditor sees only committed rows.
                  - id: commit
                    sql: COMMIT
            schedule: [T3, T1, T2, T1, T2, T3]
            checks:
              - name: Blue Moon balance
                sql: SELECT balance FROM accounts WHERE id = 2
                expect: "= 70 + 50 * :T2_committed"
                explain: Blue Moon should have 70 plus 50 when T2 committed.
            expect: { h2: safe, postgresql: safe, mariadb: safe }
            """;

    private ThreeLanes() {}
}
