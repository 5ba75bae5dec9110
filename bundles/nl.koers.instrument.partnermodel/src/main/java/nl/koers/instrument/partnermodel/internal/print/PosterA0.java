package nl.koers.instrument.partnermodel.internal.print;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** The filled canvas as a poster on A0, for the wall. */
@Component(service = Printable.class)
public final class PosterA0 extends CanvasPrintable {
    @Activate
    public PosterA0(@Reference TemplateCatalogue templates) {
        super(templates, "partnermodel.poster.a0", "print.poster.a0", Format.PDF, PageSize.A0_LANDSCAPE, false);
    }
}
