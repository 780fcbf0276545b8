// Turns a column value as PostgreSQL stores it in a heap page (pageinspect's raw attribute bytes) into its text form.
package org.interleave.engine.postgresql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The formats are PostgreSQL's own on-disk ones, in this machine's byte order (little-endian on every platform the app
 * ships for): integers and floats as they are; date as days since 2000-01-01; timestamp and time as microseconds since
 * 2000-01-01 00:00 and since midnight; numeric as base-10000 digits behind a short or long header (numeric.c); text
 * behind a varlena header. A value the decoder does not know shows as "…", never as a guess.
 */
final class OnDiskValues {
    static final String UNKNOWN = "…";
    private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int NUMERIC_SIGN_MASK = 0xC000;
    private static final int NUMERIC_NEG = 0x4000;
    private static final int NUMERIC_SHORT = 0x8000;
    private static final int NUMERIC_SPECIAL = 0xC000;

    private OnDiskValues() {}

    /** {@code type} as {@code atttypid::regtype::text} names it. */
    static String decode(String type, byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        try {
            return switch (type) {
                case "smallint" -> String.valueOf(buf.getShort());
                case "integer" -> String.valueOf(buf.getInt());
                case "bigint" -> String.valueOf(buf.getLong());
                case "boolean" -> b[0] != 0 ? "true" : "false";
                case "real" -> String.valueOf(buf.getFloat());
                case "double precision" -> String.valueOf(buf.getDouble());
                case "text", "character varying" -> text(b);
                case "name" -> nulTerminated(b);
                case "character" -> text(b).stripTrailing();
                case "numeric" -> numeric(payload(b));
                case "date" -> date(buf.getInt());
                case "timestamp without time zone" -> timestamp(buf.getLong());
                case "timestamp with time zone" -> timestamp(buf.getLong()) + "+00";
                case "time without time zone" -> time(buf.getLong());
                case "uuid" -> uuid(b);
                default -> UNKNOWN;
            };
        } catch (RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** {@code name}: a fixed 64-byte field padded with NUL bytes. */
    private static String nulTerminated(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) end++;
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        byte[] p = payload(b);
        return p == null ? UNKNOWN : new String(p, StandardCharsets.UTF_8);
    }

    /**
     * A varlena's bytes behind its header: a 1-byte header (low bit set: length in the upper seven bits) or a 4-byte one
     * (length >> 2); null for a TOAST pointer or a compressed value, which a page alone does not hold.
     */
    private static byte[] payload(byte[] b) {
        if ((b[0] & 0x01) == 1) {
            if ((b[0] & 0xff) == 0x01) return null;
            int length = (b[0] & 0xff) >> 1;
            return java.util.Arrays.copyOfRange(b, 1, length);
        }
        int header = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if ((header & 0x02) != 0) return null;
        return java.util.Arrays.copyOfRange(b, 4, header >>> 2);
    }

    /** numeric: a 2-byte header (short form: sign, display scale and weight packed) or 4 bytes (long form), then digits. */
    static String numeric(byte[] p) {
        if (p == null) return UNKNOWN;
        ByteBuffer buf = ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN);
        int header = buf.getShort() & 0xffff;
        boolean negative;
        int scale;
        int weight;
        if ((header & NUMERIC_SIGN_MASK) == NUMERIC_SPECIAL) {
            return switch (header) {
                case 0xC000 -> "NaN";
                case 0xD000 -> "Infinity";
                case 0xF000 -> "-Infinity";
                default -> UNKNOWN;
            };
        } else if ((header & NUMERIC_SIGN_MASK) == NUMERIC_SHORT) {
            negative = (header & 0x2000) != 0;
            scale = (header & 0x1F80) >> 7;
            weight = (header & 0x0040) != 0 ? (header & 0x003F) | ~0x003F : header & 0x003F;
        } else {
            negative = (header & NUMERIC_SIGN_MASK) == NUMERIC_NEG;
            scale = header & 0x3FFF;
            weight = buf.getShort();
        }
        BigInteger digits = BigInteger.ZERO;
        int count = 0;
        while (buf.remaining() >= 2) {
            digits = digits.multiply(BigInteger.valueOf(10_000)).add(BigInteger.valueOf(buf.getShort()));
            count++;
        }
        // the digits stand for digits × 10000^(weight - count + 1)
        BigDecimal value = new BigDecimal(digits).scaleByPowerOfTen(4 * (weight - count + 1));
        value = value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
        return (negative ? value.negate() : value).toPlainString();
    }

    private static String date(int days) {
        return LocalDate.of(2000, 1, 1).plusDays(days).toString();
    }

    private static String timestamp(long micros) {
        LocalDateTime at = EPOCH.plus(micros, ChronoUnit.MICROS);
        return at.format(DATE_TIME) + fraction(at.getNano());
    }

    private static String time(long micros) {
        LocalTime at = LocalTime.ofNanoOfDay(micros * 1000);
        return at.format(TIME) + fraction(at.getNano());
    }

    /** ".5" for half a second, as PostgreSQL prints it: no trailing zeros, none at all for whole seconds. */
    private static String fraction(int nanos) {
        if (nanos == 0) return "";
        String digits = String.format(java.util.Locale.ROOT, "%06d", nanos / 1000).replaceAll("0+$", "");
        return "." + digits;
    }

    private static String uuid(byte[] b) {
        String hex = HexFormat.of().formatHex(b);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /**
     * The value of a column added after the tuple was written: its default then, pg_attribute.attmissingval as text
     * ("{7}", "{\"hi there\"}"); null (no default then) is NULL.
     */
    static String missingValue(String arrayText) {
        if (arrayText == null) return "NULL";
        if (arrayText.length() < 2) return UNKNOWN;
        String inner = arrayText.substring(1, arrayText.length() - 1);
        if (inner.equals("NULL")) return "NULL";
        if (!inner.startsWith("\"")) return inner;
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < inner.length() - 1; i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() - 1) c = inner.charAt(++i);
            out.append(c);
        }
        return out.toString();
    }
}
