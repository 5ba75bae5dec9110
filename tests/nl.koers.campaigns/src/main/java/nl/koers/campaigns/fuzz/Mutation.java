package nl.koers.campaigns.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The kinds of damage the fuzz campaign does to a valid dossier file. Each is a pure function of the seed and
 * the random source, so a case is reproduced from the campaign seed and its number alone.
 */
public enum Mutation {
    /** One to eight bits flipped anywhere: what a bad sector or a bad cable does. */
    BIT_FLIP {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            return flipBits(seed.bytes(), r);
        }
    },
    /** The file cut off: the head kept (a save that stopped), or only the tail (a copy that started late). */
    TRUNCATE {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            byte[] b = seed.bytes();
            int cut = r.nextInt(b.length);
            return r.nextInt(4) == 0 ? Arrays.copyOfRange(b, cut, b.length) : Arrays.copyOf(b, cut);
        }
    },
    /** A value at a random JSON path of the wrong type: string, number, list, object, boolean or null. */
    WRONG_TYPE {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            ObjectNode copy = seed.tree().deepCopy();
            JsonSurgery.Place place = JsonSurgery.randomPlace(copy, r);
            place.set(otherType(place.value(), r));
            return JsonSurgery.write(copy, r.nextBoolean());
        }
    },
    /** Numbers no one types: a thousand digits and more, exponents past any type, the edges of int and long. */
    HUGE_NUMBER {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            String number = hugeNumber(r);
            return r.nextInt(5) == 0 ? JsonSurgery.withRawField(seed.tree(), "schemaVersion", number, false)
                    : JsonSurgery.withRaw(seed.tree(), r, number, r.nextBoolean()); // amounts, rounds, data
        }
    },
    /** Brackets or objects nested up to 100,000 deep, balanced or not, at a random place or as the whole file. */
    DEEP_NESTING {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            int depth = switch (r.nextInt(4)) {
                case 0 -> 100_000;
                case 1 -> 900 + r.nextInt(200); // around the parser's limit of 1,000
                case 2 -> 2 + r.nextInt(900);
                default -> 10_000 + r.nextInt(90_000);
            };
            String nested = nested(depth, r);
            return switch (r.nextInt(5)) {
                case 0 -> nested.getBytes(StandardCharsets.UTF_8);
                case 1 -> JsonSurgery.withRawField(seed.tree(), "instruments", "{\"deep\":" + nested + "}", false);
                default -> JsonSurgery.withRaw(seed.tree(), r, nested);
            };
        }
    },
    /** A string of about 10 MB (sometimes past the parser's 20-million-character limit, sometimes unterminated). */
    LONG_STRING {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            int length = switch (r.nextInt(10)) {
                case 0 -> 25_000_000;
                case 1, 2, 3 -> 1_000_000 + r.nextInt(9_000_000);
                default -> 10_000_000;
            };
            String raw = "\"" + longText(length, r) + (r.nextInt(8) == 0 ? "" : "\"");
            return r.nextBoolean() ? JsonSurgery.withRawField(seed.tree(), "title", raw, r.nextBoolean())
                    : JsonSurgery.withRaw(seed.tree(), r, raw);
        }
    },
    /** Bytes that are not UTF-8: stray continuation bytes, overlong forms, surrogates, a Latin-1 file. */
    INVALID_UTF8 {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            if (r.nextInt(6) == 0) {
                return new String(seed.bytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            }
            if (r.nextInt(6) == 0) {
                // valid UTF-8, but an escaped lone surrogate inside a string
                return JsonSurgery.withRaw(seed.tree(), r, "\"half \\ud83d of a smile\"");
            }
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC3},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
                    (byte) 0x80, (byte) 0x80}, {(byte) 0xE9, 'e'}};
            byte[] b = seed.bytes();
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                b = insert(b, insideString(b, r), bad[r.nextInt(bad.length)]);
            }
            return b;
        }
    },
    /** A field written twice in one object, with the same value or another. */
    DUPLICATE_KEY {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            ObjectNode copy = seed.tree().deepCopy();
            List<ObjectNode> objects = JsonSurgery.objects(copy);
            ObjectNode target = objects.get(r.nextInt(objects.size()));
            List<String> names = target.properties().stream().map(java.util.Map.Entry::getKey).toList();
            String field = names.get(r.nextInt(names.size()));
            JsonNode again = r.nextBoolean() ? target.get(field) : otherType(target.get(field), r);
            return JsonSurgery.withDuplicate(copy, target, field, again);
        }
    },
    /** Byte order marks: UTF-8's, twice, in the middle, and the file re-encoded as UTF-16 or UTF-32. */
    BOM {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] b = seed.bytes();
            String text = new String(b, StandardCharsets.UTF_8);
            return switch (r.nextInt(7)) {
                case 0 -> concat(utf8Bom, b);
                case 1 -> concat(utf8Bom, concat(utf8Bom, b));
                case 2 -> insert(b, r.nextInt(b.length + 1), utf8Bom);
                case 3 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
                case 4 -> text.getBytes(StandardCharsets.UTF_16BE);
                case 5 -> ("\uFEFF" + text).getBytes(Charset.forName("UTF-32"));
                default -> concat(utf8Bom, Arrays.copyOf(b, r.nextInt(b.length)));
            };
        }
    },
    /** NUL bytes: a few inserted, a run overwritten, the tail zeroed (a crash before the data reached the disk). */
    NUL_BYTES {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            byte[] b = seed.bytes();
            return switch (r.nextInt(5)) {
                case 0 -> insert(b, r.nextInt(b.length + 1), new byte[1 + r.nextInt(16)]);
                case 1 -> {
                    byte[] c = b.clone();
                    int from = r.nextInt(c.length);
                    Arrays.fill(c, from, Math.min(c.length, from + 1 + r.nextInt(4096)), (byte) 0);
                    yield c;
                }
                case 2 -> {
                    byte[] c = b.clone();
                    Arrays.fill(c, r.nextInt(c.length), c.length, (byte) 0);
                    yield c;
                }
                case 3 -> new byte[b.length];
                default -> JsonSurgery.withRaw(seed.tree(), r, "\"nul \\u0000 in tekst\"");
            };
        }
    },
    /** Not a dossier at all: random bytes, random tokens, other formats, JSON that is not an object. */
    GARBAGE {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            return switch (r.nextInt(4)) {
                case 0 -> {
                    byte[] b = new byte[r.nextInt(65_536)];
                    r.nextBytes(b);
                    yield b;
                }
                case 1 -> tokenSoup(r).getBytes(StandardCharsets.UTF_8);
                case 2 -> FIXED[r.nextInt(FIXED.length)].getBytes(StandardCharsets.UTF_8);
                default -> {
                    byte[] b = seed.bytes().clone();
                    int from = r.nextInt(b.length);
                    byte[] noise = new byte[Math.min(b.length - from, 1 + r.nextInt(256))];
                    r.nextBytes(noise);
                    System.arraycopy(noise, 0, b, from, noise.length);
                    yield b;
                }
            };
        }
    },
    /** Two or three of the light mutations on top of each other. */
    STACKED {
        @Override
        byte[] apply(Seed seed, SplittableRandom r) {
            Mutation[] light = {BIT_FLIP, TRUNCATE, WRONG_TYPE, INVALID_UTF8, DUPLICATE_KEY, NUL_BYTES};
            byte[] b = light[r.nextInt(light.length)].apply(seed, r);
            for (int n = 1 + r.nextInt(2); n > 0 && b.length > 0; n--) {
                Seed next = new Seed(seed.name(), b, treeOrSeed(b, seed));
                b = light[r.nextInt(light.length)].apply(next, r);
            }
            return b;
        }
    };

    private static final String[] FIXED = {"", " \n\t ", "null", "true", "0", "\"koers\"", "[]", "{}", "[{}]",
        "{\"format\":\"koers-dossier\"}", "{\"format\":\"koers-dossier\",\"schemaVersion\":1}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":0}", "{\"format\":\"koers-dossier\",\"schemaVersion\":-1}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":\"1\"}", "{\"format\":\"koers-dossier\",\"schemaVersion\":1.0}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":999}", "{\"format\":\"koers-dossier\",\"schemaVersion\":null}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":[null]}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":[{}]}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":[{\"id\":\"\"},{\"id\":\"\"}]}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"instruments\":[]}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"ambition\":{\"versions\":[{\"date\":\"31-12-2026\"}]}}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1} {}", "{\"format\":\"koers-dossier\",\"schemaVersion\":1}]",
        "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n", "PK\u0003\u0004\u0014\u0000\u0000\u0000",
        "<?xml version=\"1.0\"?><dossier/>", "format: koers-dossier\nschemaVersion: 1\n", "{'format':'koers-dossier'}",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,/* comment */\"title\":\"x\"}", "NaN", "[Infinity]",
        "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"title\":\"tab\there\"}"};

    abstract byte[] apply(Seed seed, SplittableRandom r);

    static byte[] flipBits(byte[] bytes, SplittableRandom r) {
        byte[] b = bytes.clone();
        for (int n = 1 + r.nextInt(8); n > 0; n--) {
            int at = r.nextInt(b.length);
            b[at] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
    }

    static JsonNode otherType(JsonNode value, SplittableRandom r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        while (true) {
            JsonNode candidate = switch (r.nextInt(9)) {
                case 0 -> f.textNode(r.nextBoolean() ? "" : "tekst " + r.nextInt(1000));
                case 1 -> f.numberNode(r.nextInt(-5, 100));
                case 2 -> f.numberNode(new java.math.BigDecimal(r.nextInt(100_000)).movePointLeft(r.nextInt(6)));
                case 3 -> f.arrayNode();
                case 4 -> f.arrayNode().add(1).add("twee").add(f.objectNode());
                case 5 -> f.objectNode();
                case 6 -> f.objectNode().put("id", "x").put("n", 1);
                case 7 -> f.booleanNode(r.nextBoolean());
                default -> f.nullNode();
            };
            if (value == null || candidate.getNodeType() != value.getNodeType()) {
                return candidate;
            }
        }
    }

    static String hugeNumber(SplittableRandom r) {
        return switch (r.nextInt(13)) {
            case 12 -> "1e1000000"; // a million digits once summed: seconds, not a hang
            case 0 -> "1e999999999";
            case 1 -> "-1E-999999999";
            case 2 -> "1e2147483648";
            case 3 -> "9".repeat(20 + r.nextInt(980));
            case 4 -> "-" + "9".repeat(1001 + r.nextInt(5000));
            case 5 -> "0." + "0".repeat(999) + "1";
            case 6 -> "2147483648";
            case 7 -> "9223372036854775808";
            case 8 -> "1.7976931348623157e309";
            case 9 -> "4.9e-325";
            case 10 -> "123456789012345678901234567890.5e" + r.nextInt(-400, 400);
            default -> "-0.0e-0";
        };
    }

    static String nested(int depth, SplittableRandom r) {
        boolean balanced = r.nextInt(3) != 0;
        StringBuilder s = new StringBuilder(depth * 6);
        if (r.nextBoolean()) {
            s.append("[".repeat(depth));
            if (balanced) {
                s.append("1").append("]".repeat(depth));
            }
        } else {
            s.append("{\"a\":".repeat(depth)).append("1");
            if (balanced) {
                s.append("}".repeat(depth));
            }
        }
        return s.toString();
    }

    static String longText(int length, SplittableRandom r) {
        String unit = switch (r.nextInt(4)) {
            case 0 -> "abcdefghij";
            case 1 -> "één café ";
            case 2 -> "\\u00e9\\n";
            default -> "🙂 ";
        };
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        s.setLength(length);
        if (Character.isHighSurrogate(s.charAt(length - 1))) {
            s.setLength(length - 1);
        }
        // an escape cut in half is a different test (invalid escape); keep whole escapes only
        int slash = s.lastIndexOf("\\");
        if (slash >= 0 && length - slash < 6 && unit.startsWith("\\")) {
            s.setLength(slash);
        }
        return s.toString();
    }

    static String tokenSoup(SplittableRandom r) {
        String[] tokens = {"{", "}", "[", "]", ",", ":", "\"format\"", "\"koers-dossier\"", "\"schemaVersion\"", "1",
            "-0.5e3", "true", "null", "\"partners\"", " ", "\n", "\"\\u00e9\"", "\"\\x\"", "'", "/*", "//"};
        StringBuilder s = new StringBuilder();
        for (int n = r.nextInt(2000); n > 0; n--) {
            s.append(tokens[r.nextInt(tokens.length)]);
        }
        return s.toString();
    }

    /** A position just after an opening quote, so the bytes land inside a string; else anywhere. */
    static int insideString(byte[] b, SplittableRandom r) {
        for (int tries = 0; tries < 50; tries++) {
            int at = r.nextInt(b.length);
            if (b[at] == '"') {
                return at + 1;
            }
        }
        return r.nextInt(b.length + 1);
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }

    private static ObjectNode treeOrSeed(byte[] b, Seed seed) {
        try {
            return JsonSurgery.mapper().readTree(b) instanceof ObjectNode o && !o.isEmpty() ? o : seed.tree();
        } catch (java.io.IOException | RuntimeException e) {
            return seed.tree();
        }
    }
}
