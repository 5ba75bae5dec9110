package nl.koers.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangeTextTest {
    @Test
    void aRangeIsWrittenAsTheDeveloperWroteIt() {
        String filter = "(&(osgi.wiring.package=com.example.x)(version>=1.0.0)(!(version>=2.0.0)))";
        assertEquals("com.example.x", RangeText.name(filter, "osgi.wiring.package"));
        assertEquals("[1.0.0,2.0.0)", RangeText.range(filter));
    }

    @Test
    void exclusiveAndInclusiveBoundsAndOpenRanges() {
        assertEquals("(1.0.0,2.0.0]", RangeText.range("(&(p=x)(!(version<=1.0.0))(version<=2.0.0))"));
        assertEquals("1.1.0", RangeText.range("(&(p=x)(version>=1.1.0))"));
        assertEquals("", RangeText.range("(p=x)"));
        assertEquals("", RangeText.range("(&(p=x)(version>=0.0.0))"));
        assertEquals("[1.0.0,1.0.0]", RangeText.range("(&(p=x)(bundle-version>=1.0.0)(bundle-version<=1.0.0))"));
    }
}
