package io.signalcheck.extraction;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in its head ({@code <meta charset>} or the
 * {@code http-equiv Content-Type} form). Used only when the bytes are not valid UTF-8: a page that
 * decodes as UTF-8 is UTF-8 whatever it claims, a legacy page may say it is, say, ISO-8859-15.
 */
final class HtmlCharsetDeclaration {
    private static final int HEAD = 4096;
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharsetDeclaration() {}

    /** The declared charset, or null when none is declared or Java does not know it. */
    static Charset find(String decodedStart) {
        String head = decodedStart.substring(0, Math.min(decodedStart.length(), HEAD));
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
