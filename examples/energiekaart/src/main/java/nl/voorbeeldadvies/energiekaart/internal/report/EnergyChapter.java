package nl.voorbeeldadvies.energiekaart.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;
import nl.voorbeeldadvies.energiekaart.internal.EnergiekaartInstrument;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap.ThemeEnergy;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Phrases;
import nl.voorbeeldadvies.energiekaart.internal.Theme;
import nl.voorbeeldadvies.energiekaart.internal.print.EnergySheet;

/**
 * The energy map's chapter of the dossier report: the map as the poster draws it, every theme with how many want
 * to know, think along, take part or co-decide and who will pull it, and the themes nobody will pull. A firm's
 * chapter is a service like Koers's own: the report offers it when the plugin is installed.
 */
@Component(service = ReportChapter.class, property = Instrument.ID_PROPERTY + "=" + EnergiekaartInstrument.ID)
public final class EnergyChapter implements ReportChapter {
    @Activate
    public EnergyChapter() {
        // nothing to take: the chapter is made from the dossier alone
    }

    @Override
    public String id() {
        return EnergiekaartInstrument.ID;
    }

    @Override
    public String instrumentId() {
        return EnergiekaartInstrument.ID;
    }

    @Override
    public String title(Locale locale) {
        return new Phrases(locale).get("name");
    }

    @Override
    public List<Block> blocks(Dossier dossier, Locale locale) {
        EnergyMap map = EnergyMap.of(dossier);
        if (map.themes().isEmpty()) {
            return List.of();
        }
        Phrases say = new Phrases(locale);
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph(say.get("report.intro")));
        out.add(new Block.Figure(new EnergySheet(say, PageSize.A3_LANDSCAPE).page(dossier),
                say.format("print.subtitle", map.participants().size(), map.themes().size())));
        List<String> header = new ArrayList<>();
        header.add(say.get("print.theme"));
        for (Involvement i : Involvement.values()) {
            header.add(say.word(i));
        }
        header.add(say.get("print.pullers"));
        List<List<String>> rows = new ArrayList<>();
        for (ThemeEnergy t : map.themes()) {
            List<String> row = new ArrayList<>();
            row.add(say.name(t.theme()));
            for (Involvement i : Involvement.values()) {
                row.add(String.valueOf(t.count(i)));
            }
            row.add(t.pullers().isEmpty() ? say.get("print.nobody")
                    : say.joined(t.pullers().stream().map(say::nameWithPartner).toList()));
            rows.add(row);
        }
        out.add(new Block.Table(header, rows));
        out.add(new Block.Heading(1, say.get("print.noEnergy")));
        List<Theme> cold = map.withoutEnergy();
        out.add(cold.isEmpty() ? new Block.Paragraph(say.get("print.allHaveEnergy"))
                : new Block.Bullets(cold.stream().map(say::name).toList()));
        return out;
    }
}
