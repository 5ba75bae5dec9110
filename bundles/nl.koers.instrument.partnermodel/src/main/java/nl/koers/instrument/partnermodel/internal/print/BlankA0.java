package nl.koers.instrument.partnermodel.internal.print;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** The empty canvas on A0 for the paper route: the partners stick their notes on it. */
@Component(service = Printable.class)
public final class BlankA0 extends CanvasPrintable {
    @Activate
    public BlankA0(@Reference TemplateCatalogue templates) {
        super(templates, "partnermodel.blank.a0", "print.blank.a0", Format.PDF, PageSize.A0_LANDSCAPE, true);
    }
}
