// "(did you mean `capture`?)": the known word a misspelt one is closest to, for the loader's messages.
package org.interleave.scenario;

import java.util.Collection;
import java.util.Locale;

final class Spelling {
    private Spelling() {}

    /**
     * " (did you mean `capture`?)" when exactly one known word is close to {@code word} (a few letters apart, or
     * {@code word} is its start), else "".
     */
    static String didYouMean(String word, Collection<String> known) {
        if (word == null || word.isBlank()) return "";
        String w = word.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String k : known) {
            String c = k.toLowerCase(Locale.ROOT);
            if (c.equals(w)) return "";
            int d = c.startsWith(w) && w.length() >= 3 ? 1 : distance(w, c);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        int allowed = Math.max(1, w.length() / 3);
        return best == null || tie || bestDistance > allowed ? "" : " (did you mean `" + best + "`?)";
    }

    /** Edits (insert, delete, change a letter, swap two neighbours) from one word to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
