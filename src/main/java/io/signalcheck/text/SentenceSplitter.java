package io.signalcheck.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences with offsets. PLACEHOLDER: naive split on [.!?] + space. */
public final class SentenceSplitter {
    public List<Sentence> split(String text, String language) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    || c == '\n';
            if (boundary || i + 1 == text.length()) {
                int end = i + 1;
                String s = text.substring(start, end).strip();
                if (!s.isEmpty()) {
                    int realStart = text.indexOf(s, start);
                    out.add(new Sentence(realStart, realStart + s.length(), s));
                }
                start = end;
            }
        }
        return out;
    }
}
