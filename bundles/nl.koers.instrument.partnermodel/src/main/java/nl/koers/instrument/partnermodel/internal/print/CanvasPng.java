package nl.koers.instrument.partnermodel.internal.print;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** The filled canvas as an image, A3 proportions: for the minutes or a slide. */
@Component(service = Printable.class)
public final class CanvasPng extends CanvasPrintable {
    @Activate
    public CanvasPng(@Reference TemplateCatalogue templates) {
        super(templates, "partnermodel.canvas", "print.canvas", Format.PNG, PageSize.A3_LANDSCAPE, false);
    }
}
