package io.signalcheck.attribution;

import io.signalcheck.report.Attribution;
import io.signalcheck.text.AnalyzedText;

/** Classifies sourcing (named/anonymous/documentary) and actors blamed. PLACEHOLDER: none. */
public final class AttributionAnalyzer {
    public Attribution analyze(AnalyzedText text) {
        return Attribution.none();
    }
}
