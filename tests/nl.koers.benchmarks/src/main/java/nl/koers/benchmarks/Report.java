package nl.koers.benchmarks;

import java.io.PrintStream;

/**
 * What a child JVM tells the benchmark, one line each: the measure it starts (so a measure that takes too long can
 * be named when the child is stopped), a result, the pairs a result holds, a note, and that it is done.
 */
final class Report {
    static final String START = "START";
    static final String RESULT = "RESULT";
    static final String NOTE = "NOTE";
    static final String PAIRS = "PAIRS";
    static final String END = "END";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void start(String keys) {
        line(START + "\t" + keys);
    }

    /** A time in milliseconds, or another figure (megabytes, a ratio). */
    void result(String key, double value) {
        line(RESULT + "\t" + key + "\t" + value);
    }

    /** How many pairs the result of a measure that returns every pair holds. */
    void pairs(String key, long pairs) {
        line(PAIRS + "\t" + key + "\t" + pairs);
    }

    void note(String key, String note) {
        line(NOTE + "\t" + key + "\t" + note);
    }

    void end() {
        line(END);
    }

    private void line(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
