package nl.koers.report.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Puts a text into a paragraph as Word wants it: a line break for each newline, a tab for each tab. */
final class DocxText {
    private DocxText() {
    }

    /** Adds {@code text} to the end of {@code paragraph}; returns the last run, for bold or colour. */
    static XWPFRun append(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String clean = xmlSafe(text);
        int start = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    run.setText(clean.substring(start, i));
                }
                if (c == '\n') {
                    run.addBreak();
                } else {
                    run.addTab();
                }
                start = i + 1;
            }
        }
        if (start < clean.length()) {
            run.setText(clean.substring(start));
        }
        return run;
    }

    /**
     * The text without what XML 1.0 cannot hold (control characters, half a surrogate pair): Word refuses a whole
     * file for one such character, which can come in with text pasted from elsewhere. A Windows line end counts as
     * one newline.
     */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
