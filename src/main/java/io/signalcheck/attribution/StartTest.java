package io.signalcheck.attribution;

/** Whether a regex may start at a position: one {@link StartFilter}, or any of a rule's live branches. */
interface StartTest {
    boolean fits(String text, int i);

    /** As {@link #fits(String, int)}, with the text as chars. */
    boolean fits(char[] text, int i);

    /** True when {@link #fits} can only hold at a {@link WordStarts} place. */
    boolean onlyAtWordStarts();
}
