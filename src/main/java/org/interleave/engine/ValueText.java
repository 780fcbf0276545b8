// Turns database values into the text shown to people and compared by checks.
package org.interleave.engine;

import java.math.BigDecimal;

public final class ValueText {
    private ValueText() {}

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
