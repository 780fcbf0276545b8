// Turns database values into the text shown to people and compared by checks.
package org.interleave.engine;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

public final class ValueText {
    /** Binary values longer than this are shown cut, with their length. */
    private static final int MAX_BYTES_SHOWN = 64;

    private ValueText() {}

    /**
     * Reads one value as text, by its JDBC type, never as a Java object: {@code getObject} would deserialize a value of
     * H2's OTHER type in this JVM, with whatever classes the bytes name.
     */
    public static String read(ResultSet rs, int column, int jdbcType) throws SQLException {
        switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(column);
                return rs.wasNull() ? "NULL" : Boolean.toString(b);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC -> {
                return of(rs.getBigDecimal(column));
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double d = rs.getDouble(column);
                return rs.wasNull() ? "NULL" : Double.isFinite(d) ? of(d) : Double.toString(d);
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.JAVA_OBJECT, Types.OTHER -> {
                if (jdbcType == Types.OTHER) {
                    // PostgreSQL reports uuid, json, interval and the like as OTHER: their text is what people read
                    String text = rs.getString(column);
                    return text == null ? "NULL" : text;
                }
                byte[] bytes = rs.getBytes(column);
                return bytes == null ? "NULL" : hex(bytes);
            }
            default -> {
                String text = rs.getString(column);
                return text == null ? "NULL" : text;
            }
        }
    }

    private static String hex(byte[] bytes) {
        String shown = HexFormat.of().withUpperCase().formatHex(bytes, 0, Math.min(bytes.length, MAX_BYTES_SHOWN));
        return "X'" + shown + "'" + (bytes.length > MAX_BYTES_SHOWN ? " (" + bytes.length + " bytes)" : "");
    }

    public static String of(Object value) {
        if (value == null) return "NULL";
        if (value instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** Compares an actual value with an expected one: numbers by value, everything else as trimmed text. */
    public static boolean matches(String actual, String expected) {
        if (actual == null || expected == null) return false;
        String a = actual.strip();
        String e = expected.strip();
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(e)) == 0;
        } catch (NumberFormatException notNumbers) {
            return a.equalsIgnoreCase(e);
        }
    }
}
