// The fonts, paddings and wrap widths of the sequence layout, all scaled by one fontScale (the window's Ctrl +/-).
package org.interleave.diagram;

public final class LayoutMetrics {
    final double s;
    final FontSpec title;
    final FontSpec subtitle;
    final FontSpec header;
    final FontSpec headerDetail;
    final FontSpec sql;
    final FontSpec bind;
    final FontSpec result;
    final FontSpec resultBold;
    final FontSpec note;
    final FontSpec number;
    final FontSpec table;
    final FontSpec tableHead;
    final FontSpec setup;
    final FontSpec verdictTitle;
    final FontSpec verdict;
    final FontSpec verdictBold;
    /** Tighter vertical spacing (presenter mode): the same text in less height, so more steps are in view. */
    final boolean compact;

    public LayoutMetrics(double fontScale) {
        this(fontScale, false);
    }

    public LayoutMetrics(double fontScale, boolean compact) {
        this.compact = compact;
        if (!(fontScale > 0)) throw new IllegalArgumentException("fontScale must be positive: " + fontScale);
        s = fontScale;
        title = FontSpec.sansBold(24 * s);
        subtitle = FontSpec.sans(14 * s);
        header = FontSpec.sansBold(15 * s);
        headerDetail = FontSpec.sans(13 * s);
        sql = FontSpec.mono(14 * s);
        bind = FontSpec.mono(13 * s);
        result = FontSpec.sans(14 * s);
        resultBold = FontSpec.sansBold(14 * s);
        note = FontSpec.sans(13 * s);
        number = FontSpec.sansBold(11 * s);
        table = FontSpec.mono(13 * s);
        tableHead = new FontSpec(FontSpec.Kind.MONO, 13 * s, true);
        setup = FontSpec.mono(12 * s);
        verdictTitle = FontSpec.sansBold(17 * s);
        verdict = FontSpec.sans(14 * s);
        verdictBold = FontSpec.sansBold(14 * s);
    }

    double margin() { return (compact ? 14 : 28) * s; }

    /** Inner padding of boxes. */
    double pad() { return 10 * s; }

    /** Space between a label and its arrow, and between stacked parts of a row. */
    double gap() { return (compact ? 3 : 6) * s; }

    double rowGap() { return (compact ? 6 : 14) * s; }

    /** Width of the activation and wait bars on a lifeline. */
    double barWidth() { return 12 * s; }

    double badgeSize() { return 20 * s; }

    double sqlWrap() { return 520 * s; }

    /** Notes are narrower when compact: the diagram then fits a 1280 px projector without scrolling sideways. */
    double noteWrap() { return (compact ? 180 : 230) * s; }

    double headerWrap() { return 300 * s; }

    double minGap() { return 260 * s; }

    double minVerdictWidth() { return 640 * s; }

    /** Most rows of a result table drawn; the rest are summarised in a line. */
    int tableRows() { return 8; }
}
