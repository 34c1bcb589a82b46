package io.signalcheck.extraction;

/**
 * Text extracted from an input. Report offsets refer to {@link #text()}.
 *
 * @param format           detected format: text|html|json|pdf
 * @param title            title when the format carries one, else null
 * @param declaredLanguage language declared by the input (HTML lang, JSON "language"), else null
 * @param url              canonical URL when the input gives one, else null
 */
public record ExtractedDocument(String text, String title, String format, String declaredLanguage, String url) {}
