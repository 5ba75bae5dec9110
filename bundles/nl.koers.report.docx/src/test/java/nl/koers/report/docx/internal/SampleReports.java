package nl.koers.report.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;

/** Reports for the tests: one with every kind of block and long texts, and one as large as 200 partners make it. */
final class SampleReports {
    static final String LONG_PARAGRAPH = longText("De partners willen samen de zorg in de wijk dichterbij brengen", 60);
    static final String LONG_CELL = longText("Brengt twee wijkverpleegkundigen en kennis van de buurt", 12);
    static final String MULTI_LINE = "Eerste regel van de notitie\nTweede regel, met één accent\nDerde\tregel";
    static final String NOTE = "De gegevens van Energiekaart zijn weggelaten: die plugin is niet geïnstalleerd.";
    static final String TO_FILL = "Wie de kosten van de gezamenlijke coördinator draagt, en voor hoe lang.";
    static final String CAPTION = "Figuur 1: wat elke partner brengt en haalt";
    static final String FIGURE_TEXT = "Gedeelde kern";

    private SampleReports() {
    }

    static Report everyKind(Locale locale) {
        Page figure = new Page(PageSize.A4_LANDSCAPE, List.of(
                Box.outlined(20, 20, 257, 170, Colour.GREY, 0.5),
                Label.of(40, 90, 217, 30, FIGURE_TEXT, 28).inBold().centered()));
        Report.Chapter first = new Report.Chapter("Netwerkambitie", List.of(
                new Block.Paragraph(LONG_PARAGRAPH),
                new Block.Heading(1, "Belangen per partner"),
                new Block.Table(List.of("Partner", "Eigen belang", "Overstijgend belang"), List.of(
                        List.of("Gemeente Zwolle", LONG_CELL, "Een sluitende aanpak"),
                        List.of("Woningcorporatie De Haven", "", "Leefbare wijken"),
                        List.of("Huisartsenpraktijk", MULTI_LINE, "Minder doorverwijzingen"))),
                new Block.Heading(2, "Wensen en eisen"),
                new Block.Bullets(List.of("Wens: een gezamenlijk loket", "Eis: geen extra registratielast",
                        "Wens: " + LONG_CELL)),
                new Block.Paragraph(NOTE, Block.Paragraph.Kind.NOTE)));
        Report.Chapter second = new Report.Chapter("Brengen en halen", List.of(
                new Block.Heading(1, "Het brengen-halen figuur"),
                new Block.Figure(figure, CAPTION),
                // a tall page without a caption: scaled to the page's height, not its width
                new Block.Figure(new Page(PageSize.A3_PORTRAIT, List.of(Box.filled(20, 20, 257, 380, Colour.LIGHT_GREY))),
                        ""),
                new Block.Paragraph(MULTI_LINE),
                new Block.Paragraph(TO_FILL, Block.Paragraph.Kind.TO_FILL)));
        return new Report("Samenwerking Zorg in de Wijk",
                List.of(new Report.Fact("Thema", "Zorg dichtbij"), new Report.Fact("Initiatiefnemer", "Gemeente Zwolle"),
                        new Report.Fact("Datum", "6 december 2026")),
                List.of(first, second), locale);
    }

    /** Four chapters with a table of {@code partners} rows each and a small table per partner, as a big dossier gives. */
    static Report partners(int partners) {
        List<Report.Chapter> chapters = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            List<List<String>> overview = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            for (int p = 1; p <= partners; p++) {
                overview.add(List.of("Partner " + p, "Belang " + p + " van hoofdstuk " + c, LONG_CELL, "wens"));
            }
            blocks.add(new Block.Table(List.of("Partner", "Belang", "Toelichting", "Soort"), overview));
            for (int p = 1; p <= partners; p++) {
                blocks.add(new Block.Heading(2, "Partner " + p));
                List<List<String>> rows = new ArrayList<>();
                for (int r = 1; r <= 10; r++) {
                    rows.add(List.of("Brengt " + r, "Haalt " + r, r + " uur/maand"));
                }
                blocks.add(new Block.Table(List.of("Brengen", "Halen", "Hoeveel"), rows));
            }
            chapters.add(new Report.Chapter("Hoofdstuk " + c, blocks));
        }
        return new Report("Netwerk van " + partners + " partners", List.of(), chapters, Locale.of("nl"));
    }

    private static String longText(String sentence, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= times; i++) {
            text.append(sentence).append(" (").append(i).append("). ");
        }
        return text.toString().strip();
    }
}
