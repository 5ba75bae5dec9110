package nl.koers.domain.analysis;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import nl.koers.domain.Category;
import nl.koers.domain.Dossier;

/**
 * The analyses of the last dossier asked about, each computed once: several screens and printables that show
 * the same analysis of the same dossier share one result. A {@link Dossier} is an immutable value, so a result
 * kept by the dossier's identity is exact; a new dossier (any edit makes one) starts afresh. The dossier is held
 * weakly, so a holder never keeps a closed dossier alive, only the results of the last one.
 *
 * <p>Safe from any thread. Two threads that ask for the same analysis at once get the same result, computed by
 * the first; whoever asks waits for it, so ask off the UI thread for a large dossier. A result is shared: do not
 * change it (the lists are unmodifiable).
 */
public final class Analyses {
    /** One dossier and its results by name, each computed by the first to ask. */
    private record Memo(WeakReference<Dossier> dossier, ConcurrentMap<Object, FutureTask<?>> results) {
        Memo(Dossier d) {
            this(new WeakReference<>(d), new ConcurrentHashMap<>());
        }
    }

    private Memo last = new Memo(null);

    public List<Finding> findings(Dossier d) {
        return of(d, "findings", BringGet::findings);
    }

    public List<Match> matches(Dossier d) {
        return of(d, "matches", BringGet::matches);
    }

    public Map<Category, Long> matchCounts(Dossier d) {
        return of(d, "matchCounts", BringGet::counts);
    }

    public List<Balance> balances(Dossier d) {
        return of(d, "balances", BringGet::balances);
    }

    public List<CategoryBalance> categoryBalances(Dossier d) {
        return of(d, "categoryBalances", CategoryBalance::of);
    }

    public List<SharedWording> sharedWording(Dossier d) {
        return of(d, "sharedWording", InterestSuggestions::sharedWording);
    }

    public List<CategoryMention> categoryMentions(Dossier d) {
        return of(d, "categoryMentions", InterestSuggestions::categoryMentions);
    }

    public List<Contradiction> contradictions(Dossier d) {
        return of(d, "contradictions", InterestSuggestions::contradictions);
    }

    public List<PositionRef> positionsWithoutInterest(Dossier d) {
        return of(d, "positionsWithoutInterest", InterestSuggestions::positionsWithoutInterest);
    }

    /**
     * {@return the result of {@code analysis} for this dossier, computed once} For analyses this class does not
     * name, such as an instrument's own.
     *
     * @param key names the analysis and whatever else it depends on besides the dossier (equal keys, same result)
     * @param analysis a function of the dossier alone
     */
    @SuppressWarnings("unchecked")
    public <T> T of(Dossier d, Object key, Function<Dossier, T> analysis) {
        FutureTask<Object> mine = new FutureTask<>(() -> analysis.apply(d));
        FutureTask<?> known = memo(d).results().putIfAbsent(key, mine);
        if (known == null) {
            mine.run();
            known = mine;
        }
        try {
            return (T) known.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while another thread computed " + key);
        }
    }

    private synchronized Memo memo(Dossier d) {
        if (last.dossier().get() != d) {
            last = new Memo(d);
        }
        return last;
    }
}
