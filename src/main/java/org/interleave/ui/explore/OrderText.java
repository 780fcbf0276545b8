// How an order of steps is written for people: "T1 T2 T2 T1", as the toolbar writes the schedule so far.
package org.interleave.ui.explore;

import java.util.List;

public final class OrderText {
    private OrderText() {}

    public static String of(List<String> order) {
        return String.join(" ", order);
    }
}
