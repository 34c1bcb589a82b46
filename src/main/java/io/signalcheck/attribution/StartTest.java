package io.signalcheck.attribution;

/** Whether a regex may start at a position: one {@link StartFilter}, or any of a rule's live branches. */
interface StartTest {
    boolean fits(String text, int i);

    /** True when {@link #fits} can only hold at a {@link WordStarts} place. */
    boolean onlyAtWordStarts();
}
