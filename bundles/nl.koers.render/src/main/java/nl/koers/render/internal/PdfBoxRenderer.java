package nl.koers.render.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.Renderer;

/**
 * The renderer, with PDFBox: PDFs with DejaVu Sans embedded, and PNGs drawn from the same PDF page, so the
 * image and the paper cannot differ. Cheap to activate: the fonts are read at the first export.
 */
@Component(service = Renderer.class)
public final class PdfBoxRenderer implements Renderer {
    /** An image this large needs hundreds of megabytes of memory; nobody needs more for a poster on a screen. */
    static final long MAX_PNG_PIXELS = 40_000_000L;

    private final FontFiles fonts = new FontFiles();

    public PdfBoxRenderer() {
        Headless.ensure();
    }

    @Override
    public void writePdf(List<Page> pages, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page, and the list of pages is empty");
        }
        try (PDDocument document = PdfDocuments.of(pages, fonts)) {
            document.save(new KeptOpen(out));
        }
    }

    @Override
    public void writePng(Page page, int dpi, OutputStream out) throws IOException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(out, "out");
        checkImageSize(page.size(), dpi);
        Headless.ensure();
        // drawn from the saved PDF: only saving embeds the font subsets, and without them PDFBox would draw the
        // text in whatever font the machine has
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        writePdf(List.of(page), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
            out.flush();
        }
    }

    @Override
    public Path write(String id, Printable.Format format, List<Page> pages, Path folder) throws IOException {
        Path file = file(id, format, folder);
        if (pages == null || pages.isEmpty()) {
            throw new IllegalArgumentException("printable " + id + " made no pages");
        }
        Files.createDirectories(folder);
        AtomicFile.write(file, out -> {
            switch (format) {
                case PDF -> writePdf(pages, out);
                // a PNG is a picture of the first page
                case PNG -> writePng(pages.get(0), PrintableFile.pngDpi(pages.get(0).size()), out);
            }
        });
        return file;
    }

    @Override
    public Path file(String id, Printable.Format format, Path folder) {
        return folder.resolve(PrintableFile.name(id, format));
    }

    private static void checkImageSize(PageSize size, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dots per inch must be positive, not " + dpi);
        }
        long width = Math.round(size.widthMm() / 25.4 * dpi);
        long height = Math.round(size.heightMm() / 25.4 * dpi);
        if (width * height > MAX_PNG_PIXELS) {
            long maxDpi = (long) Math.floor(dpi * Math.sqrt((double) MAX_PNG_PIXELS / (width * height)));
            throw new IllegalArgumentException(size + " at " + dpi + " dpi would be " + width + " x " + height
                    + " pixels, more than " + MAX_PNG_PIXELS + "; choose at most " + maxDpi + " dpi");
        }
    }
}
