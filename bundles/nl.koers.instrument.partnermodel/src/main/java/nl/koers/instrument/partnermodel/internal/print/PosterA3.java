package nl.koers.instrument.partnermodel.internal.print;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** The filled canvas as a poster on A3. */
@Component(service = Printable.class)
public final class PosterA3 extends CanvasPrintable {
    @Activate
    public PosterA3(@Reference TemplateCatalogue templates) {
        super(templates, "partnermodel.poster.a3", "print.poster.a3", Format.PDF, PageSize.A3_LANDSCAPE, false);
    }
}
