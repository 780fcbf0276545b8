// :name parameters are found outside quotes, comments and casts, and become JDBC markers.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedParametersTest {
    @Test
    void parametersOutsideLiteralsBecomeQuestionMarks() {
        NamedParameters p = NamedParameters.parse("UPDATE t SET v = :cur - 1, s = ':not' WHERE id = :id -- :nope\n AND x::int = 1");
        assertEquals(List.of("cur", "id"), p.names());
        assertEquals("UPDATE t SET v = ? - 1, s = ':not' WHERE id = ? -- :nope\n AND x::int = 1", p.jdbcSql());
    }

    @Test
    void quotedIdentifiersAndEscapedQuotesAreLeftAlone() {
        NamedParameters p = NamedParameters.parse("SELECT \":x\", 'it''s :y' FROM t /* :z */ WHERE a = :a");
        assertEquals(List.of("a"), p.names());
    }
}
