package nl.koers.render.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;

/**
 * Lays a report out on A4 pages: the cover, the table of contents, then each chapter from a new page. The table of
 * contents is laid out twice: once to know how many pages it takes (its titles wrap the same whatever the page
 * numbers are), and again when the chapters have told on which pages they start.
 */
final class ReportLayout {
    static final ReportText.Style BODY = new ReportText.Style(10.5, false, Colour.BLACK);
    static final ReportText.Style NOTE = new ReportText.Style(9, false, new Colour(105, 105, 105));
    static final ReportText.Style CHAPTER = new ReportText.Style(18, true, Colour.BLACK);
    static final ReportText.Style HEADING_1 = new ReportText.Style(14, true, Colour.BLACK);
    static final ReportText.Style HEADING_2 = new ReportText.Style(11.5, true, Colour.BLACK);
    static final ReportText.Style TITLE = new ReportText.Style(26, true, Colour.BLACK);
    static final ReportText.Style FACT = new ReportText.Style(11, true, new Colour(90, 90, 90));
    static final ReportText.Style TOC = new ReportText.Style(11, false, Colour.BLACK);
    static final ReportText.Style CAPTION = new ReportText.Style(9, false, new Colour(90, 90, 90));
    private static final Colour TO_FILL_SHADE = new Colour(255, 244, 214);
    private static final Colour TO_FILL_EDGE = new Colour(214, 160, 40);
    private static final ReportText.Style TO_FILL_TAG = new ReportText.Style(8, true, new Colour(150, 95, 0));
    private static final double BULLET_INDENT_MM = 5;
    private static final double PAGE_NUMBER_MM = 14;

    /**
     * The report on its pages: every sheet in order, the sheet (counting from 0) each chapter starts on, and where
     * each chapter's line in the table of contents is, to make it a link.
     */
    record Laid(List<ReportFlow.Sheet> sheets, List<Integer> chapterSheets, List<Entry> contents) {
    }

    /** A chapter's line in the table of contents: on which sheet, from where down, how high. */
    record Entry(int sheet, double top, double height) {
    }

    private final Report report;
    private final Texts texts;
    private final DocumentFonts fonts;

    ReportLayout(Report report, Texts texts, DocumentFonts fonts) {
        this.report = report;
        this.texts = texts;
        this.fonts = fonts;
    }

    /**
     * Lays out the whole report.
     *
     * @throws InterruptedIOException when the thread is interrupted: checked before each chapter
     */
    Laid layout() throws IOException {
        List<ReportFlow.Sheet> cover = cover();
        int tocPages = contents(null, new ArrayList<>()).size();
        ReportFlow body = new ReportFlow();
        List<Integer> starts = new ArrayList<>();
        ReportText text = new ReportText(body, fonts);
        for (Report.Chapter chapter : report.chapters()) {
            stopWhenCancelled();
            body.freshPage();
            starts.add(cover.size() + tocPages + body.pageNumber() - 1);
            chapter(chapter, body, text);
        }
        List<Integer> pageNumbers = starts.stream().map(s -> s + 1).toList();
        List<Entry> entries = new ArrayList<>();
        List<ReportFlow.Sheet> contents = contents(pageNumbers, entries);
        if (contents.size() != tocPages) {
            throw new IllegalStateException("the table of contents took " + tocPages + " pages, then "
                    + contents.size());
        }
        List<ReportFlow.Sheet> sheets = new ArrayList<>(cover);
        sheets.addAll(contents);
        if (!report.chapters().isEmpty()) {
            sheets.addAll(body.sheets());
        }
        List<Entry> links = entries.stream().map(e -> new Entry(cover.size() + e.sheet(), e.top(), e.height()))
                .toList();
        return new Laid(sheets, starts, links);
    }

    static void stopWhenCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the report was cancelled");
        }
    }

    private List<ReportFlow.Sheet> cover() throws IOException {
        ReportFlow flow = new ReportFlow();
        ReportText text = new ReportText(flow, fonts);
        flow.down(55);
        text.flow(report.title(), ReportFlow.LEFT, ReportFlow.WIDTH, TITLE);
        flow.down(4);
        flow.add(new Line(ReportFlow.LEFT, flow.y(), ReportFlow.LEFT + ReportFlow.WIDTH, flow.y(), Colour.BLACK, 0.6));
        flow.down(8);
        double labelMm = 45;
        for (Report.Fact fact : report.cover()) {
            List<String> label = text.lines(fact.label(), labelMm - 4, FACT);
            List<String> value = text.lines(fact.value(), ReportFlow.WIDTH - labelMm, BODY);
            flow.need(Math.max(FACT.lineMm(), BODY.lineMm()));
            double top = flow.y();
            text.set(label, ReportFlow.LEFT, labelMm - 4, FACT);
            double below = flow.y();
            flow.down(top - flow.y());
            text.flow(value, ReportFlow.LEFT + labelMm, ReportFlow.WIDTH - labelMm, BODY, null);
            if (flow.y() < below) {
                flow.down(below - flow.y());
            }
            flow.down(2.5);
        }
        return flow.sheets();
    }

    /**
     * The table of contents; with {@code null} for the page numbers, blank ones of the same size. Adds where each
     * chapter's line is to {@code entries}, its sheet counted from the first of the contents.
     */
    private List<ReportFlow.Sheet> contents(List<Integer> pageNumbers, List<Entry> entries) throws IOException {
        ReportFlow flow = new ReportFlow();
        ReportText text = new ReportText(flow, fonts);
        text.flow(texts.get("report.contents"), ReportFlow.LEFT, ReportFlow.WIDTH, CHAPTER);
        flow.down(6);
        double titleMm = ReportFlow.WIDTH - PAGE_NUMBER_MM;
        for (int i = 0; i < report.chapters().size(); i++) {
            List<String> lines = text.lines(report.chapters().get(i).title(), titleMm, TOC);
            flow.need(lines.size() * TOC.lineMm());
            double top = flow.y();
            text.flow(lines, ReportFlow.LEFT, titleMm, TOC, null);
            entries.add(new Entry(flow.pageNumber() - 1, top, lines.size() * TOC.lineMm()));
            if (pageNumbers != null) {
                // on the entry's first line; a title that ran onto the next page keeps its number on its first
                flow.add(ReportText.label(ReportFlow.LEFT + titleMm, top, PAGE_NUMBER_MM,
                        List.of(Integer.toString(pageNumbers.get(i))), TOC, Label.Align.RIGHT));
            }
            flow.down(1.5);
        }
        return flow.sheets();
    }

    private void chapter(Report.Chapter chapter, ReportFlow flow, ReportText text) throws IOException {
        text.flow(chapter.title(), ReportFlow.LEFT, ReportFlow.WIDTH, CHAPTER);
        flow.down(1.5);
        flow.add(new Line(ReportFlow.LEFT, flow.y(), ReportFlow.LEFT + ReportFlow.WIDTH, flow.y(), Colour.GREY, 0.4));
        flow.down(6);
        ReportTable tables = new ReportTable(flow, text);
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Block.Heading heading -> heading(heading, flow, text);
                case Block.Paragraph paragraph -> paragraph(paragraph, flow, text);
                case Block.Bullets bullets -> bullets(bullets, flow, text);
                case Block.Table table -> tables.set(table);
                case Block.Figure figure -> figure(figure, flow, text);
            }
        }
    }

    private static void heading(Block.Heading heading, ReportFlow flow, ReportText text) throws IOException {
        ReportText.Style style = heading.level() == 1 ? HEADING_1 : HEADING_2;
        List<String> lines = text.lines(heading.text(), ReportFlow.WIDTH, style);
        double above = flow.atTop() ? 0 : heading.level() == 1 ? 4 : 2.5;
        // a heading stays with the first lines of what it heads
        flow.need(above + lines.size() * style.lineMm() + 3 * BODY.lineMm());
        flow.down(flow.atTop() ? 0 : above);
        text.flow(lines, ReportFlow.LEFT, ReportFlow.WIDTH, style, null);
        flow.down(1.5);
    }

    private void paragraph(Block.Paragraph paragraph, ReportFlow flow, ReportText text) throws IOException {
        switch (paragraph.kind()) {
            case BODY -> text.flow(paragraph.text(), ReportFlow.LEFT, ReportFlow.WIDTH, BODY);
            case NOTE -> text.flow(paragraph.text(), ReportFlow.LEFT, ReportFlow.WIDTH, NOTE);
            case TO_FILL -> {
                double pad = ReportText.Shade.PAD_MM;
                double width = ReportFlow.WIDTH - 2 * pad;
                String tag = texts.get("report.toFill");
                ReportText.Shade shade = new ReportText.Shade(TO_FILL_SHADE, TO_FILL_EDGE, tag, TO_FILL_TAG);
                flow.down(1);
                text.flow(text.lines(paragraph.text(), width, BODY), ReportFlow.LEFT + pad, width, BODY, shade);
                flow.down(1);
            }
        }
        flow.down(2.5);
    }

    private static void bullets(Block.Bullets bullets, ReportFlow flow, ReportText text) throws IOException {
        double width = ReportFlow.WIDTH - BULLET_INDENT_MM;
        for (String item : bullets.items()) {
            List<String> lines = text.lines(item, width, BODY);
            flow.need(BODY.lineMm());
            text.set(List.of("\u2022"), ReportFlow.LEFT + 1, BULLET_INDENT_MM - 1, BODY);
            flow.down(-BODY.lineMm());
            text.flow(lines, ReportFlow.LEFT + BULLET_INDENT_MM, width, BODY, null);
            flow.down(1);
        }
        flow.down(2);
    }

    /** Scaled to the text width, kept in proportion; smaller when that would be taller than a page. */
    private static void figure(Block.Figure figure, ReportFlow flow, ReportText text) throws IOException {
        double ratio = figure.page().size().heightMm() / figure.page().size().widthMm();
        List<String> caption = figure.caption().isBlank() ? List.of()
                : text.lines(figure.caption(), ReportFlow.WIDTH, CAPTION);
        double captionMm = caption.isEmpty() ? 0 : Math.min(caption.size(), 4) * CAPTION.lineMm() + 2;
        double width = Math.min(ReportFlow.WIDTH, (ReportFlow.HEIGHT - captionMm - 2) / ratio);
        double height = width * ratio;
        flow.need(height + captionMm + 2);
        flow.add(new ReportFlow.Figure(figure.page(), ReportFlow.LEFT + (ReportFlow.WIDTH - width) / 2, flow.y(),
                width, height));
        flow.down(height + 2);
        if (!caption.isEmpty()) {
            text.flow(caption, ReportFlow.LEFT, ReportFlow.WIDTH, CAPTION, null);
        }
        flow.down(4);
    }
}
