// PostgreSQL's on-disk value formats, from bytes a real heap page held (read with pageinspect on PostgreSQL 15 and 17).
package org.interleave.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OnDiskValuesTest {
    private static String decode(String type, String hex) {
        return OnDiskValues.decode(type, HexFormat.of().parseHex(hex));
    }

    @Test
    void numericsInTheShortAndSpecialFormsReadAsWritten() {
        assertEquals("1050.25", decode("numeric", "0f00811a04c409"));
        assertEquals("-123456789.000123", decode("numeric", "1b02a301002909851a0100fc08"));
        assertEquals("NaN", decode("numeric", "0700c0"));
    }

    @Test
    void datesAndTimesCountFromTheYear2000() {
        assertEquals("2026-12-06", decode("date", "6c260000"));
        assertEquals("1999-12-31", decode("date", "ffffffff"));
        assertEquals("1970-01-01 00:00:00", decode("timestamp without time zone", "0020c8c4fea2fcff"));
        assertEquals("2026-12-06 20:30:01.5", decode("timestamp without time zone", "600506befb040300"));
        assertEquals("13:45:10", decode("time without time zone", "80a506870b000000"));
        assertEquals("00:00:00", decode("time without time zone", "0000000000000000"));
    }

    @Test
    void aTypeItDoesNotKnowShowsAsAnEllipsisNotAGuess() {
        assertEquals("…", decode("interval", "00000000000000000000000000000000"));
        assertEquals("…", decode("numeric", "01"), "a TOAST pointer");
    }

    @Test
    void aColumnsDefaultAtTheTimeItWasAddedIsReadFromItsArrayText() {
        assertEquals("7", OnDiskValues.missingValue("{7}"));
        assertEquals("hi \"there\"", OnDiskValues.missingValue("{\"hi \\\"there\\\"\"}"));
        assertEquals("NULL", OnDiskValues.missingValue(null));
    }
}
