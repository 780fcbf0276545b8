// How an engine sends a data change so that it also returns the rows it wrote, with the same effect as written.
package org.interleave.engine;

/**
 * @param sql            the statement to send
 * @param namedColumns   send {@code sql} as written and ask the driver for the table's columns as "generated keys"
 *                       (JDBC's {@code prepareStatement(sql, columnNames)}): the rows come back without the statement
 *                       becoming a query; false when {@code sql} itself returns them (a RETURNING clause)
 */
public record ReturningForm(String sql, boolean namedColumns) {
    public static ReturningForm returningClause(String sql) {
        return new ReturningForm(sql, false);
    }

    public static ReturningForm columnsAsKeys(String sql) {
        return new ReturningForm(sql, true);
    }
}
