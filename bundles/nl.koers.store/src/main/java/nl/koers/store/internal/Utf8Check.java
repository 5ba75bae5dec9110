package nl.koers.store.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where bytes stop being UTF-8, found in one pass without decoding them: the strict decoder wrote every character of
 * a 10 MB file into a buffer that was thrown away, a fifth of a read. Plain ASCII, nearly all of a dossier, is
 * checked eight bytes at a time; every other sequence by the table of well-formed UTF-8 (Unicode, table 3-7), which
 * refuses what the strict decoder refuses: overlong forms, surrogates, code points past U+10FFFF and cut sequences.
 */
final class Utf8Check {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Check() {
    }

    /** The offset of the first byte of the first sequence that is not UTF-8, or -1 when all of them are. */
    static int firstInvalid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int lead = b[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequence(b, i, lead);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The length of the well-formed sequence that starts at {@code i} with {@code lead}, or 0. */
    private static int sequence(byte[] b, int i, int lead) {
        if (lead >= 0xc2 && lead <= 0xdf) {
            return continuation(b, i + 1, 0x80, 0xbf) ? 2 : 0;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            int low = lead == 0xe0 ? 0xa0 : 0x80;
            int high = lead == 0xed ? 0x9f : 0xbf; // ED A0..BF would be a surrogate
            return continuation(b, i + 1, low, high) && continuation(b, i + 2, 0x80, 0xbf) ? 3 : 0;
        }
        if (lead >= 0xf0 && lead <= 0xf4) {
            int low = lead == 0xf0 ? 0x90 : 0x80;
            int high = lead == 0xf4 ? 0x8f : 0xbf; // past F4 8F is past U+10FFFF
            return continuation(b, i + 1, low, high) && continuation(b, i + 2, 0x80, 0xbf)
                    && continuation(b, i + 3, 0x80, 0xbf) ? 4 : 0;
        }
        return 0; // a continuation byte without a lead, C0 and C1 (overlong), F5 and up
    }

    private static boolean continuation(byte[] b, int i, int low, int high) {
        if (i >= b.length) {
            return false;
        }
        int c = b[i] & 0xff;
        return c >= low && c <= high;
    }
}
