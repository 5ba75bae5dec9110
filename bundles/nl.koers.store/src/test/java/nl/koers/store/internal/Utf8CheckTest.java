package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one-pass check refuses exactly what the JDK's strict decoder refuses, at the same byte. */
class Utf8CheckTest {
    /** Sequences around every edge of the table: overlong, surrogates, past U+10FFFF, cut, stray continuations. */
    private static final int[][] EDGES = {
        {0xc0, 0x80}, {0xc1, 0xbf}, {0xc2, 0x80}, {0xdf, 0xbf}, {0xe0, 0x9f, 0x80}, {0xe0, 0xa0, 0x80},
        {0xed, 0x9f, 0xbf}, {0xed, 0xa0, 0x80}, {0xee, 0x80, 0x80}, {0xef, 0xbf, 0xbf}, {0xf0, 0x8f, 0x80, 0x80},
        {0xf0, 0x90, 0x80, 0x80}, {0xf4, 0x8f, 0xbf, 0xbf}, {0xf4, 0x90, 0x80, 0x80}, {0xf5, 0x80, 0x80, 0x80},
        {0xff}, {0x80}, {0xbf}, {0xe2, 0x82}, {0xf0, 0x9f, 0x98}, {0xc3}, {0xc3, 0xaf}, {0xe2, 0x82, 0xac},
        {0xf0, 0x9f, 0x98, 0x80},
    };

    @Test
    void findsTheSameFirstBadByteAsTheStrictDecoderOnRandomBytes() {
        Random random = new Random(22);
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = bytes(random);
            assertEquals(decoder(bytes), Utf8Check.firstInvalid(bytes), () -> "round with " + hex(bytes));
        }
    }

    @Test
    void aDossierOfPlainTextAndAccentsIsWhole() {
        byte[] text = "{\"title\":\"Continuïteit € voor jongeren 😀 in de regio\"}".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, Utf8Check.firstInvalid(text));
        text[text.length - 3] = (byte) 0xc3;
        assertEquals(decoder(text), Utf8Check.firstInvalid(text));
    }

    /** Mostly ASCII (the fast path, eight bytes at a time), with edges and random bytes at random places. */
    private static byte[] bytes(Random random) {
        byte[] out = new byte[random.nextInt(40)];
        int i = 0;
        while (i < out.length) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                out[i++] = (byte) (32 + random.nextInt(95));
            } else if (kind < 9) {
                for (int b : EDGES[random.nextInt(EDGES.length)]) {
                    if (i < out.length) {
                        out[i++] = (byte) b;
                    }
                }
            } else {
                out[i++] = (byte) random.nextInt(256);
            }
        }
        return out;
    }

    /** What the check replaced: the strict decoder, and where it stopped. */
    private static int decoder(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = strict.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x ", b & 0xff));
        }
        return s.toString();
    }
}
