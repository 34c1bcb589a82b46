package io.signalcheck.attribution;

/** Whether a regex may start at a position: one {@link StartFilter}, or any of a rule's live branches. */
interface StartTest {
    /** False when no match can start at {@code i} of {@code text} (the sentence as chars). */
    boolean fits(char[] text, int i);

    /** True when {@link #fits} can only hold at a {@link WordStarts} place. */
    boolean onlyAtWordStarts();
}
