package nl.koers.instrument.belangendialoog.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.belangendialoog.internal.print.LensFigure;

/** The lenses of the table in the report: the profile as the screen draws it, and per lens who wears it and what it asks. */
final class LensPart {
    /** The chart's type on its A4 page; the report scales the page to its text width, so this reads as about 11 pt. */
    private static final double CHART_PT = 20;

    private final Phrases say;

    LensPart(Phrases say) {
        this.say = say;
    }

    void add(List<Block> out, Dossier d) {
        LensProfile profile = LensProfile.of(d);
        if (profile.people() == 0) {
            return;
        }
        out.add(new Block.Heading(1, say.get("lenses.title")));
        out.add(new Block.Figure(LensFigure.page(say, profile, PageSize.A4_LANDSCAPE, CHART_PT),
                say.format("lenses.subtitle", profile.people())));
        Map<String, String> names = say.wearers(d);
        List<List<String>> rows = new ArrayList<>();
        for (Lens lens : Lens.values()) {
            List<String> wearers = profile.wearers().get(lens).stream().map(names::get).toList();
            rows.add(List.of(LensFigure.capital(say.word(lens)),
                    wearers.isEmpty() ? say.get("lenses.nobodyHere") : String.join(", ", wearers),
                    String.join(" ", say.questions(lens))));
        }
        out.add(new Block.Table(List.of(say.get("report.lens"), say.get("report.lens.who"),
                say.get("report.lens.questions")), rows));
        if (!profile.withoutLens().isEmpty()) {
            out.add(new Block.Paragraph(say.format("lenses.without",
                    String.join(", ", profile.withoutLens().stream().map(names::get).toList()))));
        }
    }
}
