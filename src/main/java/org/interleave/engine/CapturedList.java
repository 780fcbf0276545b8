// The values of every row a step captured (`{ all: column }`): shown as [a, b], bound into SQL as the text "a, b".
package org.interleave.engine;

import java.util.List;

public record CapturedList(List<Object> values) {
    public CapturedList {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** What JDBC binds for a captured value: a list as its values joined by ", ", anything else as it is. */
    public static Object bindable(Object value) {
        if (!(value instanceof CapturedList list)) return value;
        return String.join(", ", list.values.stream().map(ValueText::of).toList());
    }

    @Override
    public String toString() {
        return "[" + String.join(", ", values.stream().map(ValueText::of).toList()) + "]";
    }
}
