package nl.koers.report.docx.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

import nl.koers.domain.Texts;

/**
 * The table of contents: a TOC field over the heading styles. Word fills it in, page numbers and all, when it opens
 * the document. LibreOffice shows what the field held when it was written and does not work page numbers out, so
 * it holds the headings, each a link to its bookmark, and no page numbers that would be guesses.
 */
final class DocxContents {
    /** Chapters and sections: the outline levels of Heading 1 and Heading 2, with links. */
    private static final String INSTRUCTION = "TOC \\o \"1-2\" \\h \\z \\u";

    private DocxContents() {
    }

    static void write(XWPFDocument document, List<Outline.Entry> entries, Texts texts) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(DocxStyles.TOC_HEADING);
        DocxText.append(heading, texts.get("contents"));
        if (entries.isEmpty()) {
            XWPFParagraph only = document.createParagraph();
            DocxFields.begin(only, INSTRUCTION, true);
            DocxText.append(only, texts.get("contents.update"));
            DocxFields.end(only);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Outline.Entry entry = entries.get(i);
            XWPFParagraph line = document.createParagraph();
            line.setStyle(entry.level() == 1 ? DocxStyles.TOC_1 : DocxStyles.TOC_2);
            if (i == 0) {
                DocxFields.begin(line, INSTRUCTION, true);
            }
            CTHyperlink link = line.getCTP().addNewHyperlink();
            link.setAnchor(entry.bookmark());
            link.setHistory(true);
            link.addNewR().addNewT().setStringValue(DocxText.xmlSafe(entry.text()).replace('\n', ' '));
            if (i == entries.size() - 1) {
                DocxFields.end(line);
            }
        }
    }
}
