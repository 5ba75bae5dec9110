package nl.koers.instrument.partnermodel.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.Phrasebook;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateProblem;

/**
 * The sentences of the canvas in one language: its own texts, the words of the domain, the blocks of a
 * template, and what is wrong with a template. Screens and posters share it, so the wall says what the paper
 * says.
 */
public final class Phrases extends Phrasebook {
    public Phrases(Locale locale) {
        super(PartnermodelInstrument.TEXTS, locale, Phrases.class.getClassLoader());
    }

    /** A text of this instrument; with arguments, its {@code {0}}, {@code {1}}, ... filled in. */
    public String get(String key, Object... args) {
        return args.length == 0 ? get(key) : format(key, args);
    }

    public String name(CanvasTemplate t) {
        return t.name(locale());
    }

    public String name(TemplateBlock b) {
        return b.name().in(locale());
    }

    public String question(TemplateBlock b) {
        return b.question().in(locale());
    }

    /** The block's name, or the id when the block is not in this template (a note from another template). */
    public String blockName(CanvasTemplate t, String blockId) {
        return t.block(blockId).map(this::name).orElse(blockId);
    }

    public String partnerName(Dossier d, String partnerId) {
        return d.partner(partnerId).map(this::name).orElse("");
    }

    public String name(Partner p) {
        return p.name().isBlank() ? get("partner.unnamed") : p.name().strip();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** "Eerste ontwerp · eerste ontwerp · 3 mrt 2026". */
    public String snapshot(CanvasSnapshot s) {
        return get("snapshot.label", s.name().isBlank() ? get("snapshot.unnamed") : s.name(), word(s.kind()),
                date(s.takenOn()));
    }

    /** One sentence: which bundle, which file, where, and what is wrong. */
    public String problem(TemplateProblem p) {
        String what = get("template.problem." + p.key(), p.details().toArray());
        return p.line() > 0 ? get("template.problemAt", p.bundle(), p.file(), p.line(), p.column(), what)
                : get("template.problemIn", p.bundle(), p.file(), what);
    }
}
