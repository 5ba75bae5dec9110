package nl.koers.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The existing start-up benchmark, {@code bin/benchmark-startup}: its ratio of Koers to a plain SWT shell. */
final class StartupRatio {
    private static final Pattern RATIO = Pattern.compile("ratio koers/plain: ([0-9.]+)(.*)");
    /** The same window drawn by a component in Felix with SCR: what of the ratio is the stack's, not Koers's. */
    private static final String FLOOR = "ratio of the stack's floor";

    private StartupRatio() {
    }

    /** {@return the first ratio it prints (with the AOT cache where the JDK has one), or NaN when it printed none} */
    static double measure(Path distribution, Path errors, Table table) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(distribution.resolve("bin/benchmark-startup").toString(), "5")
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())).start();
        double ratio = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = RATIO.matcher(line.trim());
                if (m.matches()) {
                    table.note("startup.ratio", line.trim());
                    if (Double.isNaN(ratio)) {
                        ratio = Double.parseDouble(m.group(1));
                    }
                } else if (line.trim().startsWith(FLOOR)) {
                    table.note("startup.ratio", line.trim());
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return ratio;
    }
}
