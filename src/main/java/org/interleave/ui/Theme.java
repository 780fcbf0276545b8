// The window's colour themes: light (the style sheet's own tokens), dark, and high contrast for a washed-out projector.
package org.interleave.ui;

public enum Theme {
    LIGHT("Light", null),
    DARK("Dark", "/assets/theme-dark.css"),
    HIGH_CONTRAST("High contrast", "/assets/theme-high-contrast.css");

    private final String words;
    private final String stylesheet;

    Theme(String words, String stylesheet) {
        this.words = words;
        this.stylesheet = stylesheet;
    }

    public String words() {
        return words;
    }

    /** The style sheet laid over interleave.css, or null for the light theme. */
    public String stylesheet() {
        return stylesheet;
    }

    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
